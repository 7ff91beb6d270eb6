import { describe, expect, it } from 'vitest';
import type { RuleObject } from 'antd/es/form';
import { codeRules, countRules, moneyRules, nameRules, numberProblem, numberRules, qtyRules, textRules, unitCostRules, type T } from './rules.ts';
import { decimalsOf } from './format.ts';

const t: T = (key, options) => (options ? `${key}:${JSON.stringify(options)}` : key);

/** Runs antd rules the way Form does, returning the first message or undefined. */
async function check(rules: ReturnType<typeof nameRules>, value: unknown): Promise<string | undefined> {
  for (const rule of rules as RuleObject[]) {
    const empty = value === undefined || value === null || value === '' || (rule.whitespace && typeof value === 'string' && value.trim() === '');
    if (rule.required && empty && !rule.validator) return String(rule.message);
    if (empty && !rule.validator) continue;
    if (typeof rule.max === 'number' && typeof value === 'string' && value.length > rule.max) return String(rule.message);
    if (rule.pattern && typeof value === 'string' && !rule.pattern.test(value)) return String(rule.message);
    if (rule.validator) {
      try {
        await rule.validator(rule, value, () => {});
      } catch (error) {
        return (error as Error).message;
      }
    }
  }
  return undefined;
}

describe('form rules mirror the database constraints', () => {
  it('list price: ≥ 0, at most 2 decimals, numeric(14,2) range', async () => {
    const rules = moneyRules(t);
    expect(await check(rules, 19.99)).toBeUndefined();
    expect(await check(rules, 0)).toBeUndefined();
    expect(await check(rules, 999999999999.99)).toBeUndefined();
    expect(await check(rules, 9.999)).toBe('validation.decimals:{"digits":2}');
    expect(await check(rules, -1)).toBe('validation.min:{"min":0}');
    expect(await check(rules, 1e12)).toMatch(/^validation\.max/);
    expect(await check(rules, undefined)).toBe('validation.required');
  });

  it('quantities: > 0 with at most 3 decimals on lines; ≥ 0 for counts and safety stock', async () => {
    expect(await check(qtyRules(t), 1.125)).toBeUndefined();
    expect(await check(qtyRules(t), 1.1255)).toBe('validation.decimals:{"digits":3}');
    expect(await check(qtyRules(t), 0)).toBe('validation.positive');
    expect(await check(countRules(t), 0)).toBeUndefined();
    expect(await check(countRules(t), -0.001)).toBe('validation.min:{"min":0}');
  });

  it('unit cost: ≥ 0 with at most 4 decimals', async () => {
    expect(await check(unitCostRules(t), 12.3456)).toBeUndefined();
    expect(await check(unitCostRules(t), 12.34567)).toBe('validation.decimals:{"digits":4}');
  });

  it('whole days within bounds (shelf life 1–36500, expiry alert 0–3650)', async () => {
    const shelf = numberRules(t, { min: 1, max: 36500, decimals: 0 });
    expect(await check(shelf, undefined)).toBeUndefined(); // optional
    expect(await check(shelf, 180)).toBeUndefined();
    expect(await check(shelf, 0)).toBe('validation.min:{"min":1}');
    expect(await check(shelf, 36501)).toBe('validation.max:{"max":36500}');
    expect(await check(shelf, 1.5)).toBe('validation.integer');
  });

  it('SKU / barcode / warehouse code: required (or not), bounded, no whitespace', async () => {
    expect(await check(codeRules(t, 64), 'YL-MILK-250')).toBeUndefined();
    expect(await check(codeRules(t, 64), '')).toBe('validation.required');
    expect(await check(codeRules(t, 64), 'YL MILK')).toBe('validation.noSpaces');
    expect(await check(codeRules(t, 64), 'x'.repeat(65))).toBe('validation.maxLength:{"max":64}');
    expect(await check(codeRules(t, 64, false), undefined)).toBeUndefined();
    expect(await check(codeRules(t, 20), 'SH01')).toBeUndefined();
  });

  it('names: required after trimming, bounded length; free text bounded', async () => {
    expect(await check(nameRules(t, 200), '伊利纯牛奶')).toBeUndefined();
    expect(await check(nameRules(t, 200), '   ')).toBe('validation.required');
    expect(await check(nameRules(t, 50), 'x'.repeat(51))).toBe('validation.maxLength:{"max":50}');
    expect(await check(textRules(t, 200), 'x'.repeat(201))).toBe('validation.maxLength:{"max":200}');
    expect(await check(textRules(t, 200), '')).toBeUndefined();
  });

  it('counts decimals of floats and exponents correctly', () => {
    expect(decimalsOf(19.99)).toBe(2);
    expect(decimalsOf(0.1 + 0.2)).toBeGreaterThan(2); // 0.30000000000000004 is not a 2-decimal price
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(100)).toBe(0);
    expect(numberProblem(t, 'abc', { decimals: 2 })).toBe('validation.number');
  });
});
