import { describe, expect, it } from 'vitest';
import { countedRows, sheetProblem, stocktakeLines, type SheetRow } from './sheet.ts';

const t = (key: string) => key;
const sheet: SheetRow[] = [
  { product_id: 'cola', sku: 'KO', name: '可口可乐', spec: '', unit: '箱', category_id: null, track_batches: false, book: 120 },
  { product_id: 'milk', sku: 'YL', name: '伊利纯牛奶', spec: '', unit: '箱', category_id: null, track_batches: true, book: 10 },
  { product_id: 'water', sku: 'NF', name: '农夫山泉', spec: '', unit: '箱', category_id: null, track_batches: false, book: 0 },
];

describe('stocktake sheet', () => {
  it('posts only counted lines, with counted quantities (the database computes the difference)', () => {
    const counts = { cola: { counted: 118 }, water: { counted: null } };
    expect(countedRows(sheet, counts).map((c) => [c.row.product_id, c.diff])).toEqual([['cola', -2]]);
    expect(stocktakeLines(sheet, counts)).toEqual([{ product_id: 'cola', counted_qty: 118 }]);
  });

  it('counts zero as a count, and rounds differences to 3 decimals', () => {
    const counts = { cola: { counted: 0 }, water: { counted: 0.3 } };
    expect(countedRows(sheet, counts).map((c) => c.diff)).toEqual([-120, 0.3]);
  });

  it('refuses an empty sheet, bad quantities, and a batch-tracked surplus without a batch number', () => {
    expect(sheetProblem(t, sheet, {})).toBe('stocktakes.actions.nothingCounted');
    expect(sheetProblem(t, sheet, { cola: { counted: 1.2345 } })).toMatch(/validation\.decimals/);
    expect(sheetProblem(t, sheet, { milk: { counted: 12 } })).toMatch(/stocktakes\.actions\.batchForSurplus/);
    expect(sheetProblem(t, sheet, { milk: { counted: 12, batch_no: 'B1' } })).toBeUndefined();
    expect(sheetProblem(t, sheet, { milk: { counted: 8 } })).toBeUndefined(); // a loss needs no batch
    expect(stocktakeLines(sheet, { milk: { counted: 12, batch_no: ' B1 ' } })).toEqual([{ product_id: 'milk', counted_qty: 12, batch_no: 'B1' }]);
  });
});
