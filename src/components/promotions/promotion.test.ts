import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { amountProblem, cleanPromotion, percentProblem, promotionToForm, scheduleState, thresholdProblem, windowProblem } from './promotion.ts';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}:${JSON.stringify(options)}` : key);

describe('promotion form', () => {
  it('nulls the fields the kind and scope do not use', () => {
    const row = cleanPromotion({
      name: '  满100减20 ',
      kind: 'threshold',
      scope: 'category',
      category_id: 'c1',
      product_id: 'p1',
      percent_off: 10,
      amount_off: 20,
      threshold_amount: 100,
      starts_at: dayjs('2026-12-01T00:00:00Z'),
      ends_at: null,
      active: true,
      note: ' ',
    });
    expect(row).toMatchObject({
      name: '满100减20', kind: 'threshold', scope: 'category', category_id: 'c1', product_id: null,
      percent_off: null, amount_off: 20, threshold_amount: 100, ends_at: null, note: null,
      starts_at: '2026-12-01T00:00:00.000Z',
    });
    expect(cleanPromotion({ name: 'x', kind: 'percent_off', scope: 'all', percent_off: 15, amount_off: 3, category_id: 'c', active: false }))
      .toMatchObject({ percent_off: 15, amount_off: null, threshold_amount: null, category_id: null, product_id: null, active: false });
  });

  it('reads a record back as form values', () => {
    const values = promotionToForm({ name: 'a', percent_off: '12.50' as unknown as number, amount_off: null, starts_at: '2026-01-01T00:00:00Z', ends_at: null });
    expect(values?.percent_off).toBe(12.5);
    expect(values?.starts_at?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(values?.ends_at).toBeNull();
  });

  it('checks values as the CHECK constraints do', () => {
    expect(percentProblem(t, 100)).toBeDefined();
    expect(percentProblem(t, 0)).toBeDefined();
    expect(percentProblem(t, 12.345)).toBeDefined();
    expect(percentProblem(t, 99.99)).toBeUndefined();
    expect(amountProblem(t, 0)).toBeDefined();
    expect(amountProblem(t, 5.5)).toBeUndefined();
    expect(thresholdProblem(t, 120, 100)).toBe('promotions.validation.amountWithinThreshold');
    expect(thresholdProblem(t, 100, 100)).toBeUndefined();
    const start = dayjs('2026-01-01');
    expect(windowProblem(t, start, start)).toBe('promotions.validation.endsAfterStart');
    expect(windowProblem(t, start, start.add(1, 'day'))).toBeUndefined();
    expect(windowProblem(t, start, null)).toBeUndefined();
  });

  it('tells where a schedule stands', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(scheduleState({ active: false, starts_at: '2026-01-01', ends_at: null }, now)).toBe('inactive');
    expect(scheduleState({ active: true, starts_at: '2026-07-01', ends_at: null }, now)).toBe('scheduled');
    expect(scheduleState({ active: true, starts_at: '2026-01-01', ends_at: '2026-05-01' }, now)).toBe('ended');
    expect(scheduleState({ active: true, starts_at: '2026-01-01', ends_at: null }, now)).toBe('running');
  });
});
