/**
 * Dashboard and reports in a real browser (Debian's Chromium, the production build): finance signs in and
 * sees the KPIs and charts, every report page opens with a table of data, the expiry report pages through
 * its batches, and the exports download an xlsx whose title and totals match the report RPC.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { reportsZhCN as rz } from '../i18n/areas/reports/zh-CN.ts';
import { REPORT_KEYS } from '../components/reports/definitions.ts';
import { signInAs as apiSignIn, sql } from '../../supabase/tests/helpers.ts';
import '../test/stack-info.ts';
import { buttonName, poll, signIn } from '../test/ui.ts';

const stack = inject('stack');

describe.skipIf(!stack?.appUrl)('dashboard and reports (browser)', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'report-download-'));

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = await browser.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finance sees the KPIs (with gross profit) and the charts on the dashboard', { timeout: 90_000 }, async () => {
    await signIn(page, stack.appUrl, 'finance');
    await page.locator('[data-testid=dashboard-kpis]').waitFor();
    await expect(page.locator('[data-testid=kpi-month-revenue]').textContent()).resolves.toMatch(/¥\s*[\d,]+\.\d{2}/);
    await page.locator('[data-testid=kpi-month-gross_profit]').waitFor();
    await page.locator('[data-testid=dashboard-trend] canvas').first().waitFor();
    await page.locator('[data-testid=dashboard-alerts]').waitFor();
    await expect(page.locator('[data-testid=dashboard-alerts]').textContent()).resolves.toContain(rz.dashboard_kpis.alerts);
  });

  it('opens every report from the reports landing page, each with a table of data', { timeout: 240_000 }, async () => {
    await page.goto(`${stack.appUrl}/reports`);
    await page.locator('[data-testid=reports-landing]').waitFor();
    for (const key of REPORT_KEYS) {
      await page.goto(`${stack.appUrl}/reports/${key}`);
      await poll(() => page.locator('[data-testid=report-title]').textContent()).toBe(rz.reports.names[key]);
      await poll(() => page.locator('[data-testid=report-table] .ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    }
    // Navigation inside the section: the side list.
    await page.locator('[data-testid=reports-nav]').getByText(rz.reports.names.profit).click();
    await poll(() => page.url()).toContain('/reports/profit');
  });

  it('by customer shows the top 10 of each period and one row for the others; "all" shows every customer', { timeout: 120_000 }, async () => {
    const [{ today, from }] = await sql<{ today: string; from: string }>(
      `select to_char(private.business_date(), 'YYYY-MM-DD') as today, to_char(private.business_date() - 89, 'YYYY-MM-DD') as from`,
    );
    await page.goto(`${stack.appUrl}/reports/sales?from=${from}&to=${today}&granularity=month&dimension=customer&keys=10`);
    await poll(() => page.locator('[data-testid=report-table] .ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);

    const finance = await apiSignIn('finance');
    const { data, error } = await finance.rpc('report_sales', { p_from: from, p_to: today, p_granularity: 'month', p_dimension: 'customer' });
    expect(error).toBeNull();
    await finance.auth.signOut();
    const perPeriod = new Map<string, number>();
    for (const r of data as { period: string }[]) perPeriod.set(r.period, (perPeriod.get(r.period) ?? 0) + 1);
    const crowded = [...perPeriod.values()].filter((n) => n > 10).length;
    expect(crowded).toBeGreaterThan(0);
    const shown = [...perPeriod.values()].reduce((sum, n) => sum + Math.min(n, 10) + (n > 10 ? 1 : 0), 0);
    expect(shown).toBeLessThanOrEqual(50);
    const rowsLabel = (count: number) => rz.reports.rows.replace('{{count}}', String(count));
    await poll(() => page.getByText(rowsLabel(shown), { exact: true }).count()).toBe(1);
    const othersRow = new RegExp(rz.reports.others.replace('{{count}}', '\\d+'));
    await poll(() => page.locator('[data-testid=report-table] tr.ant-table-row', { hasText: othersRow }).count()).toBe(crowded); // one page: shown ≤ 50

    await page.locator('[data-testid=report-keys]').click();
    await page.locator('.ant-select-item-option', { hasText: rz.reports.filters.allKeys }).click();
    await poll(() => page.url()).toContain('keys=0');
    await poll(() => page.getByText(rowsLabel((data as unknown[]).length), { exact: true }).count()).toBe(1);
    await poll(() => page.locator('[data-testid=report-table] tr.ant-table-row', { hasText: othersRow }).count()).toBe(0);
  });

  it('expiry shows one page at a time with totals of every batch; its export holds every batch', { timeout: 120_000 }, async () => {
    const finance = await apiSignIn('finance');
    const { data, error } = await finance.rpc('report_expiry', { p_days: 365 });
    expect(error).toBeNull();
    await finance.auth.signOut();
    const batches = data as { sku: string; warehouse_name: string; batch_no: string; value_at_risk: number }[];
    expect(batches.length).toBeGreaterThan(20); // more than one page of 20
    const valueCents = batches.reduce((s, r) => s + Math.round(Number(r.value_at_risk) * 100), 0);
    const money = `¥${(valueCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const rowText = (r: (typeof batches)[number]) => [r.sku, r.warehouse_name, r.batch_no];
    const firstRowCells = async () => {
      const cells = await page.locator('[data-testid=report-table] .ant-table-tbody tr.ant-table-row').first().locator('td').allTextContents();
      return [cells[0], cells[2], cells[3]];
    };

    await page.goto(`${stack.appUrl}/reports/expiry?days=365&size=20`);
    await poll(() => page.getByText(rz.reports.rows.replace('{{count}}', String(batches.length)), { exact: true }).count()).toBe(1);
    await poll(() => page.locator('[data-testid=report-table] .ant-table-tbody tr.ant-table-row').count()).toBe(20);
    await poll(firstRowCells).toEqual(rowText(batches[0]));
    // The totals row sums every batch, not the page.
    await poll(() => page.locator('[data-testid=report-totals]').textContent()).toContain(money);

    await page.locator('.ant-pagination-item-2').click(); // the report's only table
    await poll(() => page.url()).toContain('page=2');
    await poll(firstRowCells).toEqual(rowText(batches[20]));
    await poll(() => page.locator('[data-testid=report-totals]').textContent()).toContain(money);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName(rz.excel.export) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${rz.reports.names.expiry}.*\\.xlsx$`));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true });
    expect(aoa).toHaveLength(batches.length + 3); // title, header, every batch, totals
    const valueCol = (aoa[1] as string[]).indexOf(rz.reports.fields.value_at_risk);
    expect(valueCol).toBeGreaterThan(0);
    expect(aoa[batches.length + 2][valueCol]).toBeCloseTo(valueCents / 100, 2);
  });

  it('exports the sales report: the downloaded workbook has the title and the figures of the RPC', { timeout: 120_000 }, async () => {
    const [{ today }] = await sql<{ today: string }>(`select to_char(private.business_date(), 'YYYY-MM-DD') as today`);
    const from = `${today.slice(0, 8)}01`;
    await page.goto(`${stack.appUrl}/reports/sales?from=${from}&to=${today}&granularity=day&dimension=none`);
    await poll(() => page.locator('[data-testid=report-table] .ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName(rz.excel.export) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`销售报表_${from}_${today}.xlsx`);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);

    const wb = XLSX.read(readFileSync(file), { type: 'buffer', cellDates: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true });
    expect(String(aoa[0][0])).toContain('销售报表');
    expect(String(aoa[0][0])).toContain(`${from} ~ ${today}`);
    const header = aoa[1] as string[];
    const revenueCol = header.indexOf(rz.reports.fields.revenue);
    expect(revenueCol).toBeGreaterThan(0);

    const finance = await apiSignIn('finance');
    const { data, error } = await finance.rpc('report_sales', { p_from: from, p_to: today, p_granularity: 'day', p_dimension: 'none' });
    expect(error).toBeNull();
    const rows = data as { period: string; revenue: number }[];
    expect(aoa).toHaveLength(rows.length + 3); // title, header, rows, totals
    const cell = XLSX.utils.encode_cell({ r: 2, c: revenueCol });
    expect(ws[cell].t).toBe('n');
    expect(ws[cell].v).toBeCloseTo(Number(rows[0].revenue), 2);
    const totals = aoa[rows.length + 2];
    expect(totals[0]).toBe(rz.reports.total);
    const sum = rows.reduce((s, r) => s + Math.round(Number(r.revenue) * 100), 0) / 100;
    expect(totals[revenueCol]).toBeCloseTo(sum, 2);
    await finance.auth.signOut();
  });

  it('a warehouse keeper sees expiry without costs: quantities summed, no value total, a chart', { timeout: 90_000 }, async () => {
    await signIn(page, stack.appUrl, 'warehouse');
    await page.goto(`${stack.appUrl}/reports/expiry?days=365&size=20`);
    await poll(() => page.locator('[data-testid=report-table] .ant-table-tbody tr.ant-table-row').count()).toBe(20);
    const totals = page.locator('[data-testid=report-totals] td');
    await poll(async () => (await totals.allTextContents()).at(-1)).toBe('—'); // value at risk: hidden, not ¥0.00
    await poll(async () => (await totals.allTextContents()).at(-3)).toMatch(/^[\d,]+(\.\d+)?$/); // quantity: summed
    await page.locator('[data-testid=report-chart] canvas').first().waitFor();
  });
});
