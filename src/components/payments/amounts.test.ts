import { describe, expect, it } from 'vitest';
import { canRecord, canSettle, outstanding, pendingAndReturnRefunds, recordedStatus, refundable, sumAmounts } from './amounts.ts';

describe('payment amounts', () => {
  it('a refund for returned goods lowers what is owed; another refund leaves it owed', () => {
    const order = { total_amount: 100, paid_amount: 100, refunded_amount: 30 };
    const rows = [
      { amount: 100, kind: 'payment', status: 'succeeded', return_id: null },
      { amount: -30, kind: 'refund', status: 'succeeded', return_id: 'r1' },
      { amount: 20, kind: 'payment', status: 'pending', return_id: null },
    ];
    expect(pendingAndReturnRefunds(rows)).toEqual({ pending: 20, returnRefunds: 30 });
    expect(outstanding(order, 0, 30)).toBe(0);
    expect(outstanding(order)).toBe(30);
  });

  it('outstanding is total less net paid less pending, never negative', () => {
    expect(outstanding({ total_amount: 100, paid_amount: 30, refunded_amount: 0 })).toBe(70);
    expect(outstanding({ total_amount: '100.10', paid_amount: '30.20', refunded_amount: '0.10' }, '10')).toBe(60);
    expect(outstanding({ total_amount: 50, paid_amount: 50, refunded_amount: 0 })).toBe(0);
    expect(outstanding({ total_amount: 50, paid_amount: 50, refunded_amount: 0 }, 5)).toBe(0);
    expect(outstanding({ total_amount: 0.3, paid_amount: 0.1, refunded_amount: 0 }, 0.2)).toBe(0);
  });

  it('sums amounts exactly', () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts(['-10.05', 20])).toBe(9.95);
    expect(sumAmounts([])).toBe(0);
  });

  it('refundable is the payment less its refunds, only for succeeded payments', () => {
    expect(refundable({ amount: 100, status: 'succeeded', kind: 'payment' }, [{ amount: -30.5 }])).toBe(69.5);
    expect(refundable({ amount: 100, status: 'refunded', kind: 'payment' }, [{ amount: -100 }])).toBe(0);
    expect(refundable({ amount: 100, status: 'pending', kind: 'payment' }, [])).toBe(0);
    expect(refundable({ amount: -5, status: 'succeeded', kind: 'refund' }, [])).toBe(0);
  });

  it('mirrors record_payment: sales online payments stay pending', () => {
    expect(recordedStatus('finance', 'alipay')).toBe('succeeded');
    expect(recordedStatus('admin', 'other')).toBe('succeeded');
    expect(recordedStatus('sales', 'cash')).toBe('succeeded');
    expect(recordedStatus('sales', 'cod')).toBe('succeeded');
    expect(recordedStatus('sales', 'wechat_pay')).toBe('pending');
  });

  it('mirrors the role grants of the payment functions', () => {
    expect(['admin', 'sales', 'warehouse', 'finance'].filter(canRecord)).toEqual(['admin', 'sales', 'finance']);
    expect(['admin', 'sales', 'warehouse', 'finance'].filter(canSettle)).toEqual(['admin', 'finance']);
  });
});
