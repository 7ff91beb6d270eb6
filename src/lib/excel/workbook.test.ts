import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildWorkbook, excelFileName, FORMATS, frozenRows, sheetBytes, workbookBytes, type SheetSpec } from './workbook.ts';

type Row = { day: string; name: string; orders: number; units: number | string; revenue: number | string; margin: number | null };

const rows: Row[] = [
  { day: '2026-11-01', name: '矿泉水', orders: 3, units: 12, revenue: 0.1, margin: 0.25 },
  { day: '2026-11-02', name: 'Milk', orders: 1, units: '2.5', revenue: '0.2', margin: null },
  { day: '2026-11-30', name: '纯牛奶 1L', orders: 10, units: 7, revenue: 1234567.89, margin: 0.1 },
];

const spec: SheetSpec<Row> = {
  title: '销售报表',
  period: { from: '2026-11-01', to: '2026-11-30' },
  subtitle: '按商品',
  generatedAt: new Date('2026-11-27T11:30:00Z'),
  totalsLabel: '合计',
  columns: [
    { key: 'day', title: '期间', type: 'date' },
    { key: 'name', title: '商品', type: 'text' },
    { key: 'orders', title: '订单数', type: 'integer', total: 'sum' },
    { key: 'units', title: '数量', type: 'quantity', total: 'sum' },
    { key: 'revenue', title: '销售额', type: 'money', total: 'sum' },
    { key: 'margin', title: '毛利率', type: 'percent', total: (s) => (s.revenue ? s.orders / 100 : null) },
  ],
  rows,
};

function readBack(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true, cellStyles: true });
  return { wb, ws: wb.Sheets[wb.SheetNames[0]] };
}

describe('workbook builder', () => {
  const bytes = sheetBytes(spec);
  const { wb, ws } = readBack(bytes);

  it('writes a title row with the report name, period and generation time', () => {
    expect(wb.SheetNames[0]).toBe('销售报表');
    const title = String(ws.A1.v);
    expect(title).toContain('销售报表');
    expect(title).toContain('按商品');
    expect(title).toContain('2026-11-01 ~ 2026-11-30');
    expect(title).toContain('2026-11-27 19:30'); // Asia/Shanghai
    expect(ws['!merges']?.[0]).toEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } });
  });

  it('writes the header row', () => {
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2'].map((a) => ws[a].v)).toEqual(['期间', '商品', '订单数', '数量', '销售额', '毛利率']);
  });

  it('writes numbers as numeric cells with number and currency formats', () => {
    expect(ws.C3).toMatchObject({ t: 'n', v: 3, z: FORMATS.integer });
    expect(ws.E3).toMatchObject({ t: 'n', v: 0.1, z: FORMATS.money });
    expect(ws.E4).toMatchObject({ t: 'n', v: 0.2 }); // a numeric string from PostgREST becomes a number
    expect(ws.E5).toMatchObject({ t: 'n', v: 1234567.89 });
    expect(ws.E5.w).toBe('¥1,234,567.89');
    expect(ws.D4).toMatchObject({ t: 'n', v: 2.5, z: FORMATS.quantity });
    expect(ws.F3).toMatchObject({ t: 'n', v: 0.25, z: FORMATS.percent });
    expect(ws.F3.w).toBe('25.00%');
    expect(ws.F4).toBeUndefined(); // null stays empty, not "null" or 0
    expect(ws.B3).toMatchObject({ t: 's', v: '矿泉水' });
  });

  it('writes dates as real dates', () => {
    expect(ws.A3.t).toBe('d');
    expect((ws.A3.v as Date).toISOString().slice(0, 10)).toBe('2026-11-01');
    expect(ws.A5.z).toBe(FORMATS.date);
    expect(ws.A5.w).toBe('2026-11-30');
  });

  it('adds a totals row equal to the sum of the column', () => {
    expect(ws.A6.v).toBe('合计');
    expect(ws.C6).toMatchObject({ t: 'n', v: 14, f: 'SUM(C3:C5)' });
    expect(ws.D6.v).toBe(21.5);
    expect(ws.E6.v).toBe(Math.round((0.1 + 0.2 + 1234567.89) * 100) / 100);
    expect(ws.E6.f).toBe('SUM(E3:E5)');
    expect(ws.F6.v).toBe(0.14); // computed total
    expect(ws['!ref']).toBe('A1:F6');
  });

  it('freezes the title and header rows', () => {
    expect(frozenRows(bytes)).toBe(2);
  });

  it('sets column widths (wider for longer and CJK content)', () => {
    const cols = ws['!cols'] ?? [];
    expect(cols).toHaveLength(6);
    for (const col of cols) expect(col.wch ?? col.wpx ?? col.width).toBeGreaterThan(0);
    expect(cols[1].wch!).toBeGreaterThanOrEqual(10); // 纯牛奶 1L = 9 display columns
  });

  it('names the file with the report name and period', () => {
    expect(excelFileName('销售报表', { from: '2026-11-01', to: '2026-11-30' })).toBe('销售报表_2026-11-01_2026-11-30.xlsx');
    expect(excelFileName('商品 列表', undefined, new Date('2026-11-27T20:00:00Z'))).toBe('商品_列表_2026-11-28.xlsx');
  });

  it('writes an empty report with its header and no SUM over nothing', () => {
    const empty = readBack(workbookBytes(buildWorkbook({ ...spec, rows: [] }))).ws;
    expect(empty.A2.v).toBe('期间');
    expect(empty.A3.v).toBe('合计');
    expect(empty.C3).toMatchObject({ t: 'n', v: 0 });
    expect(empty.C3.f).toBeUndefined();
  });

  it('writes 20 000 rows quickly (dense mode)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...rows[i % 3], orders: i }));
    const start = performance.now();
    const out = sheetBytes({ ...spec, rows: many });
    expect(performance.now() - start).toBeLessThan(10_000);
    const back = readBack(out).ws;
    expect(back.C20002.v).toBe(19_999);
  });
});
