import { Table, Typography } from 'antd';
import { DateField, useTable } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, formatQty, toNumber } from '../common/format.ts';
import { OrderStatusTag } from '../sales-orders/StatusTags.tsx';
import type { OrderStatus } from '../sales-orders/types.ts';

type OrderWithLines = {
  id: string;
  order_no: string;
  status: OrderStatus;
  created_at: string;
  customers: { name: string } | null;
  sales_order_lines: { qty: number; shipped_qty: number; line_total: number }[];
};

const sumOf = (lines: OrderWithLines['sales_order_lines'], key: 'qty' | 'shipped_qty' | 'line_total') =>
  lines.reduce((sum, line) => sum + toNumber(line[key]), 0);

/**
 * The orders that sold a product, newest first: the order, its customer and state, and this product's
 * quantity, shipped quantity and amount in it (an inner embed keeps only orders with the product).
 */
export function ProductSalesTable({ productId }: { productId: string }) {
  const t = useTranslate();
  const { tableProps } = useTable<OrderWithLines>({
    resource: 'sales_orders',
    syncWithLocation: false,
    pagination: { pageSize: 10 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    filters: { permanent: [{ field: 'sales_order_lines.product_id', operator: 'eq', value: productId }] },
    meta: {
      select: 'id, order_no, status, created_at, customers(name), sales_order_lines!inner(qty, shipped_qty, line_total)',
      count: 'estimated',
    },
  });
  return (
    <Table
      {...tableProps}
      rowKey="id"
      size="small"
      data-testid="product-sales"
      scroll={{ x: 720 }}
      locale={{ emptyText: <EmptyHint text={t('products.sales.empty')} /> }}
    >
      <Table.Column<OrderWithLines>
        dataIndex="order_no"
        title={t('products.sales.order')}
        render={(value: string, row) => <Link to={`/orders/show/${row.id}`}>{value}</Link>}
      />
      <Table.Column<OrderWithLines> dataIndex="created_at" title={t('products.sales.date')} render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />} />
      <Table.Column<OrderWithLines> dataIndex={['customers', 'name']} title={t('products.sales.customer')} />
      <Table.Column<OrderWithLines> dataIndex="status" title={t('products.sales.status')} render={(value: OrderStatus) => <OrderStatusTag status={value} />} />
      <Table.Column<OrderWithLines>
        key="qty"
        align="right"
        title={t('products.sales.qty')}
        render={(_, row) => (
          <>
            {formatQty(sumOf(row.sales_order_lines, 'qty'))}
            <Typography.Text type="secondary"> / {formatQty(sumOf(row.sales_order_lines, 'shipped_qty'))}</Typography.Text>
          </>
        )}
      />
      <Table.Column<OrderWithLines> key="amount" align="right" title={t('products.sales.amount')} render={(_, row) => formatMoney(sumOf(row.sales_order_lines, 'line_total'))} />
    </Table>
  );
}
