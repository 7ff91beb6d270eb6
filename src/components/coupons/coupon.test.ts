import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { cleanCoupon, COUPON_CODE, countRedemptions, couponToForm, normalizeCode, usage } from './coupon.ts';

describe('coupon form', () => {
  it('codes are upper case A–Z 0–9 _ -, 3–32 characters', () => {
    expect(normalizeCode(' summer-26 ')).toBe('SUMMER-26');
    expect(COUPON_CODE.test('SUMMER-26')).toBe(true);
    expect(COUPON_CODE.test('AB')).toBe(false);
    expect(COUPON_CODE.test('有中文')).toBe(false);
    expect(COUPON_CODE.test('A B C')).toBe(false);
  });

  it('sends the code only on create and nulls the unused discount', () => {
    const values = { code: 'vip', name: ' VIP ', kind: 'percent' as const, percent_off: 5, amount_off: 10, min_spend: null, starts_at: dayjs('2026-01-01T00:00:00Z'), ends_at: null, total_limit: null, per_customer_limit: 1, active: true, note: '' };
    expect(cleanCoupon(values, { creating: true })).toMatchObject({ code: 'VIP', name: 'VIP', percent_off: 5, amount_off: null, min_spend: 0, per_customer_limit: 1, note: null });
    expect(cleanCoupon(values, { creating: false })).not.toHaveProperty('code');
  });

  it('reads numbers and dates back', () => {
    const v = couponToForm({ min_spend: '50.00' as unknown as number, amount_off: '5.50' as unknown as number, percent_off: null, starts_at: '2026-01-01T00:00:00Z', ends_at: '2026-02-01T00:00:00Z' });
    expect(v).toMatchObject({ min_spend: 50, amount_off: 5.5, percent_off: null });
    expect(v?.ends_at?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('shows usage against the limit, voided redemptions not counted', () => {
    expect(usage(3, null)).toEqual({ text: '3 / ∞', percent: null, full: false });
    expect(usage(5, 5)).toEqual({ text: '5 / 5', percent: 100, full: true });
    expect(usage(1, 4).percent).toBe(25);
    expect(countRedemptions([
      { coupon_id: 'a', voided_at: null },
      { coupon_id: 'a', voided_at: '2026-01-01' },
      { coupon_id: 'b', voided_at: null },
      { coupon_id: 'a', voided_at: null },
    ])).toEqual({ a: 2, b: 1 });
  });
});
