import { describe, expect, it } from 'vitest';
import { canRequestReturn, lineRefund, orderAllowsReturn, returnableByLine, returnActions } from './rules.ts';

describe('return quantities', () => {
  it('returnable = shipped + exchanged − requested (rejected requests do not count)', () => {
    const lines = [
      { id: 'a', qty: 10, shipped_qty: 6, exchanged_qty: 0 },
      { id: 'b', qty: 5, shipped_qty: '5.000', exchanged_qty: '1.000' },
      { id: 'c', qty: 2, shipped_qty: 0, exchanged_qty: 0 },
    ];
    const requested = [
      { order_line_id: 'a', qty: 2, status: 'requested' },
      { order_line_id: 'a', qty: 1.5, status: 'refunded' },
      { order_line_id: 'a', qty: 2, status: 'rejected' },
      { order_line_id: 'b', qty: '6.000', status: 'received' },
    ];
    expect(returnableByLine(lines, requested)).toEqual({ a: 2.5, b: 0, c: 0 });
  });

  it('never goes below zero and keeps 3 decimals exact', () => {
    expect(returnableByLine([{ id: 'a', qty: 1, shipped_qty: 0.3, exchanged_qty: 0 }], [{ order_line_id: 'a', qty: 0.1, status: 'approved' }])).toEqual({ a: 0.2 });
    expect(returnableByLine([{ id: 'a', qty: 1, shipped_qty: 1, exchanged_qty: 0 }], [{ order_line_id: 'a', qty: 3, status: 'approved' }])).toEqual({ a: 0 });
  });

  it('refund share of a line is line_total × qty / ordered, to the cent', () => {
    expect(lineRefund({ qty: 3, line_total: 100 }, 1)).toBe(33.33);
    expect(lineRefund({ qty: '4.000', line_total: '90.00' }, 4)).toBe(90);
    expect(lineRefund({ qty: 0, line_total: 10 }, 1)).toBe(0);
  });
});

describe('return actions by role (as the SQL grants them)', () => {
  const all = (status: string, kind = 'return') =>
    Object.fromEntries(['admin', 'sales', 'warehouse', 'finance'].map((role) => [role, returnActions(role, { status, kind })]));

  it('finance and admin decide requests', () => {
    expect(all('requested')).toEqual({ admin: ['approve', 'reject'], sales: [], warehouse: [], finance: ['approve', 'reject'] });
  });
  it('the warehouse receives approved returns', () => {
    expect(all('approved')).toEqual({ admin: ['receive'], sales: [], warehouse: ['receive'], finance: [] });
  });
  it('finance refunds received returns; the warehouse ships exchanges', () => {
    expect(all('received')).toEqual({ admin: ['refund'], sales: [], warehouse: [], finance: ['refund'] });
    expect(all('received', 'exchange')).toEqual({ admin: ['shipExchange'], sales: [], warehouse: ['shipExchange'], finance: [] });
  });
  it('closed returns offer nothing; nobody without a role acts', () => {
    for (const status of ['rejected', 'refunded', 'exchanged']) expect(Object.values(all(status)).flat()).toEqual([]);
    expect(returnActions(null, { status: 'requested', kind: 'return' })).toEqual([]);
  });
  it('sales and admin request returns, from shipped orders', () => {
    expect(['admin', 'sales', 'warehouse', 'finance'].filter(canRequestReturn)).toEqual(['admin', 'sales']);
    expect(orderAllowsReturn('partially_shipped')).toBe(true);
    expect(orderAllowsReturn('completed')).toBe(true);
    expect(orderAllowsReturn('confirmed')).toBe(false);
    expect(orderAllowsReturn(undefined)).toBe(false);
  });
});
