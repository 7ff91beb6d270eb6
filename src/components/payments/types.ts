export type PaymentRow = {
  id: string;
  payment_no: string;
  order_id: string;
  kind: 'payment' | 'refund';
  method: string;
  amount: number;
  status: string;
  provider_ref: string | null;
  refund_of: string | null;
  return_id: string | null;
  note: string | null;
  paid_at: string | null;
  created_at: string;
  confirmed_at: string | null;
  recorded_by: string | null;
  confirmed_by: string | null;
  sales_orders: { order_no: string; payment_status: string; customers: { name: string } | null } | null;
};
export const PAYMENT_COLUMNS =
  'id, payment_no, order_id, kind, method, amount, status, provider_ref, refund_of, return_id, note, paid_at, created_at, confirmed_at, recorded_by, confirmed_by, sales_orders(order_no, payment_status, customers(name))';
