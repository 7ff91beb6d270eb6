import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { reportsZhCN } from '../../i18n/areas/reports/zh-CN.ts';
import { reportsEn } from '../../i18n/areas/reports/en.ts';
import { headerMap, IMPORT_FIELDS, readSheet, templateBytes, validateRows, type Lookup } from './validate.ts';

const HEADERS = headerMap({ 'zh-CN': reportsZhCN.product_import.headers, en: reportsEn.product_import.headers });
const zhHeader = (f: (typeof IMPORT_FIELDS)[number]) => reportsZhCN.product_import.headers[f];

function sheet(rows: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
  return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

const lookup: Lookup = {
  categories: [
    { id: 'c1', name: '饮料', parent_id: null },
    { id: 'c2', name: '瓶装水', parent_id: 'c1' },
    { id: 'c3', name: '零食', parent_id: null },
    { id: 'c4', name: '瓶装水', parent_id: 'c3' }, // the same name twice: needs the path
  ],
  brands: [{ id: 'b1', name: '农夫山泉' }],
  existingSkus: new Set(['OLD-1']),
  existingBarcodes: new Set(['690000']),
};

describe('product import: reading the sheet', () => {
  it('maps zh-CN or English headers (with the * of required columns), keeps Excel row numbers, skips blank rows', () => {
    const bytes = sheet([
      [`${zhHeader('sku')} *`, 'Product name *', zhHeader('list_price'), '备注'],
      ['A-1', '矿泉水', 2.5, 'x'],
      [],
      ['A-2', 'Milk', '3', null],
    ]);
    const { rows, unknownHeaders } = readSheet(bytes, HEADERS);
    expect(unknownHeaders).toEqual(['备注']);
    expect(rows).toEqual([
      { row: 2, sku: 'A-1', name: '矿泉水', list_price: 2.5 },
      { row: 4, sku: 'A-2', name: 'Milk', list_price: '3' },
    ]);
  });

  it('reads back its own template: the example row is valid', () => {
    const bytes = templateBytes({
      headers: reportsZhCN.product_import.headers,
      example: { name: '示例', spec: '1L', unit: '箱', category: '饮料', brand: '农夫山泉', status: '在售', yes: '是', no: '否' },
      sheet: '商品',
      notesSheet: '填写说明',
      notes: ['说明'],
    });
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['商品', '填写说明']);
    const { rows } = readSheet(bytes, HEADERS);
    expect(rows).toHaveLength(1);
    expect(rows[0].row).toBe(2);
    const { problems, payload } = validateRows(rows, lookup);
    expect(problems).toEqual([]);
    expect(payload[0]).toMatchObject({ sku: 'SAMPLE-0001', status: 'on_sale', track_batches: false, list_price: 36 });
  });
});

describe('product import: checking the rows', () => {
  it('reports every problem with its Excel row and column', () => {
    const { problems } = validateRows(
      [
        { row: 2, sku: 'A-1', name: 'ok', list_price: 1, category: '饮料/瓶装水', brand: '农夫山泉' },
        { row: 3, sku: '', name: '', list_price: null },
        { row: 4, sku: 'A 2', name: 'x'.repeat(201), list_price: 'abc', category: '不存在', brand: '无名', status: '上架' },
        { row: 5, sku: 'A-1', name: 'dup', list_price: -1, safety_stock: '1.2345', category: '瓶装水' },
        { row: 6, sku: 'OLD-1', name: 'exists', list_price: 1.234, barcode: '690000', shelf_life_days: 0, track_batches: '也许' },
      ],
      lookup,
    );
    const seen = problems.map((p) => `${p.row}:${p.field}:${p.code}`);
    expect(seen).toEqual([
      '3:sku:required',
      '3:name:required',
      '3:list_price:required',
      '4:sku:invalid_code',
      '4:name:too_long',
      '4:category:unknown_category',
      '4:brand:unknown_brand',
      '4:list_price:bad_number',
      '4:status:bad_status',
      '5:sku:duplicate_in_file',
      '5:category:ambiguous_category',
      '5:list_price:negative',
      '5:safety_stock:too_many_decimals',
      '6:sku:sku_exists',
      '6:barcode:barcode_exists',
      '6:list_price:too_many_decimals',
      '6:shelf_life_days:bad_integer',
      '6:track_batches:bad_boolean',
    ]);
    expect(problems.find((p) => p.code === 'duplicate_in_file')?.params).toEqual({ row: 2 });
    expect(problems.find((p) => p.code === 'too_long')?.params).toEqual({ max: 200 });
  });

  it('normalises what it sends: status codes, booleans, numbers', () => {
    const { problems, payload } = validateRows(
      [{ row: 2, sku: 'N-1', name: 'n', list_price: '12.50', status: '停售', track_batches: '是', safety_stock: 3, expiry_alert_days: '15' }],
      lookup,
    );
    expect(problems).toEqual([]);
    expect(payload[0]).toMatchObject({ row: 2, sku: 'N-1', list_price: 12.5, status: 'off_sale', track_batches: true, safety_stock: 3, expiry_alert_days: 15 });
  });
});
