import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { referenceSheetBytes } from './reference.ts';
import { excelFileName, FORMATS, frozenRows, sheetBytes, type SheetSpec } from './workbook.ts';

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
    const empty = readBack(sheetBytes({ ...spec, rows: [] })).ws;
    expect(empty.A2.v).toBe('期间');
    expect(empty.A3.v).toBe('合计');
    expect(empty.C3).toMatchObject({ t: 'n', v: 0 });
    expect(empty.C3.f).toBeUndefined();
  });

  it('writes a file that reads back cell for cell like the one SheetJS writes cell by cell', () => {
    const tricky: Row[] = [
      ...rows,
      { day: 'not a date', name: ' A & B <c> "d" \'e\'\t', orders: 0, units: 'n/a', revenue: -12.345, margin: -0.5 },
      { day: '2026-02-28T20:00:00Z', name: 'line 1\nline 2\r\nline 3', orders: -7, units: 1e-7, revenue: 1e21, margin: 0 },
      { day: '', name: 'ctrl \u0001\u001f end _x0041_ 😀 \ufffe', orders: 2 ** 31, units: 0, revenue: '', margin: 1 },
      { day: '2026-11-15', name: '', orders: null as unknown as number, units: '', revenue: null as unknown as number, margin: null },
    ];
    const withTricky = { ...spec, rows: tricky, columns: [...spec.columns, { key: 'day', title: '时间', type: 'datetime' as const }] };
    const fast = readBack(sheetBytes(withTricky));
    const reference = readBack(referenceSheetBytes(withTricky));
    const pick = (cell: XLSX.CellObject | undefined) => cell && { t: cell.t, v: cell.v instanceof Date ? cell.v.toISOString() : cell.v, z: cell.z, f: cell.f, w: cell.w };
    expect(fast.ws['!ref']).toBe(reference.ws['!ref']);
    const range = XLSX.utils.decode_range(fast.ws['!ref']!);
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++) {
        const address = XLSX.utils.encode_cell({ r, c });
        // SheetJS's writer loses a literal `_x0041_` (it reads back as "A") and U+FFFE: checked against the text below.
        if (address === 'B8') continue;
        expect(pick(fast.ws[address]), address).toEqual(pick(reference.ws[address]));
      }
    }
    expect(fast.ws.B6.v).toBe(tricky[3].name); // markup, quotes, a tab and white space at both ends
    expect(fast.ws.B7.v).toBe(tricky[4].name.replace(/\r\n/g, '\n')); // line breaks (SheetJS reads CR LF as LF)
    expect(fast.ws.B8.v).toBe(tricky[5].name); // control characters, a literal _x0041_, an emoji, U+FFFE
    expect(fast.ws.A6).toMatchObject({ t: 's', v: 'not a date' });
    expect(fast.ws.D6).toMatchObject({ t: 's', v: 'n/a' });
    expect(fast.ws.E7).toMatchObject({ t: 'n', v: 1e21 });
    expect(fast.ws.B9).toBeUndefined(); // empty text stays empty
    expect(fast.ws['!merges']).toEqual(reference.ws['!merges']);
    expect(fast.ws['!cols']?.map((c) => c.wch)).toEqual(reference.ws['!cols']?.map((c) => c.wch));
    expect(fast.ws['!rows']?.[0]).toMatchObject({ hpt: 24 });
    expect(fast.wb.Props?.Title).toBe('销售报表');
    expect(fast.wb.SheetNames).toEqual(reference.wb.SheetNames);
  });

  it('keeps one shared string per distinct text, with the counts Excel expects', () => {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    const part = (name: string) => new TextDecoder().decode(cfb.FileIndex[cfb.FullPaths.findIndex((p: string) => p.endsWith(name))].content as Uint8Array);
    const sst = part('/xl/sharedStrings.xml');
    const sheet = part('/xl/worksheets/sheet1.xml');
    const unique = (sst.match(/<si>/g) ?? []).length;
    const used = (sheet.match(/ t="s"/g) ?? []).length;
    expect(sst).toContain(`count="${used}" uniqueCount="${unique}"`);
    expect(unique).toBe(1 + 6 + 3 + 1); // title, headers, names, totals label
    expect(sheet).toMatch(/<dimension ref="A1:F6"\/>/);
    expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
  });

  it('writes 100 000 rows that read back with their count, types and totals', { timeout: 180_000 }, () => {
    const n = 100_000;
    const many: Row[] = Array.from({ length: n }, (_, i) => ({
      day: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      name: `商品 ${i % 1000}`,
      orders: i,
      units: i % 10 === 0 ? '0.5' : i % 7,
      revenue: Math.round(((i * 7919) % 100_000) + 13) / 100,
      margin: i % 5 === 0 ? null : 0.25,
    }));
    const out = sheetBytes({ ...spec, rows: many });
    expect(frozenRows(out)).toBe(2);
    const wb = XLSX.read(out, { type: 'array', dense: true, cellDates: true, cellNF: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const data = (ws as unknown as { '!data': XLSX.CellObject[][] })['!data'];
    expect(ws['!ref']).toBe(`A1:F${n + 3}`);
    expect(data).toHaveLength(n + 3);
    expect(data[1].map((c) => c.v)).toEqual(['期间', '商品', '订单数', '数量', '销售额', '毛利率']);
    let revenueCents = 0;
    let units = 0;
    const wrong: string[] = [];
    const check = (i: number, c: number, ok: boolean) => {
      if (!ok && wrong.length < 10) wrong.push(`${XLSX.utils.encode_cell({ r: i + 2, c })}: ${JSON.stringify(data[i + 2][c])}`);
    };
    for (let i = 0; i < n; i++) {
      const row = data[i + 2];
      const is = (c: number, v: unknown, z: string) => row[c]?.t === 'n' && row[c].v === v && row[c].z === z;
      check(i, 0, row[0]?.t === 'd' && row[0].z === FORMATS.date);
      check(i, 1, row[1]?.t === 's' && row[1].v === many[i].name);
      check(i, 2, is(2, i, FORMATS.integer));
      check(i, 3, is(3, Number(many[i].units), FORMATS.quantity));
      check(i, 4, is(4, many[i].revenue, FORMATS.money));
      check(i, 5, many[i].margin === null ? row[5] === undefined : is(5, 0.25, FORMATS.percent));
      revenueCents += Math.round(Number(many[i].revenue) * 100);
      units += Number(many[i].units);
    }
    expect(wrong).toEqual([]);
    expect((data[n + 1][0].v as Date).toISOString().slice(0, 10)).toBe(many[n - 1].day);
    const totals = data[n + 2];
    expect(totals[0].v).toBe('合计');
    expect(totals[2]).toMatchObject({ t: 'n', v: (n * (n - 1)) / 2, f: `SUM(C3:C${n + 2})`, z: FORMATS.integer });
    expect(totals[3]).toMatchObject({ t: 'n', v: Math.round(units * 1000) / 1000, f: `SUM(D3:D${n + 2})`, z: FORMATS.quantity });
    expect(Math.round(Number(totals[4].v) * 100)).toBe(revenueCents);
    expect(totals[4]).toMatchObject({ f: `SUM(E3:E${n + 2})`, z: FORMATS.money });
  });
});
