import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';

const PAYMENT_COLORS: Record<string, string> = { pending: 'processing', succeeded: 'success', failed: 'error', refunded: 'warning' };
const ORDER_PAYMENT_COLORS: Record<string, string> = { unpaid: 'default', partially_paid: 'processing', paid: 'success', refunded: 'warning' };

/** A payment's own state: pending / succeeded / failed / refunded. */
export function PaymentStatusTag({ status }: { status: string }) {
  const t = useTranslate();
  return (
    <Tag color={PAYMENT_COLORS[status]} data-status={status}>
      {t(`payments.status.${status}`)}
    </Tag>
  );
}

/** An order's payment state, derived by the database from its payments. */
export function OrderPaymentTag({ status }: { status: string }) {
  const t = useTranslate();
  return (
    <Tag color={ORDER_PAYMENT_COLORS[status]} data-payment-status={status}>
      {t(`payments.orderStatus.${status}`)}
    </Tag>
  );
}

export function MethodLabel({ method }: { method: string }) {
  const t = useTranslate();
  return <>{t(`payments.methods.${method}`)}</>;
}
