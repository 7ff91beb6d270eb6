/**
 * Returns and exchanges: how much of an order line may still come back, what a return refunds, and
 * which role may take which step. Mirrors request_return / approve_return / reject_return /
 * receive_return / refund_return / ship_exchange (supabase/migrations/…0360_returns.sql), so the UI
 * offers exactly what the database will accept. Unit tested in rules.test.ts.
 */
import { toNumber } from '../common/format.ts';

export const RETURN_STATUSES = ['requested', 'approved', 'rejected', 'received', 'refunded', 'exchanged'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type ReturnKind = 'return' | 'exchange';
export type Disposition = 'restock' | 'scrap';

/** Quantities have 3 decimals: compute in thousandths. */
const milli = (value: unknown) => Math.round(toNumber(value) * 1000);

export type ReturnableLine = { id: string; qty: unknown; shipped_qty: unknown; exchanged_qty: unknown };
export type RequestedLine = { order_line_id: string; qty: unknown; status: string };

/**
 * What may still be returned of each order line: shipped (+ exchanged replacements) less everything
 * already asked for on it by returns that were not rejected.
 */
export function returnableByLine(lines: readonly ReturnableLine[], requested: readonly RequestedLine[]): Record<string, number> {
  const asked = new Map<string, number>();
  for (const r of requested) {
    if (r.status === 'rejected') continue;
    asked.set(r.order_line_id, (asked.get(r.order_line_id) ?? 0) + milli(r.qty));
  }
  const out: Record<string, number> = {};
  for (const line of lines) {
    out[line.id] = Math.max(milli(line.shipped_qty) + milli(line.exchanged_qty) - (asked.get(line.id) ?? 0), 0) / 1000;
  }
  return out;
}

/** The net amount a returned quantity refunds: its share of the line total (after discounts), 2 decimals. */
export function lineRefund(line: { qty: unknown; line_total: unknown }, qty: unknown): number {
  const ordered = toNumber(line.qty);
  if (ordered <= 0) return 0;
  return Math.round((toNumber(line.line_total) * toNumber(qty) * 100) / ordered) / 100;
}

export type ReturnAction = 'approve' | 'reject' | 'receive' | 'refund' | 'shipExchange';

/** Who may call each return RPC (the SQL's require_role). */
export const RETURN_ACTION_ROLES: Readonly<Record<ReturnAction, readonly string[]>> = {
  approve: ['admin', 'finance'],
  reject: ['admin', 'finance'],
  receive: ['admin', 'warehouse'],
  refund: ['admin', 'finance'],
  shipExchange: ['admin', 'warehouse'],
};

/** The steps a role may take on a return in its current state. */
export function returnActions(role: string | null | undefined, ret: { status: string; kind: string }): ReturnAction[] {
  const possible: ReturnAction[] = [];
  if (ret.status === 'requested') possible.push('approve', 'reject');
  if (ret.status === 'approved') possible.push('receive');
  if (ret.status === 'received' && ret.kind === 'return') possible.push('refund');
  if (ret.status === 'received' && ret.kind === 'exchange') possible.push('shipExchange');
  return possible.filter((action) => !!role && RETURN_ACTION_ROLES[action].includes(role));
}

/** Who may file a return request (request_return: admin, sales). */
export function canRequestReturn(role: string | null | undefined): boolean {
  return role === 'admin' || role === 'sales';
}

/** The order states a return may be requested from (request_return refuses draft and confirmed). */
export function orderAllowsReturn(status: string | undefined): boolean {
  return !!status && !['draft', 'confirmed', 'cancelled'].includes(status);
}
