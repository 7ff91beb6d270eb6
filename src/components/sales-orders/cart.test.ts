import { describe, expect, it } from 'vitest';
import { addScanned, cartPayload, cartSignature, errorTarget, isCompleteLine, remainingQty, shipDefaults, shipPayload } from './cart.ts';

const err = (code: string, detail: Record<string, unknown>) => ({ message: 'x', hint: code, details: JSON.stringify(detail) });

describe('cartPayload', () => {
  it('sends complete lines only and remembers their form index', () => {
    const { payload, formIndex } = cartPayload([
      { product_id: 'p1', qty: 2 },
      { product_id: undefined, qty: 3 },
      { product_id: 'p2', qty: 0 },
      { product_id: 'p3', qty: 1.5, unit_price: 9.9 },
      { product_id: 'p4', qty: 1.0001 },
    ]);
    expect(payload).toEqual([{ product_id: 'p1', qty: 2 }, { product_id: 'p3', qty: 1.5, unit_price: 9.9 }]);
    expect(formIndex).toEqual([0, 3]);
  });
  it('refuses a price with 3 decimals or below zero', () => {
    expect(isCompleteLine({ product_id: 'p', qty: 1, unit_price: 1.234 })).toBe(false);
    expect(isCompleteLine({ product_id: 'p', qty: 1, unit_price: -1 })).toBe(false);
    expect(isCompleteLine({ product_id: 'p', qty: 1, unit_price: null })).toBe(true);
  });
  it('signs the order so a saved draft can be recognised', () => {
    const a = cartSignature({ customer_id: 'c', warehouse_id: 'w', coupon_code: ' vip95 ', lines: [{ product_id: 'p', qty: 1 }] });
    expect(a).toBe(cartSignature({ customer_id: 'c', warehouse_id: 'w', coupon_code: 'VIP95', lines: [{ product_id: 'p', qty: 1 }] }));
    expect(a).not.toBe(cartSignature({ customer_id: 'c', warehouse_id: 'w', coupon_code: 'VIP95', lines: [{ product_id: 'p', qty: 2 }] }));
  });
});

describe('addScanned', () => {
  it('increments the line that has the product', () => {
    expect(addScanned([{ product_id: 'a', qty: 2 }, { product_id: 'b', qty: 1 }], 'b')).toEqual({
      lines: [{ product_id: 'a', qty: 2 }, { product_id: 'b', qty: 2 }],
      index: 1,
    });
  });
  it('fills the first empty line, else appends one', () => {
    expect(addScanned([{}], 'a')).toEqual({ lines: [{ product_id: 'a', qty: 1 }], index: 0 });
    expect(addScanned([{ product_id: 'a', qty: 1 }], 'b').lines).toEqual([{ product_id: 'a', qty: 1 }, { product_id: 'b', qty: 1 }]);
    expect(addScanned(undefined, 'a').index).toBe(0);
  });
  it('does not drift on fractional quantities', () => {
    expect(addScanned([{ product_id: 'a', qty: 0.1 }], 'a').lines[0].qty).toBe(1.1);
  });
});

describe('errorTarget', () => {
  const lines = [{ product_id: 'p1', qty: 1 }, {}, { product_id: 'p2', qty: 5 }];
  const formIndex = [0, 2];
  it('puts coupon errors on the coupon field', () => {
    expect(errorTarget(err('coupon_expired', { code: 'X' }), formIndex)).toEqual({ kind: 'coupon' });
    expect(errorTarget(err('coupon_min_spend', { min_spend: 100 }), formIndex)).toEqual({ kind: 'coupon' });
  });
  it('maps a payload line number to the form line', () => {
    expect(errorTarget(err('product_not_on_sale', { line: 2, product_id: 'p2' }), formIndex)).toEqual({ kind: 'lines', indices: [2], field: 'product_id' });
    expect(errorTarget(err('invalid_quantity', { field: 'lines[2].qty' }), formIndex)).toEqual({ kind: 'lines', indices: [2], field: 'qty' });
    expect(errorTarget(err('invalid_price', { field: 'lines[1].unit_price' }), formIndex)).toEqual({ kind: 'lines', indices: [0], field: 'unit_price' });
  });
  it('finds the lines of a product that is short of stock', () => {
    expect(errorTarget(err('insufficient_stock', { product_id: 'p2', requested: 5, available: 3 }), formIndex, lines)).toEqual({
      kind: 'lines', indices: [2], field: 'qty',
    });
  });
  it('falls back to the form', () => {
    expect(errorTarget(new Error('boom'), formIndex)).toEqual({ kind: 'form' });
    expect(errorTarget(err('insufficient_stock', { product_id: 'zz' }), formIndex, lines)).toEqual({ kind: 'form' });
    expect(errorTarget(err('customer_not_found', {}), formIndex)).toEqual({ kind: 'customer' });
  });
});

describe('shipping quantities', () => {
  const lines = [
    { id: 'l1', line_no: 1, qty: '5.000', shipped_qty: '2.000' },
    { id: 'l2', line_no: 2, qty: 3, shipped_qty: 3 },
  ];
  it('defaults to what is left', () => {
    expect(remainingQty(lines[0])).toBe(3);
    expect(shipDefaults(lines)).toEqual({ l1: 3, l2: 0 });
  });
  it('sends lines with a quantity, refuses more than is left', () => {
    expect(shipPayload(lines, { l1: 2, l2: 0 })).toEqual({ payload: [{ line_id: 'l1', qty: 2 }], problems: {} });
    expect(shipPayload(lines, { l1: 4 }).problems).toEqual({ l1: 'over' });
    expect(shipPayload(lines, { l1: 1.0001 }).problems).toEqual({ l1: 'decimals' });
  });
});
