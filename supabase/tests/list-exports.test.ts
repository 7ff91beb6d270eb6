/**
 * Every list export (src/lib/excel/lists.tsx LIST_EXPORTS) runs its first page the way the export
 * button runs it: listExportParams (the list's default filters and sort, permanent filters, tiebreaker),
 * the resource's meta.table, the app's virtual filters, @refinedev/supabase's getList — as admin through
 * PostgREST. Then every column must read something real from the rows: a key (path into embeds) must
 * exist on some row; a `value` function may only read properties that exist on some row; every
 * translation key it asks for must exist (zh-CN and en); and the workbook written from the rows has the
 * columns' titles, one line per row and numeric/date cells where the column says so.
 */
import { RESOURCES } from '../../src/providers/permissions.ts';
import type { SupabaseClient } from '@supabase/supabase-js';
import { dataProvider as supabaseDataProvider, generateFilter } from '@refinedev/supabase';
import type { BaseRecord, CrudFilter, DataProvider } from '@refinedev/core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import i18n from '../../src/i18n/index.ts';
import '../../src/i18n/areas/inventory/index.ts';
import '../../src/i18n/areas/sales/index.ts';
import '../../src/i18n/areas/operations/index.ts';
import '../../src/i18n/areas/reports/index.ts';
import { EXPORT_PAGE_SIZE, listExportParams } from '../../src/lib/excel/list-query.ts';
import { LIST_EXPORTS, type ExportContext, type ListExportKey, type Preset } from '../../src/lib/excel/list-presets.ts';
import type { ExcelColumn } from '../../src/lib/excel/values.ts';
import { sheetBytes } from '../../src/lib/excel/workbook.ts';
import { createExtras } from '../../src/providers/data-provider-extras.ts';
import { defaultParams, REPORTS } from '../../src/components/reports/definitions.ts';
import { periodBuckets, readReport } from '../../src/components/reports/readReport.ts';
import { asUser, signInAs } from './helpers.ts';

type Row = Record<string, unknown>;
const KEYS = Object.keys(LIST_EXPORTS) as ListExportKey[];
const preset = (key: ListExportKey): Preset => LIST_EXPORTS[key];

let client: SupabaseClient;
let provider: DataProvider;
let extras: ReturnType<typeof createExtras>;
let people: { id: string; full_name: string; email: string }[] = [];

beforeAll(async () => {
  client = await signInAs('admin');
  provider = supabaseDataProvider(client);
  extras = createExtras(client, generateFilter);
  const { data, error } = await client.from('profiles').select('id, full_name, email');
  if (error) throw error;
  people = data;
});

/** One page of the export as ExportButton asks the data provider for it (data-provider.ts: meta.table, virtual filters). */
async function exportPage(p: Preset, url: { filters?: CrudFilter[] } = {}, pageSize = EXPORT_PAGE_SIZE) {
  const { filters, sorters, meta } = listExportParams(p, url);
  const params = extras.expandVirtualFilters({ resource: typeof meta.table === 'string' ? meta.table : p.resource, filters, meta });
  const result = await provider.getList<BaseRecord>({
    resource: params.resource!,
    filters: params.filters,
    sorters,
    meta: params.meta,
    pagination: { currentPage: 1, pageSize, mode: 'server' },
  });
  return result.data as Row[];
}

/** Refine's translate over i18next as i18n-provider.ts does it, recording keys that do not exist. */
function translator(lng: 'zh-CN' | 'en', missing: Set<string>) {
  const t = i18n.getFixedT(lng);
  return (key: string, options?: Record<string, unknown>, defaultMessage?: string) => {
    if (i18n.exists(key, { lng })) return t(key, options ?? {}) as string;
    if (defaultMessage === undefined) missing.add(key);
    return defaultMessage ?? key;
  };
}

/** `a.b.c` exists on the row (the last step may be null); intermediate embeds must be objects. */
function resolves(row: Row, key: string): boolean {
  let value: unknown = row;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part)) return false;
    value = (value as Row)[part];
  }
  return true;
}

/** The embeds of a select, by the name they arrive under: `customer:customers(name)` → { customer: {} }. */
type Embeds = { [name: string]: Embeds };
function embedsOf(select: string): Embeds {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < select.length; i++) {
    if (select[i] === '(') depth++;
    else if (select[i] === ')') depth--;
    else if (select[i] === ',' && depth === 0) {
      items.push(select.slice(start, i));
      start = i + 1;
    }
  }
  items.push(select.slice(start));
  const out: Embeds = {};
  for (const item of items) {
    const open = item.indexOf('(');
    if (open < 0) continue;
    const head = item.slice(0, open).trim();
    const name = head.includes(':') ? head.split(':')[0] : head.split('!')[0];
    out[name.trim()] = embedsOf(item.slice(open + 1, item.lastIndexOf(')')));
  }
  return out;
}

/**
 * The row behind proxies that note every property a value function reads of the row and of its
 * embeds: own property → found, absent → missing (inherited ones such as toString are ignored; the
 * inside of json columns is data, not schema, and is not followed). Array elements are `path[]`.
 */
function tracked(value: unknown, path: string, seen: Map<string, boolean>, embeds: Embeds): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => tracked(item, `${path}[]`, seen, embeds));
  return new Proxy(value, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string') return v;
      const own = Object.hasOwn(target, prop);
      if (!own && prop in target) return v;
      const p = path ? `${path}.${prop}` : prop;
      if (prop !== 'toJSON') seen.set(p, (seen.get(p) ?? false) || own);
      return Object.hasOwn(embeds, prop) ? tracked(v, p, seen, embeds[prop]) : v;
    },
  });
}

const isNumericType = (col: ExcelColumn<Row>) => col.type !== undefined && col.type !== 'text';

describe('list exports', () => {
  it('cover every list screen: each resource of the permission table but the dashboard and the report pages', () => {
    const lists = RESOURCES.filter((resource) => resource !== 'dashboard' && resource !== 'reports');
    expect(KEYS.sort()).toEqual([...lists].sort());
  });

  it('select no cost the lists do not show', () => {
    for (const key of KEYS) expect(String(preset(key).meta.select), key).not.toMatch(/cost|cogs|stock_value|gross_profit|margin/);
  });

  describe.each(KEYS)('%s', (key) => {
    let rows: Row[];
    beforeAll(async () => {
      rows = await exportPage(preset(key));
    });

    it('is accepted by PostgREST with its default filters and sort, and finds rows in the seed', () => {
      expect(rows.length).toBeGreaterThan(0);
    });

    it.each(['zh-CN', 'en'] as const)('reads real properties and existing translations (%s)', (lng) => {
      const missing = new Set<string>();
      const t = translator(lng, missing);
      const ctx: ExportContext = {
        personName: (id) => (id ? (people.find((p) => p.id === id)?.full_name ?? id) : t('audit_log.fields.system')),
      };
      const columns = preset(key).columns(t, ctx);
      const seen = new Map<string, boolean>();
      const embeds = embedsOf(String(preset(key).meta.select));
      for (const col of columns) {
        expect(col.title, `${key}.${col.key} title`).not.toMatch(/^excel\./);
        if (col.value) {
          for (const row of rows) col.value(tracked(row, '', seen, embeds) as Row);
        } else {
          expect(rows.some((row) => resolves(row, col.key)), `${key}: column key ${col.key} on the rows`).toBe(true);
        }
      }
      expect([...seen].filter(([, found]) => !found).map(([path]) => path), `${key}: properties read by value functions`).toEqual([]);
      expect([...missing], `${key}: translation keys`).toEqual([]);
    });

    it('writes a workbook with the titles, every row, and numbers / dates where the columns say so', () => {
      const t = translator('zh-CN', new Set());
      const columns = preset(key).columns(t, { personName: (id) => id ?? '' });
      const totals = columns.some((col) => col.total);
      const bytes = sheetBytes({ title: key, columns, rows, totalsLabel: totals ? '合计' : undefined });
      const wb = XLSX.read(bytes, { type: 'array' });
      const ws = wb.Sheets[wb.SheetNames[0]];
      const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
      expect(grid[1]).toEqual(columns.map((col) => col.title));
      expect(grid.length).toBe(2 + rows.length + (totals ? 1 : 0));
      let numericCells = 0;
      columns.forEach((col, c) => {
        const cells = grid.slice(2, 2 + rows.length).map((line) => line[c]);
        // A number / date column read straight from a key holds numbers (value functions may add words such as "no end").
        if (isNumericType(col) && !col.value) expect(cells.filter((v) => v !== null && typeof v !== 'number'), `${key}.${col.key} (${col.type})`).toEqual([]);
        if (isNumericType(col)) numericCells += cells.filter((v) => typeof v === 'number').length;
      });
      if (columns.some(isNumericType)) expect(numericCells).toBeGreaterThan(0);
    });
  });

  it('apply the list URL filters instead of the defaults, and keep the permanent ones', async () => {
    // Payments filtered to refunds (as the list's kind filter puts it in the URL): all negative.
    const refunds = await exportPage(preset('payments'), { filters: [{ field: 'kind', operator: 'eq', value: 'refund' }] });
    expect(refunds.length).toBeGreaterThan(0);
    expect(refunds.every((r) => r.kind === 'refund' && Number(r.amount) < 0)).toBe(true);

    // Batches: a URL without the "in stock" switch shows empty batches too.
    const allBatches = await exportPage(preset('stock_batches'), { filters: [] });
    const inStock = await exportPage(preset('stock_batches'));
    expect(inStock.every((r) => Number(r.qty_on_hand) > 0)).toBe(true);
    expect(allBatches.length).toBeGreaterThanOrEqual(inStock.length);

    // Coupons: used counts only redemptions not voided, whatever the URL says.
    const coupons = await exportPage(preset('coupons'), { filters: [{ field: 'active', operator: 'eq', value: true }] });
    const { data: redemptions, error } = await client.from('coupon_redemptions').select('coupon_id, voided_at');
    if (error) throw error;
    for (const coupon of coupons) {
      const counted = redemptions.filter((r) => r.coupon_id === coupon.id && !r.voided_at).length;
      expect((coupon.coupon_redemptions as { count: number }[])[0].count, String(coupon.code)).toBe(counted);
    }
  });

  it('page without overlap: the tiebreaker makes the order total', async () => {
    const p = preset('sales_orders');
    const { filters, sorters, meta } = listExportParams(p);
    expect(sorters.at(-1)).toEqual({ field: 'id', order: 'asc' });
    const page = async (currentPage: number) =>
      (await provider.getList<BaseRecord>({ resource: 'sales_orders', filters, sorters, meta, pagination: { currentPage, pageSize: 7, mode: 'server' } })).data.map((r) => r.id);
    const [a, b] = await Promise.all([page(1), page(2)]);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});

describe('a report longer than one page', () => {
  // PostgREST cuts every answer at its max rows (1000) without an error; reports ask for all pages
  // (meta.allPages). Pages of 100 here, so that the demo data spans many of them.
  it('arrives whole and in the function\'s order when read page by page', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    const args = { p_from: from, p_to: today, p_granularity: 'day', p_dimension: 'product' };
    const whole = await asUser('admin', async (c) =>
      (await c.query(`select r.period::text, r.dimension_id, r.revenue::float8 from public.report_sales($1, $2, $3, $4) r`, Object.values(args))).rows);
    expect(whole.length).toBeGreaterThan(300);
    const arrived: number[] = [];
    const { data } = await extras.run('custom', {
      url: 'rpc/report_sales',
      method: 'post',
      payload: args,
      meta: { allPages: true, pageSize: 100, onPage: (n: number) => arrived.push(n) },
    }) as { data: Row[] };
    expect(data.map((r) => [r.period, r.dimension_id, Number(r.revenue)])).toEqual(whole.map((r) => [r.period, r.dimension_id, r.revenue]));
    // Progress after each full page: 100, 200, … (the page screen says how many rows have arrived).
    expect(arrived).toEqual(Array.from({ length: Math.floor(whole.length / 100) }, (_, i) => (i + 1) * 100));
    // One page alone is what a plain call would have shown.
    const { data: first } = await client.rpc('report_sales', args).range(0, 99);
    expect(first).toHaveLength(100);
  });

  it('a period report past one page is read one period at a time: the same rows in the same order', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    const def = REPORTS.sales;
    const params = { ...defaultParams(def, today), from, granularity: 'week' as const, dimension: 'product', keys: 0 };
    const whole = await asUser('admin', async (c) =>
      (await c.query(`select r.period::text, r.dimension_id, r.revenue::float8 from public.report_sales($1, $2, 'week', 'product') r`, [from, today])).rows);
    const weeks = periodBuckets(from, today, 'week');
    expect(whole.length).toBeGreaterThan(100);

    const calls: Array<Record<string, unknown>> = [];
    const arrived: number[] = [];
    const data = (await readReport(
      async (args, options) => {
        calls.push(args);
        const meta = options.allPages ? { allPages: true, pageSize: 100, onPage: options.onPage } : undefined;
        return ((await extras.run('custom', { url: 'rpc/report_sales', method: 'post', payload: args, meta })) as { data: unknown }).data;
      },
      def,
      params,
      (n) => arrived.push(n),
      100,
    )) as Row[];
    expect(data.map((r) => [r.period, r.dimension_id, Number(r.revenue)])).toEqual(whole.map((r) => [r.period, r.dimension_id, r.revenue]));
    // A first call over the whole range (more than a page), then one period per call: first week clipped to `from`.
    expect(calls[0]).toMatchObject({ p_from: from, p_to: today });
    expect(calls.slice(1).map((a) => ({ from: a.p_from, to: a.p_to }))).toEqual(weeks);
    expect(arrived.at(-1)).toBe(whole.length);
    expect([...arrived].sort((a, b) => a - b)).toEqual(arrived);
  });

  it('cuts a range into the periods the report RPCs use', () => {
    expect(periodBuckets('2026-02-25', '2026-03-10', 'week')).toEqual([
      { from: '2026-02-25', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-08' },
      { from: '2026-03-09', to: '2026-03-10' },
    ]);
    expect(periodBuckets('2025-12-15', '2026-02-03', 'month')).toEqual([
      { from: '2025-12-15', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-03' },
    ]);
    expect(periodBuckets('2026-02-27', '2026-03-01', 'day').map((b) => b.from)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});
