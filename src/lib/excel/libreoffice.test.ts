/**
 * A report workbook read back the way a user's spreadsheet reads it: finance calls report_sales on the test
 * stack, the page's export code writes the xlsx, LibreOffice (headless) converts it to CSV, and every figure
 * matches the RPC to the cent — rows and totals. The CSV is written as shown on screen (UTF-8): "¥1,234.50",
 * dates as 2026-11-01. LibreOffice is required (CI installs libreoffice-calc-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { reportsZhCN } from '../../i18n/areas/reports/zh-CN.ts';
import { defaultParams, REPORTS, reportSheet, type ReportParams, type Row } from '../../components/reports/definitions.ts';
import { signInAs, sql } from '../../../supabase/tests/helpers.ts';
import { excelFileName, sheetBytes, type SheetSpec } from './workbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Minimal CSV parser (quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** "¥1,234.56" / "35.75%" / "1,234" → number (as LibreOffice shows it). */
const shown = (text: string) => {
  const n = Number(text.replace(/[¥,%\s]/g, ''));
  return text.trim().endsWith('%') ? n / 100 : n;
};
const cents = (v: unknown) => Math.round(Number(v) * 100);

/** Converts an xlsx to CSV with LibreOffice (headless) and returns its non-empty rows. */
function libreOfficeCsv(name: string, bytes: Uint8Array): string[][] {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, file], { stdio: 'pipe', timeout: 150_000 });
  return parseCsv(readFileSync(join(dir, `${name}.csv`), 'utf8')).filter((r) => r.some((c) => c !== ''));
}

describe('report workbook read back by LibreOffice', () => {
  it('has the RPC figures to the cent, real dates and a totals row equal to the sums', { timeout: 180_000 }, async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: reportsZhCN } }, interpolation: { escapeValue: false } });
    const translate = (key: string, options?: Record<string, unknown>) => t.t(key, options ?? {}) as string;

    const [{ today }] = await sql<{ today: string }>(`select to_char(private.business_date(), 'YYYY-MM-DD') as today`);
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const def = REPORTS.sales;
    const params: ReportParams = { ...defaultParams(def, today), from, granularity: 'day', dimension: 'none' };
    const finance = await signInAs('finance');
    const { data, error } = await finance.rpc(def.rpc, def.args(params));
    expect(error).toBeNull();
    const rows = def.rows(data) as Row[];
    expect(rows.length).toBeGreaterThan(0); // the seed has 90 days of orders

    const spec = reportSheet(def, translate, params, rows);
    const name = excelFileName(spec.title, spec.period);
    expect(name).toBe(`销售报表_${from}_${today}.xlsx`);
    const csv = libreOfficeCsv('sales', sheetBytes(spec));

    expect(csv[0][0]).toContain('销售报表');
    expect(csv[0][0]).toContain(`${from} ~ ${today}`);
    const header = csv[1];
    const col = (key: string) => header.indexOf(translate(`reports.fields.${key}`));
    expect(header[0]).toBe('期间');
    const body = csv.slice(2, 2 + rows.length);
    const totals = csv[2 + rows.length];
    expect(csv).toHaveLength(3 + rows.length);

    rows.forEach((r, i) => {
      expect(body[i][0], 'date shown as a date').toBe(String(r.period));
      expect(shown(body[i][col('orders')])).toBe(Number(r.orders));
      for (const key of ['revenue', 'discounts', 'returns', 'cogs', 'gross_profit']) {
        expect(body[i][col(key)], `${key} formatted as money`).toMatch(/^-?¥/);
        expect(cents(shown(body[i][col(key)])), `${r.period} ${key}`).toBe(cents(r[key]));
      }
    });
    expect(totals[0]).toBe('合计');
    for (const key of ['revenue', 'discounts', 'returns', 'cogs', 'gross_profit']) {
      const sum = rows.reduce((s, r) => s + cents(r[key]), 0);
      expect(cents(shown(totals[col(key)])), `total ${key}`).toBe(sum);
    }
    expect(shown(totals[col('orders')])).toBe(rows.reduce((s, r) => s + Number(r.orders), 0));
    await finance.auth.signOut();
  });

  it('reads text, formats, dates and totals of a written sheet the way they were given', { timeout: 180_000 }, () => {
    type Line = { day: string; text: string; qty: number | string; amount: number; rate: number | null };
    const lines: Line[] = [
      { day: '2026-11-01', text: 'A & B <c> "quoted", comma', qty: 1.5, amount: 1234.5, rate: 0.125 },
      { day: '2026-11-02', text: 'literal _x0041_ · 纯牛奶 😀', qty: '2', amount: -0.1, rate: null },
      { day: '2026-11-03', text: 'ctrl\u0001char', qty: 3, amount: 0.2, rate: 1 },
    ];
    const spec: SheetSpec<Line> = {
      title: '导出测试',
      generatedAt: new Date('2026-11-27T11:30:00Z'),
      totalsLabel: '合计',
      columns: [
        { key: 'day', title: '日期', type: 'date' },
        { key: 'text', title: '文本', type: 'text' },
        { key: 'qty', title: '数量', type: 'quantity', total: 'sum' },
        { key: 'amount', title: '金额', type: 'money', total: 'sum' },
        { key: 'rate', title: '比例', type: 'percent' },
      ],
      rows: lines,
    };
    const csv = libreOfficeCsv('text', sheetBytes(spec));
    expect(csv).toHaveLength(6);
    expect(csv[0][0]).toBe('导出测试　生成时间 2026-11-27 19:30');
    expect(csv[1]).toEqual(['日期', '文本', '数量', '金额', '比例']);
    expect(csv[2]).toEqual(['2026-11-01', 'A & B <c> "quoted", comma', '1.500', '¥1,234.50', '12.50%']);
    expect(csv[3]).toEqual(['2026-11-02', 'literal _x0041_ · 纯牛奶 😀', '2.000', '-¥0.10', '']);
    expect(csv[4][0]).toBe('2026-11-03');
    expect(csv[4][1]).toMatch(/^ctrl.?char$/u); // the control character is kept or dropped, the text around it stays
    expect(csv[4].slice(2)).toEqual(['3.000', '¥0.20', '100.00%']);
    expect(csv[5]).toEqual(['合计', '', '6.500', '¥1,234.60', '']);
  });
});
