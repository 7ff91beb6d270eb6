import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { defaultExpiry, receiptLines } from './receipt.ts';
import { addDays, businessToday } from '../common/format.ts';

describe('stock-in receipt lines', () => {
  it('defaults the expiry from the shelf life: production date (or today) + shelf life days', () => {
    expect(defaultExpiry({ shelf_life_days: 180 }, '2026-11-01', '2026-11-28')).toBe('2027-04-30');
    expect(defaultExpiry({ shelf_life_days: 30 }, null, '2026-11-28')).toBe('2026-12-28');
    expect(defaultExpiry({ shelf_life_days: null }, '2026-11-01')).toBeNull();
    expect(defaultExpiry(undefined, null)).toBeNull();
  });

  it('sends dates as YYYY-MM-DD, a blank batch number as null', () => {
    expect(
      receiptLines([{ product_id: 'p', qty: 5, unit_cost: 1.25, batch_no: '  ', production_date: dayjs('2026-11-01'), expiry_date: dayjs('2027-04-30') }]),
    ).toEqual([{ product_id: 'p', qty: 5, unit_cost: 1.25, batch_no: null, production_date: '2026-11-01', expiry_date: '2027-04-30' }]);
  });

  it('knows the business date in Asia/Shanghai', () => {
    expect(businessToday(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
