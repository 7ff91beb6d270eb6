/**
 * Promotions: the form's values ↔ the row, and the checks of public.promotions
 * (supabase/migrations/…0310_promotions_and_coupons.sql: promotions_kind_fields, promotions_scope_fields,
 * promotions_window, the money/percent CHECKs) so the admin learns of a bad value before saving.
 * Unit tested in promotion.test.ts.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { numberProblem, type T } from '../common/rules.ts';
import { toNumber } from '../common/format.ts';

export const PROMOTION_KINDS = ['percent_off', 'amount_off', 'threshold'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];
export const PROMOTION_SCOPES = ['all', 'category', 'product'] as const;
export type PromotionScope = (typeof PROMOTION_SCOPES)[number];

export type PromotionRecord = {
  id: string;
  name: string;
  kind: PromotionKind;
  scope: PromotionScope;
  category_id: string | null;
  product_id: string | null;
  percent_off: number | null;
  amount_off: number | null;
  threshold_amount: number | null;
  starts_at: string;
  ends_at: string | null;
  active: boolean;
  note: string | null;
  created_at: string;
  updated_at: string;
  categories?: { name: string } | null;
  products?: { sku: string; name: string } | null;
};
export const PROMOTION_COLUMNS =
  'id, name, kind, scope, category_id, product_id, percent_off, amount_off, threshold_amount, starts_at, ends_at, active, note, created_at, updated_at, categories(name), products(sku, name)';

export type PromotionFormValues = {
  name: string;
  kind: PromotionKind;
  scope: PromotionScope;
  category_id?: string | null;
  product_id?: string | null;
  percent_off?: number | null;
  amount_off?: number | null;
  threshold_amount?: number | null;
  starts_at?: Dayjs | null;
  ends_at?: Dayjs | null;
  active: boolean;
  note?: string | null;
};

export const PROMOTION_DEFAULTS: Partial<PromotionFormValues> = { kind: 'percent_off', scope: 'all', active: true };

/** The row for insert/update: fields the kind or scope does not use are null (the CHECKs demand it). */
export function cleanPromotion(values: PromotionFormValues) {
  const kind = values.kind;
  const scope = values.scope;
  return {
    name: values.name.trim(),
    kind,
    scope,
    category_id: scope === 'category' ? values.category_id ?? null : null,
    product_id: scope === 'product' ? values.product_id ?? null : null,
    percent_off: kind === 'percent_off' ? values.percent_off ?? null : null,
    amount_off: kind === 'amount_off' || kind === 'threshold' ? values.amount_off ?? null : null,
    threshold_amount: kind === 'threshold' ? values.threshold_amount ?? null : null,
    starts_at: (values.starts_at ?? dayjs()).toISOString(),
    ends_at: values.ends_at ? values.ends_at.toISOString() : null,
    active: values.active,
    note: values.note?.trim() || null,
  };
}

/** The record as form values (dates as dayjs). */
export function promotionToForm(record: Partial<PromotionRecord> | undefined): Partial<PromotionFormValues> | undefined {
  if (!record) return undefined;
  return {
    ...record,
    percent_off: record.percent_off === null || record.percent_off === undefined ? null : toNumber(record.percent_off),
    amount_off: record.amount_off === null || record.amount_off === undefined ? null : toNumber(record.amount_off),
    threshold_amount: record.threshold_amount === null || record.threshold_amount === undefined ? null : toNumber(record.threshold_amount),
    starts_at: record.starts_at ? dayjs(record.starts_at) : null,
    ends_at: record.ends_at ? dayjs(record.ends_at) : null,
  } as Partial<PromotionFormValues>;
}

/** A problem text (from the checks below) as an antd rule validator's result. */
export const check = (problem: string | undefined) => (problem ? Promise.reject(new Error(problem)) : Promise.resolve());

/** percent_off: 0 < p < 100, 2 decimals. */
export const percentProblem = (t: T, value: unknown) =>
  numberProblem(t, value, { required: true, positive: true, below: 100, decimals: 2 });
/** amount_off / threshold_amount: > 0, 2 decimals, below 10^12. */
export const amountProblem = (t: T, value: unknown) =>
  numberProblem(t, value, { required: true, positive: true, below: 1e12, decimals: 2 });

/** The window: the end, when given, after the start (promotions_window / coupons_window). */
export function windowProblem(t: T, starts: Dayjs | null | undefined, ends: Dayjs | null | undefined): string | undefined {
  if (!ends) return undefined;
  if (!ends.isAfter(starts ?? dayjs())) return t('promotions.validation.endsAfterStart');
  return undefined;
}

/** Threshold 满减: the amount off may not exceed the threshold. */
export function thresholdProblem(t: T, amountOff: unknown, threshold: unknown): string | undefined {
  if (amountOff === null || amountOff === undefined || threshold === null || threshold === undefined) return undefined;
  return toNumber(amountOff) > toNumber(threshold) ? t('promotions.validation.amountWithinThreshold') : undefined;
}

/** Where a promotion or coupon stands now: scheduled, running, ended, or switched off. */
export type ScheduleState = 'inactive' | 'scheduled' | 'running' | 'ended';
export function scheduleState(row: { active: boolean; starts_at: string; ends_at: string | null }, now = new Date()): ScheduleState {
  if (!row.active) return 'inactive';
  if (new Date(row.starts_at) > now) return 'scheduled';
  if (row.ends_at && new Date(row.ends_at) <= now) return 'ended';
  return 'running';
}
