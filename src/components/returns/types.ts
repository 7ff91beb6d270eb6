import type { ReturnKind, ReturnStatus } from './rules.ts';

export type ReturnRow = {
  id: string;
  return_no: string;
  order_id: string;
  customer_id: string;
  kind: ReturnKind;
  status: ReturnStatus;
  reason: string | null;
  decision_note: string | null;
  refund_amount: number;
  refunded_amount: number;
  requested_at: string;
  decided_at: string | null;
  received_at: string | null;
  closed_at: string | null;
  created_at: string;
  sales_orders: { order_no: string; warehouse_id: string } | null;
  customers: { name: string } | null;
  return_lines?: { count: number }[];
};
export const RETURN_COLUMNS =
  'id, return_no, order_id, customer_id, kind, status, reason, decision_note, refund_amount, refunded_amount, requested_at, decided_at, received_at, closed_at, created_at, sales_orders(order_no, warehouse_id), customers(name), return_lines(count)';
