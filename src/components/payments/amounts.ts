/**
 * Money arithmetic of the payment screens, mirroring record_payment / refund_payment
 * (supabase/migrations/…0340_payments.sql) so the form can default and cap amounts before the
 * database decides. Amounts are computed in cents: 0.1 + 0.2 must be 0.3. Unit tested in amounts.test.ts.
 */
import { toNumber } from '../common/format.ts';

export const PAYMENT_METHODS = ['alipay', 'wechat_pay', 'cash', 'cod', 'bank_transfer', 'card', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_STATUSES = ['pending', 'succeeded', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const ORDER_PAYMENT_STATUSES = ['unpaid', 'partially_paid', 'paid', 'refunded'] as const;
export type OrderPaymentStatus = (typeof ORDER_PAYMENT_STATUSES)[number];
/** Methods a salesperson's payment succeeds with at once; the others wait for finance (record_payment). */
export const INSTANT_METHODS: readonly PaymentMethod[] = ['cash', 'card', 'cod'];

const cents = (value: unknown) => Math.round(toNumber(value) * 100);
const fromCents = (value: number) => value / 100;

export type OrderMoney = { total_amount: unknown; paid_amount: unknown; refunded_amount: unknown };

/**
 * What is still to collect (record_payment): total − refunds for returned goods − (paid − refunded) −
 * pending payments, never below 0. A refund for returned goods lowers what is owed; any other refund
 * gives back money that is still owed.
 */
export function outstanding(order: OrderMoney, pending: unknown = 0, returnRefunds: unknown = 0): number {
  return fromCents(
    Math.max(cents(order.total_amount) - cents(returnRefunds) - (cents(order.paid_amount) - cents(order.refunded_amount)) - cents(pending), 0),
  );
}

type PaymentRow = { amount: unknown; kind: string; status: string; return_id: string | null };

/** Pending payments, and succeeded refunds for returned goods (positive), of one order's payments. */
export function pendingAndReturnRefunds(payments: readonly PaymentRow[]): { pending: number; returnRefunds: number } {
  const pending = payments.filter((p) => p.kind === 'payment' && p.status === 'pending').map((p) => p.amount);
  const returned = payments.filter((p) => p.kind === 'refund' && p.status === 'succeeded' && p.return_id).map((p) => -toNumber(p.amount));
  return { pending: sumAmounts(pending), returnRefunds: sumAmounts(returned) };
}

/** Sum of amounts, in cents-exact arithmetic. */
export function sumAmounts(values: readonly unknown[]): number {
  return fromCents(values.reduce<number>((sum, v) => sum + cents(v), 0));
}

/** What is left to refund of a payment: its amount less its refunds (negative rows). */
export function refundable(payment: { amount: unknown; status: string; kind: string }, refunds: readonly { amount: unknown }[]): number {
  if (payment.kind !== 'payment' || payment.status !== 'succeeded') return 0;
  return fromCents(Math.max(cents(payment.amount) + refunds.reduce<number>((sum, r) => sum + cents(r.amount), 0), 0));
}

/** The status a new payment will get (record_payment): finance/admin any method succeed; sales online methods stay pending. */
export function recordedStatus(role: string | null | undefined, method: PaymentMethod | undefined): PaymentStatus {
  if (role === 'admin' || role === 'finance') return 'succeeded';
  return method && INSTANT_METHODS.includes(method) ? 'succeeded' : 'pending';
}

/** Who may confirm a pending payment or refund a succeeded one (confirm_payment / refund_payment: admin, finance). */
export function canSettle(role: string | null | undefined): boolean {
  return role === 'admin' || role === 'finance';
}

/** Who may record a payment (record_payment: admin, sales, finance). */
export function canRecord(role: string | null | undefined): boolean {
  return role === 'admin' || role === 'sales' || role === 'finance';
}
