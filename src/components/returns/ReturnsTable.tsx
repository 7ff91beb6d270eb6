import { Form, Select, Space, Table, Typography } from 'antd';
import { CreateButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { dateTimeColumn, documentNoColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { FilterBar, hasActiveFilters, periodFilters, StatusTabs, type Period } from '../common/ListFilters.tsx';
import { filterValue, orSearch } from '../common/search.ts';
import { OrderSelect } from '../payments/OrderSelect.tsx';
import { useRole } from '../payments/useRole.ts';
import { OrderWithCustomer } from '../sales-orders/OrderWithCustomer.tsx';
import { RETURN_STATUSES, returnActions } from './rules.ts';
import { ReturnKindTag, ReturnStatusTag } from './ReturnStatusTag.tsx';
import { RETURN_COLUMNS, type ReturnRow } from './types.ts';

type SearchValues = { q?: string; kind?: string; order_id?: string; period?: Period };

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
      ...periodFilters('requested_at', values.period),
    ],
  });
  const status = filterValue<string>(filters, 'status', 'eq');
  const filtered = hasActiveFilters(filters);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatusTabs statuses={RETURN_STATUSES} keyPrefix="returns" value={status} setFilters={setFilters} />
      <FilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        keep={['status']}
        search={{ placeholder: t('returns.filters.search'), width: 240 }}
        dateField="requested_at"
        initialValues={{ kind: filterValue(filters, 'kind', 'eq'), order_id: filterValue(filters, 'order_id', 'eq') }}
      >
        <Form.Item name="kind">
          <Select allowClear style={{ width: 120 }} placeholder={t('returns.filters.allKinds')} options={['return', 'exchange'].map((k) => ({ value: k, label: t(`returns.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="order_id">
          <OrderSelect allowClear style={{ width: 230 }} placeholder={t('returns.filters.order')} />
        </Form.Item>
      </FilterBar>
      <Table<ReturnRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 960 }}
        rowClassName={(row) => (returnActions(role, row).length > 0 ? 'row-in-transit' : '')}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(filtered ? 'returns.empty.noMatch' : canCreate?.can ? 'returns.empty.requester' : 'returns.empty.reader')}
              action={canCreate?.can && !filtered && <CreateButton resource="returns" />}
            />
          ),
        }}
      >
        <Table.Column<ReturnRow> {...documentNoColumn('return_no', sorters, '/returns/show')} title={t('returns.fields.return_no')} />
        <Table.Column<ReturnRow> dataIndex="kind" title={t('returns.fields.kind')} render={(k: string) => <ReturnKindTag kind={k} />} />
        <Table.Column<ReturnRow>
          key="order"
          title={t('returns.fields.order')}
          render={(_, row) => <OrderWithCustomer orderId={row.order_id} orderNo={row.sales_orders?.order_no} customer={row.customers?.name} />}
        />
        <Table.Column<ReturnRow> dataIndex="status" title={t('returns.fields.status')} render={(s: string) => <ReturnStatusTag status={s} />} />
        <Table.Column<ReturnRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.return_lines?.[0]?.count ?? 0} />
        <Table.Column<ReturnRow> dataIndex="refund_amount" title={t('returns.fields.refund_amount')} align="right" render={(v: number) => formatMoney(v)} />
        <Table.Column<ReturnRow> dataIndex="reason" title={t('returns.fields.reason')} ellipsis responsive={['xl']} render={(v: string | null) => v ?? '—'} />
        <Table.Column<ReturnRow> {...dateTimeColumn('requested_at', sorters)} title={t('returns.fields.requested_at')} />
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
