import { Form, Radio, Select, Space, Table, Typography } from 'antd';
import { CreateButton, DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { filterValue } from '../common/search.ts';
import { CustomerSelect } from '../customers/CustomerSelect.tsx';
import { DocumentFilterBar, documentFilters, type DocumentSearchValues } from '../documents/DocumentFilters.tsx';
import { SalespersonSelect } from './SalespersonSelect.tsx';
import { OrderStatusTag, PaymentStatusTag } from './StatusTags.tsx';
import { ORDER_LIST_COLUMNS, ORDER_STATUSES, PAYMENT_STATUSES, type OrderStatus, type PaymentStatus, type SalesOrderRow } from './types.ts';

type SearchValues = DocumentSearchValues & { customer_id?: string; salesperson_id?: string; payment_status?: PaymentStatus };

/**
 * Sales orders with status and payment tags. On the order list every filter (status, payment status,
 * dates, customer, salesperson, warehouse, number) lives in the URL; on a customer's page (customerId)
 * it is that customer's purchase history.
 */
export function SalesOrdersTable({ customerId }: { customerId?: string }) {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'sales_orders', action: 'create' });
  const embedded = !!customerId;
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<SalesOrderRow, never, SearchValues>({
    resource: 'sales_orders',
    syncWithLocation: !embedded,
    pagination: { pageSize: embedded ? 10 : 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    filters: embedded ? { permanent: [{ field: 'customer_id', operator: 'eq', value: customerId }] } : undefined,
    meta: { select: ORDER_LIST_COLUMNS, count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      ...documentFilters(values, ['order_no', 'note']),
      { field: 'customer_id', operator: 'eq', value: values.customer_id || undefined },
      { field: 'salesperson_id', operator: 'eq', value: values.salesperson_id || undefined },
      { field: 'payment_status', operator: 'eq', value: values.payment_status || undefined },
    ],
  });
  const status = filterValue<OrderStatus>(filters, 'status', 'eq');
  const filtered = filters
    .filter((f) => !(embedded && 'field' in f && f.field === 'customer_id'))
    .some((f) => ('field' in f ? f.value !== undefined : f.value.length > 0));
  const extra = {
    customer_id: filterValue<string>(filters, 'customer_id', 'eq'),
    salesperson_id: filterValue<string>(filters, 'salesperson_id', 'eq'),
    payment_status: filterValue<string>(filters, 'payment_status', 'eq'),
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        optionType="button"
        value={status ?? 'all'}
        onChange={(e) => setFilters([{ field: 'status', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value }])}
        options={[
          { value: 'all', label: t('sales_orders.filters.all') },
          ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`sales_orders.status.${s}`) })),
        ]}
      />
      {!embedded && (
        <DocumentFilterBar
          formProps={{ ...searchFormProps, initialValues: extra }}
          filters={filters.filter((f) => !('field' in f) || f.field !== 'status')}
          placeholder={t('sales_orders.actions.searchPlaceholder')}
          onClear={() => {
            searchFormProps.form?.setFieldsValue({ customer_id: undefined, salesperson_id: undefined, payment_status: undefined });
            setFilters(status ? [{ field: 'status', operator: 'eq', value: status }] : [], 'replace');
          }}
        >
          <Form.Item name="payment_status">
            <Select
              allowClear
              style={{ width: 130 }}
              placeholder={t('sales_orders.filters.allPayments')}
              options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`sales_orders.payment_status.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="customer_id">
            <CustomerSelect style={{ width: 200 }} placeholder={t('sales_orders.filters.allCustomers')} />
          </Form.Item>
          <Form.Item name="salesperson_id">
            <SalespersonSelect allowClear style={{ width: 140 }} />
          </Form.Item>
        </DocumentFilterBar>
      )}
      <Table<SalesOrderRow>
        {...tableProps}
        rowKey="id"
        size={embedded ? 'small' : 'middle'}
        scroll={{ x: 1000 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: !embedded, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: filtered ? (
            <EmptyHint text={t('sales_orders.empty.noMatch')} />
          ) : (
            <EmptyHint
              text={t(canCreate?.can ? 'sales_orders.empty.creator' : 'sales_orders.empty.reader')}
              action={canCreate?.can && !embedded && <CreateButton resource="sales_orders" />}
            />
          ),
        }}
      >
        <Table.Column<SalesOrderRow>
          dataIndex="order_no"
          title={t('sales_orders.fields.order_no')}
          sorter
          defaultSortOrder={getDefaultSortOrder('order_no', sorters)}
          render={(no: string, row) => <Link to={`/orders/show/${row.id}`}>{no}</Link>}
        />
        {!embedded && (
          <Table.Column<SalesOrderRow>
            key="customer"
            title={t('sales_orders.fields.customer')}
            render={(_, row) => <Link to={`/customers/show/${row.customer_id}`}>{row.customer?.name}</Link>}
          />
        )}
        <Table.Column<SalesOrderRow> dataIndex="status" title={t('sales_orders.fields.status')} render={(s: OrderStatus) => <OrderStatusTag status={s} />} />
        <Table.Column<SalesOrderRow>
          dataIndex="payment_status"
          title={t('sales_orders.fields.payment_status')}
          render={(s: PaymentStatus) => <PaymentStatusTag status={s} />}
        />
        <Table.Column<SalesOrderRow>
          dataIndex="total_amount"
          title={t('sales_orders.fields.total_amount')}
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('total_amount', sorters)}
          render={(v) => formatMoney(v)}
        />
        <Table.Column<SalesOrderRow> key="warehouse" title={t('sales_orders.fields.warehouse')} responsive={['lg']} render={(_, row) => row.warehouse?.name} />
        <Table.Column<SalesOrderRow>
          key="salesperson"
          title={t('sales_orders.fields.salesperson')}
          responsive={['lg']}
          render={(_, row) => row.salesperson?.full_name ?? <Typography.Text type="secondary">—</Typography.Text>}
        />
        <Table.Column<SalesOrderRow>
          dataIndex="created_at"
          title={t('sales_orders.fields.created_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('created_at', sorters)}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
      </Table>
    </Space>
  );
}
