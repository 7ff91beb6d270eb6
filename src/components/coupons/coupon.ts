/**
 * Coupons: the form's values ↔ the row, the code rule of public.coupons (upper case A–Z 0–9 _ -,
 * 3–32 characters; the database upper-cases it too) and the usage a list shows (redemptions not voided
 * against the total limit). Unit tested in coupon.test.ts.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { toNumber } from '../common/format.ts';

export const COUPON_KINDS = ['percent', 'amount'] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];
export const COUPON_CODE = /^[A-Z0-9_-]{3,32}$/;

export type CouponRecord = {
  id: string;
  code: string;
  name: string;
  kind: CouponKind;
  percent_off: number | null;
  amount_off: number | null;
  min_spend: number;
  starts_at: string;
  ends_at: string | null;
  total_limit: number | null;
  per_customer_limit: number | null;
  active: boolean;
  note: string | null;
  created_at: string;
  updated_at: string;
};
export const COUPON_COLUMNS =
  'id, code, name, kind, percent_off, amount_off, min_spend, starts_at, ends_at, total_limit, per_customer_limit, active, note, created_at, updated_at';

export type CouponFormValues = {
  code: string;
  name: string;
  kind: CouponKind;
  percent_off?: number | null;
  amount_off?: number | null;
  min_spend?: number | null;
  starts_at?: Dayjs | null;
  ends_at?: Dayjs | null;
  total_limit?: number | null;
  per_customer_limit?: number | null;
  active: boolean;
  note?: string | null;
};

export const COUPON_DEFAULTS: Partial<CouponFormValues> = { kind: 'amount', min_spend: 0, active: true };

/** A typed code as stored: trimmed, upper case. */
export const normalizeCode = (code: string | undefined | null) => (code ?? '').trim().toUpperCase();

/** The row for insert/update. The code cannot change after creation (no update grant on it). */
export function cleanCoupon(values: CouponFormValues, { creating }: { creating: boolean }) {
  return {
    ...(creating ? { code: normalizeCode(values.code) } : {}),
    name: values.name.trim(),
    kind: values.kind,
    percent_off: values.kind === 'percent' ? values.percent_off ?? null : null,
    amount_off: values.kind === 'amount' ? values.amount_off ?? null : null,
    min_spend: values.min_spend ?? 0,
    starts_at: (values.starts_at ?? dayjs()).toISOString(),
    ends_at: values.ends_at ? values.ends_at.toISOString() : null,
    total_limit: values.total_limit ?? null,
    per_customer_limit: values.per_customer_limit ?? null,
    active: values.active,
    note: values.note?.trim() || null,
  };
}

export function couponToForm(record: Partial<CouponRecord> | undefined): Partial<CouponFormValues> | undefined {
  if (!record) return undefined;
  const num = (v: unknown) => (v === null || v === undefined ? null : toNumber(v));
  return {
    ...record,
    percent_off: num(record.percent_off),
    amount_off: num(record.amount_off),
    min_spend: num(record.min_spend) ?? 0,
    starts_at: record.starts_at ? dayjs(record.starts_at) : null,
    ends_at: record.ends_at ? dayjs(record.ends_at) : null,
  } as Partial<CouponFormValues>;
}

/** Usage against the total limit: "3 / 100", "3 / ∞"; `full` once the limit is reached. */
export function usage(used: number, limit: number | null | undefined): { text: string; percent: number | null; full: boolean } {
  if (!limit) return { text: `${used} / ∞`, percent: null, full: false };
  return { text: `${used} / ${limit}`, percent: Math.min(Math.round((used / limit) * 100), 100), full: used >= limit };
}

/** Redemptions of each coupon that count toward the limits (voided ones do not). */
export function countRedemptions(rows: readonly { coupon_id: string; voided_at: string | null }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) if (!row.voided_at) out[row.coupon_id] = (out[row.coupon_id] ?? 0) + 1;
  return out;
}
