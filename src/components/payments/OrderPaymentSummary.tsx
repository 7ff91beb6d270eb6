import { Descriptions, Skeleton, Typography } from 'antd';
import { useList, useOne, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { formatMoney } from '../common/format.ts';
import { outstanding, pendingAndReturnRefunds } from './amounts.ts';
import { OrderPaymentTag } from './StatusTags.tsx';
import { ORDER_OPTION_COLUMNS, type OrderOption } from './OrderSelect.tsx';

/** An order's money at a glance: total, paid, refunded, pending, outstanding and its derived payment status. */
export function useOrderMoney(orderId: string | undefined) {
  const order = useOne<OrderOption>({
    resource: 'sales_orders',
    id: orderId,
    meta: { select: ORDER_OPTION_COLUMNS },
    queryOptions: { enabled: !!orderId },
  });
  // An order has a handful of payments: all of them, to add up what is pending and what went back for returns.
  const payments = useList<{ id: string; amount: number; kind: string; status: string; return_id: string | null }>({
    resource: 'payments',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: orderId }],
    meta: { select: 'id, amount, kind, status, return_id' },
    queryOptions: { enabled: !!orderId },
  });
  const { pending, returnRefunds } = pendingAndReturnRefunds(payments.result.data);
  const record = order.result;
  return {
    order: record,
    isLoading: order.query.isLoading || payments.query.isLoading,
    pending,
    outstanding: record ? outstanding(record, pending, returnRefunds) : 0,
  };
}

export function OrderPaymentSummary({ orderId, compact = false }: { orderId: string; compact?: boolean }) {
  const t = useTranslate();
  const { order, isLoading, pending, outstanding: due } = useOrderMoney(orderId);
  if (isLoading || !order) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Descriptions
      bordered
      size="small"
      column={compact ? { xs: 1, sm: 2 } : { xs: 1, sm: 2, lg: 3 }}
      data-testid="order-money"
      items={[
        { key: 'order', label: t('payments.fields.order'), children: <Link to={`/orders/show/${order.id}`}>{order.order_no}</Link> },
        { key: 'customer', label: t('payments.fields.customer'), children: order.customers?.name },
        { key: 'payment_status', label: t('payments.fields.orderPaymentStatus'), children: <OrderPaymentTag status={order.payment_status} /> },
        { key: 'total', label: t('payments.fields.total'), children: formatMoney(order.total_amount) },
        { key: 'paid', label: t('payments.fields.paid'), children: formatMoney(order.paid_amount) },
        { key: 'refunded', label: t('payments.fields.refunded'), children: <span data-testid="order-refunded">{formatMoney(order.refunded_amount)}</span> },
        ...(pending > 0 ? [{ key: 'pending', label: t('payments.fields.pending'), children: formatMoney(pending) }] : []),
        {
          key: 'outstanding',
          label: t('payments.fields.outstanding'),
          children: (
            <Typography.Text strong type={due > 0 ? 'warning' : 'success'} data-testid="order-outstanding">
              {formatMoney(due)}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
