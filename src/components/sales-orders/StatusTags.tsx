import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { OrderStatus, PaymentStatus } from './types.ts';

const ORDER_COLORS: Record<OrderStatus, string> = {
  draft: 'default',
  confirmed: 'blue',
  partially_shipped: 'orange',
  shipped: 'cyan',
  completed: 'success',
  cancelled: 'error',
};
const PAYMENT_COLORS: Record<PaymentStatus, string> = { unpaid: 'default', partially_paid: 'gold', paid: 'green', refunded: 'purple' };

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const t = useTranslate();
  return (
    <Tag color={ORDER_COLORS[status]} data-status={status}>
      {t(`sales_orders.status.${status}`)}
    </Tag>
  );
}

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const t = useTranslate();
  return (
    <Tag color={PAYMENT_COLORS[status]} data-payment-status={status}>
      {t(`sales_orders.payment_status.${status}`)}
    </Tag>
  );
}
