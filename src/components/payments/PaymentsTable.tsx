import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, toNumber } from '../common/format.ts';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { PAYMENT_METHODS, PAYMENT_STATUSES } from './amounts.ts';
import { OrderSelect } from './OrderSelect.tsx';
import { MethodLabel, PaymentStatusTag } from './StatusTags.tsx';
import { PAYMENT_COLUMNS, type PaymentRow } from './types.ts';

type SearchValues = { q?: string; method?: string; kind?: string; order_id?: string; min?: number | null; max?: number | null; period?: [Dayjs, Dayjs] | null };

/** Payments and refunds (refunds are negative), filterable by method, state, amount, order and date; in the URL. */
export function PaymentsTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'payments', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<PaymentRow, never, SearchValues>({
    resource: 'payments',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: PAYMENT_COLUMNS, count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      orSearch('q', ['payment_no', 'provider_ref'], values.q),
      { field: 'method', operator: 'eq', value: values.method || undefined },
      { field: 'kind', operator: 'eq', value: values.kind || undefined },
      { field: 'order_id', operator: 'eq', value: values.order_id || undefined },
      { field: 'amount', operator: 'gte', value: values.min ?? undefined },
      { field: 'amount', operator: 'lte', value: values.max ?? undefined },
      { field: 'created_at', operator: 'gte', value: values.period?.[0]?.startOf('day').toISOString() },
      { field: 'created_at', operator: 'lt', value: values.period?.[1]?.add(1, 'day').startOf('day').toISOString() },
    ],
  });
  const status = filterValue<string>(filters, 'status', 'eq');
  const from = filterValue<string>(filters, 'created_at', 'gte');
  const to = filterValue<string>(filters, 'created_at', 'lt');
  const active = filters.some((f) => ('field' in f ? f.field !== 'status' && f.value !== undefined : f.value.length > 0));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        optionType="button"
        value={status ?? 'all'}
        onChange={(e) => setFilters([{ field: 'status', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value }])}
        options={[{ value: 'all', label: t('payments.filters.all') }, ...PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`payments.status.${s}`) }))]}
      />
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          q: orSearchText(filters, 'q'),
          method: filterValue(filters, 'method', 'eq'),
          kind: filterValue(filters, 'kind', 'eq'),
          order_id: filterValue(filters, 'order_id', 'eq'),
          min: filterValue<string>(filters, 'amount', 'gte') === undefined ? undefined : toNumber(filterValue(filters, 'amount', 'gte')),
          max: filterValue<string>(filters, 'amount', 'lte') === undefined ? undefined : toNumber(filterValue(filters, 'amount', 'lte')),
          period: from && to ? [dayjs(from), dayjs(to).subtract(1, 'day')] : undefined,
        }}
        onValuesChange={(changed: Partial<SearchValues>) => {
          if (!('q' in changed) && !('min' in changed) && !('max' in changed)) searchFormProps.form?.submit();
        }}
      >
        <Form.Item name="q">
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('payments.filters.search')}
            style={{ width: 220 }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
        <Form.Item name="method">
          <Select allowClear style={{ width: 130 }} placeholder={t('payments.filters.allMethods')} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))} />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            allowClear
            style={{ width: 110 }}
            placeholder={t('payments.filters.allKinds')}
            options={['payment', 'refund'].map((k) => ({ value: k, label: t(`payments.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="order_id">
          <OrderSelect allowClear style={{ width: 210 }} placeholder={t('payments.filters.order')} />
        </Form.Item>
        <Form.Item>
          <Space.Compact>
            <Form.Item name="min" noStyle>
              <InputNumber<number> placeholder={t('payments.filters.min')} style={{ width: 100 }} onPressEnter={() => searchFormProps.form?.submit()} onBlur={() => searchFormProps.form?.submit()} />
            </Form.Item>
            <Form.Item name="max" noStyle>
              <InputNumber<number> placeholder={t('payments.filters.max')} style={{ width: 100 }} onPressEnter={() => searchFormProps.form?.submit()} onBlur={() => searchFormProps.form?.submit()} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="period">
          <DatePicker.RangePicker style={{ width: 240 }} />
        </Form.Item>
        {active && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.setFieldsValue({ q: undefined, method: undefined, kind: undefined, order_id: undefined, min: undefined, max: undefined, period: undefined });
              setFilters(status ? [{ field: 'status', operator: 'eq', value: status }] : [], 'replace');
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>
      <Table<PaymentRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 1000 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(active || status ? 'payments.empty.noMatch' : canCreate?.can ? 'payments.empty.recorder' : 'payments.empty.reader')}
              action={canCreate?.can && !active && !status && <CreateButton resource="payments" />}
            />
          ),
        }}
      >
        <Table.Column<PaymentRow>
          dataIndex="payment_no"
          title={t('payments.fields.payment_no')}
          sorter
          defaultSortOrder={getDefaultSortOrder('payment_no', sorters)}
          render={(no: string, row) => (
            <Space size={4}>
              <Link to={`/payments/show/${row.id}`}>{no}</Link>
              {row.kind === 'refund' && <Tag color="orange">{t('payments.kind.refund')}</Tag>}
            </Space>
          )}
        />
        <Table.Column<PaymentRow>
          key="order"
          title={t('payments.fields.order')}
          render={(_, row) => (
            <>
              <Link to={`/orders/show/${row.order_id}`}>{row.sales_orders?.order_no}</Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.sales_orders?.customers?.name}
                </Typography.Text>
              </div>
            </>
          )}
        />
        <Table.Column<PaymentRow> dataIndex="method" title={t('payments.fields.method')} render={(m: string) => <MethodLabel method={m} />} />
        <Table.Column<PaymentRow>
          dataIndex="amount"
          title={t('payments.fields.amount')}
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('amount', sorters)}
          render={(amount: number) => (
            <Typography.Text type={toNumber(amount) < 0 ? 'danger' : undefined} className="nowrap" data-testid="payment-amount">
              {formatMoney(amount)}
            </Typography.Text>
          )}
        />
        <Table.Column<PaymentRow> dataIndex="status" title={t('payments.fields.status')} render={(s: string) => <PaymentStatusTag status={s} />} />
        <Table.Column<PaymentRow> dataIndex="provider_ref" title={t('payments.fields.provider_ref')} responsive={['xl']} render={(v: string | null) => v ?? '—'} />
        <Table.Column<PaymentRow>
          dataIndex="created_at"
          title={t('payments.fields.created_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('created_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
      </Table>
    </Space>
  );
}
