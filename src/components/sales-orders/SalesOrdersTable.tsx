import { Form, Select, Space, Table, Typography } from 'antd';
import { CreateButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { dateTimeColumn, documentNoColumn, sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { hasActiveFilters, StatusTabs } from '../common/ListFilters.tsx';
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
  // On a customer's page its permanent customer filter does not count as narrowing the list.
  const filtered = hasActiveFilters(filters, embedded ? ['customer_id'] : []);
  const extra = {
    customer_id: filterValue<string>(filters, 'customer_id', 'eq'),
    salesperson_id: filterValue<string>(filters, 'salesperson_id', 'eq'),
    payment_status: filterValue<string>(filters, 'payment_status', 'eq'),
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatusTabs statuses={ORDER_STATUSES} keyPrefix="sales_orders" value={status} setFilters={setFilters} />
      {!embedded && (
        <DocumentFilterBar
          formProps={searchFormProps}
          filters={filters}
          setFilters={setFilters}
          keep={['status']}
          initialValues={extra}
          placeholder={t('sales_orders.actions.searchPlaceholder')}
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
        <Table.Column<SalesOrderRow> {...documentNoColumn('order_no', sorters, '/orders/show')} title={t('sales_orders.fields.order_no')} />
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
        <Table.Column<SalesOrderRow> {...sortableColumn('total_amount', sorters)} title={t('sales_orders.fields.total_amount')} align="right" render={(v) => formatMoney(v)} />
        <Table.Column<SalesOrderRow> key="warehouse" title={t('sales_orders.fields.warehouse')} responsive={['lg']} render={(_, row) => row.warehouse?.name} />
        <Table.Column<SalesOrderRow>
          key="salesperson"
          title={t('sales_orders.fields.salesperson')}
          responsive={['lg']}
          render={(_, row) => row.salesperson?.full_name ?? <Typography.Text type="secondary">—</Typography.Text>}
        />
        <Table.Column<SalesOrderRow> {...dateTimeColumn('created_at', sorters)} title={t('sales_orders.fields.created_at')} />
      </Table>
    </Space>
  );
}
