import { Button, DatePicker, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { OrderSelect } from '../payments/OrderSelect.tsx';
import { useRole } from '../payments/useRole.ts';
import { RETURN_STATUSES, returnActions } from './rules.ts';
import { ReturnKindTag, ReturnStatusTag } from './ReturnStatusTag.tsx';
import { RETURN_COLUMNS, type ReturnRow } from './types.ts';

type SearchValues = { q?: string; kind?: string; order_id?: string; period?: [Dayjs, Dayjs] | null };

/** Returns and exchanges by state; rows waiting for the signed-in role are marked. */
export function ReturnsTable() {
  const t = useTranslate();
  const role = useRole();
  const { data: canCreate } = useCan({ resource: 'returns', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<ReturnRow, never, SearchValues>({
    resource: 'returns',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'requested_at', order: 'desc' }] },
    meta: { select: RETURN_COLUMNS, count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      orSearch('q', ['return_no', 'reason'], values.q),
      { field: 'kind', operator: 'eq', value: values.kind || undefined },
      { field: 'order_id', operator: 'eq', value: values.order_id || undefined },
      { field: 'requested_at', operator: 'gte', value: values.period?.[0]?.startOf('day').toISOString() },
      { field: 'requested_at', operator: 'lt', value: values.period?.[1]?.add(1, 'day').startOf('day').toISOString() },
    ],
  });
  const status = filterValue<string>(filters, 'status', 'eq');
  const from = filterValue<string>(filters, 'requested_at', 'gte');
  const to = filterValue<string>(filters, 'requested_at', 'lt');
  const active = filters.some((f) => ('field' in f ? f.field !== 'status' && f.value !== undefined : f.value.length > 0));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        optionType="button"
        value={status ?? 'all'}
        onChange={(e) => setFilters([{ field: 'status', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value }])}
        options={[{ value: 'all', label: t('returns.filters.all') }, ...RETURN_STATUSES.map((s) => ({ value: s, label: t(`returns.status.${s}`) }))]}
      />
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          q: orSearchText(filters, 'q'),
          kind: filterValue(filters, 'kind', 'eq'),
          order_id: filterValue(filters, 'order_id', 'eq'),
          period: from && to ? [dayjs(from), dayjs(to).subtract(1, 'day')] : undefined,
        }}
        onValuesChange={(changed: Partial<SearchValues>) => {
          if (!('q' in changed)) searchFormProps.form?.submit();
        }}
      >
        <Form.Item name="q">
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('returns.filters.search')}
            style={{ width: 240 }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
        <Form.Item name="kind">
          <Select allowClear style={{ width: 120 }} placeholder={t('returns.filters.allKinds')} options={['return', 'exchange'].map((k) => ({ value: k, label: t(`returns.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="order_id">
          <OrderSelect allowClear style={{ width: 230 }} placeholder={t('returns.filters.order')} />
        </Form.Item>
        <Form.Item name="period">
          <DatePicker.RangePicker style={{ width: 240 }} />
        </Form.Item>
        {active && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.setFieldsValue({ q: undefined, kind: undefined, order_id: undefined, period: undefined });
              setFilters(status ? [{ field: 'status', operator: 'eq', value: status }] : [], 'replace');
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>
      <Table<ReturnRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 960 }}
        rowClassName={(row) => (returnActions(role, row).length > 0 ? 'row-in-transit' : '')}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(active || status ? 'returns.empty.noMatch' : canCreate?.can ? 'returns.empty.requester' : 'returns.empty.reader')}
              action={canCreate?.can && !active && !status && <CreateButton resource="returns" />}
            />
          ),
        }}
      >
        <Table.Column<ReturnRow>
          dataIndex="return_no"
          title={t('returns.fields.return_no')}
          sorter
          defaultSortOrder={getDefaultSortOrder('return_no', sorters)}
          render={(no: string, row) => <Link to={`/returns/show/${row.id}`}>{no}</Link>}
        />
        <Table.Column<ReturnRow> dataIndex="kind" title={t('returns.fields.kind')} render={(k: string) => <ReturnKindTag kind={k} />} />
        <Table.Column<ReturnRow>
          key="order"
          title={t('returns.fields.order')}
          render={(_, row) => (
            <>
              <Link to={`/orders/show/${row.order_id}`}>{row.sales_orders?.order_no}</Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.customers?.name}
                </Typography.Text>
              </div>
            </>
          )}
        />
        <Table.Column<ReturnRow> dataIndex="status" title={t('returns.fields.status')} render={(s: string) => <ReturnStatusTag status={s} />} />
        <Table.Column<ReturnRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.return_lines?.[0]?.count ?? 0} />
        <Table.Column<ReturnRow> dataIndex="refund_amount" title={t('returns.fields.refund_amount')} align="right" render={(v: number) => formatMoney(v)} />
        <Table.Column<ReturnRow> dataIndex="reason" title={t('returns.fields.reason')} ellipsis responsive={['xl']} render={(v: string | null) => v ?? '—'} />
        <Table.Column<ReturnRow>
          dataIndex="requested_at"
          title={t('returns.fields.requested_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('requested_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<ReturnRow>
          key="next"
          title={t('returns.fields.next')}
          render={(_, row) => {
            const actions = returnActions(role, row);
            return actions.length ? (
              <Link to={`/returns/show/${row.id}`}>{actions.map((a) => t(`returns.actions.${a}`)).join(' / ')}</Link>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            );
          }}
        />
      </Table>
    </Space>
  );
}
