/**
 * Form validation rules that mirror the database constraints (supabase/migrations …0210–0230), so a
 * user learns about a bad value before the request, in the same words. The database still decides:
 * these only save a round trip. Unit tested in rules.test.ts.
 */
import type { Rule } from 'antd/es/form';
import { decimalsOf } from './format.ts';

export type T = (key: string, options?: Record<string, unknown>) => string;

/** Required text of 1..max characters after trimming (`char_length(btrim(x)) between 1 and max`). */
export function nameRules(t: T, max: number): Rule[] {
  return [
    { required: true, whitespace: true, message: t('validation.required') },
    { max, message: t('validation.maxLength', { max }) },
  ];
}

/** Optional text of at most max characters. */
export function textRules(t: T, max: number): Rule[] {
  return [{ max, message: t('validation.maxLength', { max }) }];
}

/** A code (SKU, barcode, warehouse code): 1..max characters, no whitespace anywhere. */
export function codeRules(t: T, max: number, required = true): Rule[] {
  return [
    ...(required ? [{ required: true, message: t('validation.required') }] : []),
    { max, message: t('validation.maxLength', { max }) },
    { pattern: /^\S*$/, message: t('validation.noSpaces') },
  ];
}

type NumberOptions = {
  required?: boolean;
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive upper bound. */
  below?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Maximum decimals (0 = integer). */
  decimals: number;
  /** Refuse exactly zero (quantities of a line). */
  nonZero?: boolean;
  positive?: boolean;
};

/** The check for a numeric value; undefined when valid, else the translated message. */
export function numberProblem(t: T, value: unknown, options: NumberOptions): string | undefined {
  if (value === undefined || value === null || value === '') return options.required ? t('validation.required') : undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return t('validation.number');
  if (options.positive && n <= 0) return t('validation.positive');
  if (options.nonZero && n === 0) return t('validation.nonZero');
  if (options.min !== undefined && n < options.min) return t('validation.min', { min: options.min });
  if (options.max !== undefined && n > options.max) return t('validation.max', { max: options.max });
  if (options.below !== undefined && n >= options.below) return t('validation.max', { max: options.below - 10 ** -options.decimals });
  if (decimalsOf(n) > options.decimals) {
    return options.decimals === 0 ? t('validation.integer') : t('validation.decimals', { digits: options.decimals });
  }
  return undefined;
}

export function numberRules(t: T, options: NumberOptions): Rule[] {
  return [
    {
      required: options.required,
      validator: async (_rule, value: unknown) => {
        const problem = numberProblem(t, value, options);
        if (problem) throw new Error(problem);
      },
    },
  ];
}

/** list_price and other money: ≥ 0, at most 2 decimals, below 10^12 (numeric(14,2)). */
export const moneyRules = (t: T, required = true) => numberRules(t, { required, min: 0, below: 1e12, decimals: 2 });
/** A stock quantity on a line: > 0, at most 3 decimals (numeric(14,3)). */
export const qtyRules = (t: T) => numberRules(t, { required: true, positive: true, below: 1e11, decimals: 3 });
/** A counted quantity or safety stock: ≥ 0, at most 3 decimals. */
export const countRules = (t: T, required = true) => numberRules(t, { required, min: 0, below: 1e11, decimals: 3 });
/** A unit cost: ≥ 0, at most 4 decimals (numeric(14,4)). */
export const unitCostRules = (t: T) => numberRules(t, { required: true, min: 0, below: 1e10, decimals: 4 });
