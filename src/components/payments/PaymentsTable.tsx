import { Form, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { CreateButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { dateTimeColumn, sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, toNumber } from '../common/format.ts';
import { FilterBar, hasActiveFilters, periodFilters, StatusTabs, type Period } from '../common/ListFilters.tsx';
import { filterValue, orSearch } from '../common/search.ts';
import { OrderWithCustomer } from '../sales-orders/OrderWithCustomer.tsx';
import { PAYMENT_METHODS, PAYMENT_STATUSES } from './amounts.ts';
import { OrderSelect } from './OrderSelect.tsx';
import { MethodLabel, PaymentStatusTag } from './StatusTags.tsx';
import { PAYMENT_COLUMNS, type PaymentRow } from './types.ts';

type SearchValues = { q?: string; method?: string; kind?: string; order_id?: string; min?: number | null; max?: number | null; period?: Period };

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
      ...periodFilters('created_at', values.period),
    ],
  });
  const status = filterValue<string>(filters, 'status', 'eq');
  const filtered = hasActiveFilters(filters);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatusTabs statuses={PAYMENT_STATUSES} keyPrefix="payments" value={status} setFilters={setFilters} />
      <FilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        keep={['status']}
        search={{ placeholder: t('payments.filters.search'), width: 220 }}
        dateField="created_at"
        typedFields={['q', 'min', 'max']}
        initialValues={{
          method: filterValue(filters, 'method', 'eq'),
          kind: filterValue(filters, 'kind', 'eq'),
          order_id: filterValue(filters, 'order_id', 'eq'),
          min: filterValue<string>(filters, 'amount', 'gte') === undefined ? undefined : toNumber(filterValue(filters, 'amount', 'gte')),
          max: filterValue<string>(filters, 'amount', 'lte') === undefined ? undefined : toNumber(filterValue(filters, 'amount', 'lte')),
        }}
      >
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
      </FilterBar>
      <Table<PaymentRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 1000 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(filtered ? 'payments.empty.noMatch' : canCreate?.can ? 'payments.empty.recorder' : 'payments.empty.reader')}
              action={canCreate?.can && !filtered && <CreateButton resource="payments" />}
            />
          ),
        }}
      >
        <Table.Column<PaymentRow>
          {...sortableColumn('payment_no', sorters)}
          title={t('payments.fields.payment_no')}
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
          render={(_, row) => <OrderWithCustomer orderId={row.order_id} orderNo={row.sales_orders?.order_no} customer={row.sales_orders?.customers?.name} />}
        />
        <Table.Column<PaymentRow> dataIndex="method" title={t('payments.fields.method')} render={(m: string) => <MethodLabel method={m} />} />
        <Table.Column<PaymentRow>
          {...sortableColumn('amount', sorters)}
          title={t('payments.fields.amount')}
          align="right"
          render={(amount: number) => (
            <Typography.Text type={toNumber(amount) < 0 ? 'danger' : undefined} className="nowrap" data-testid="payment-amount">
              {formatMoney(amount)}
            </Typography.Text>
          )}
        />
        <Table.Column<PaymentRow> dataIndex="status" title={t('payments.fields.status')} render={(s: string) => <PaymentStatusTag status={s} />} />
        <Table.Column<PaymentRow> dataIndex="provider_ref" title={t('payments.fields.provider_ref')} responsive={['xl']} render={(v: string | null) => v ?? '—'} />
        <Table.Column<PaymentRow> {...dateTimeColumn('created_at', sorters)} title={t('payments.fields.created_at')} />
      </Table>
    </Space>
  );
}
