/**
 * The eight report pages, declared once: which RPC, which parameters (period, granularity, dimension,
 * warehouse, days…), the columns (shared by the on-screen table and the Excel file, so both show the
 * same figures), the totals and the chart. Pure TS (no React): the LibreOffice test and the bench use it
 * in Node.
 */
import type { ExcelColumn, SheetSpec } from '../../lib/excel/values.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const REPORT_KEYS = ['sales', 'profit', 'inventory', 'turnover', 'days-of-cover', 'replenishment', 'expiry', 'customers'] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];
export type Granularity = 'day' | 'week' | 'month';
export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

export type ReportParams = {
  from: string;
  to: string;
  granularity: Granularity;
  dimension: string;
  warehouseId?: string;
  /** expiry: within N days */
  days: number;
  /** replenishment: lead time in days */
  leadTime: number;
  /** customers: top N */
  topN: number;
  /** Period reports by product or customer: keys shown per period (the rest on one row); 0 = all. */
  keys: number;
  /** Paged reports: the table page (1-based) and rows per page. */
  page: number;
  pageSize: number;
};

export const PAGE_SIZES = [20, 50, 100] as const;

export type Row = Record<string, unknown>;

export type ChartSpec =
  | { kind: 'line' | 'column'; data: Row[]; xField: string; yField: string; colorField?: string; money?: boolean }
  | { kind: 'bar'; data: Row[]; xField: string; yField: string; money?: boolean }
  | { kind: 'pie'; data: Row[]; angleField: string; colorField: string; money?: boolean };

export type ReportDefinition = {
  key: ReportKey;
  rpc: string;
  /** Which pickers the page shows. */
  period: boolean;
  granularity: boolean;
  dimensions: readonly string[];
  warehouse: boolean;
  days?: boolean;
  leadTime?: boolean;
  topN?: boolean;
  /** By a dimension with many keys (MANY_KEYS), show the top `keys` per period and one row for the others. */
  keysPerPeriod?: boolean;
  args: (p: ReportParams) => Record<string, unknown>;
  /** The RPC returns table rows (possibly more than PostgREST's max rows: read in pages), not one JSON value. */
  tableRows: boolean;
  /**
   * Too many rows to read for the screen: the table asks the RPC for one page (p_limit / p_offset, in the
   * RPC's own order), the chart and the totals row come from `summaryRpc` (same arguments; rows with the
   * columns the chart and totals use) and `count` of its rows is the table's length. The Excel export
   * still reads every row.
   */
  paged?: { summaryRpc: string; count: (summary: Row[]) => number };
  /** The table rows of the RPC's answer. */
  rows: (data: unknown) => Row[];
  columns: (t: Translate, p: ReportParams) => ExcelColumn<Row>[];
  /** Whether a totals row makes sense. */
  totals: boolean;
  chart: (rows: Row[], t: Translate, p: ReportParams) => ChartSpec | null;
};

const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : 0);
const ratio = (a: number, b: number) => (b ? a / b : null);

const f = (t: Translate, name: string) => t(`reports.fields.${name}`);
const money = (t: Translate, key: string): ExcelColumn<Row> => ({ key, title: f(t, key), type: 'money', total: 'sum' });
const qty = (t: Translate, key: string, total = true): ExcelColumn<Row> => ({ key, title: f(t, key), type: 'quantity', ...(total ? { total: 'sum' as const } : {}) });

/** Period + dimension columns of the period reports. */
function keyColumns(t: Translate, p: ReportParams, withPeriod: boolean): ExcelColumn<Row>[] {
  const cols: ExcelColumn<Row>[] = [];
  if (withPeriod) cols.push({ key: 'period', title: f(t, 'period'), type: 'date' });
  if (p.dimension !== 'none') {
    if (p.dimension !== 'category') {
      cols.push({ key: 'dimension_code', title: t(`reports.codes.${p.dimension}`), type: 'text' });
    }
    cols.push({
      key: 'dimension_name',
      title: t(`reports.dimensions.${p.dimension}`),
      type: 'text',
      value: (r) => (r.others != null ? t('reports.others', { count: r.others }) : (r.dimension_name ?? t('reports.none'))),
    });
  }
  return cols;
}

/** Sums a value per x (e.g. revenue per period over every dimension value). */
function sumBy(rows: Row[], x: string, y: string): Row[] {
  const map = new Map<string, number>();
  for (const r of rows) map.set(String(r[x]), (map.get(String(r[x])) ?? 0) + num(r[y]));
  return [...map].map(([k, v]) => ({ [x]: k, [y]: Math.round(v * 100) / 100 }));
}

/** Top n dimension values by a measure over the whole period. */
function topBy(rows: Row[], y: string, n: number, t: Translate): Row[] {
  const named = rows.filter((r) => r.others == null).map((r) => ({ ...r, dimension_name: r.dimension_name ?? t('reports.none') }));
  return sumBy(named, 'dimension_name', y)
    .sort((a, b) => num(b[y]) - num(a[y]))
    .slice(0, n);
}

/** A period chart (one measure or two as series) or, with a dimension, the top values. */
function periodChart(rows: Row[], t: Translate, p: ReportParams, measures: string[]): ChartSpec | null {
  if (!rows.length) return null;
  if (p.dimension !== 'none') return { kind: 'bar', data: topBy(rows, measures[0], 15, t), xField: 'dimension_name', yField: measures[0], money: true };
  const data: Row[] = [];
  for (const m of measures) {
    for (const r of sumBy(rows, 'period', m)) data.push({ period: r.period, value: r[m], measure: f(t, m) });
  }
  return { kind: p.granularity === 'day' ? 'line' : 'column', data, xField: 'period', yField: 'value', colorField: 'measure', money: true };
}

const PERIOD_DIMENSIONS = ['none', 'product', 'category', 'salesperson', 'customer', 'warehouse'] as const;
/** Dimensions with thousands of keys: a period report by them shows the top keys of each period. */
export const MANY_KEYS: readonly string[] = ['product', 'customer'];

const topKeysOnly = (p: ReportParams) => MANY_KEYS.includes(p.dimension) && p.keys > 0;
/** Whether the report shows only the top keys of each period, given its parameters. */
export const limitsKeys = (def: ReportDefinition, p: ReportParams) => Boolean(def.keysPerPeriod) && topKeysOnly(p);
/** Arguments of the period reports (keysPerPeriod): by a dimension with many keys, the top `keys` of each period. */
const periodArgs = (p: ReportParams) => ({
  p_from: p.from,
  p_to: p.to,
  p_granularity: p.granularity,
  p_dimension: p.dimension,
  ...(topKeysOnly(p) ? { p_top: p.keys } : {}),
});

/** The table rows of an RPC that returns a table. */
const rowsOfTable = (data: unknown): Row[] => (Array.isArray(data) ? (data as Row[]) : []);

/** What the sales and profit reports share: period, granularity, every dimension, top keys per period. */
const PERIOD_REPORT = {
  period: true,
  granularity: true,
  dimensions: PERIOD_DIMENSIONS,
  warehouse: false,
  keysPerPeriod: true,
  args: periodArgs,
  tableRows: true,
  rows: rowsOfTable,
} satisfies Partial<ReportDefinition>;

export const REPORTS: Record<ReportKey, ReportDefinition> = {
  sales: {
    key: 'sales',
    rpc: 'report_sales',
    ...PERIOD_REPORT,
    columns: (t, p) => [
      ...keyColumns(t, p, true),
      { key: 'orders', title: f(t, 'orders'), type: 'integer', total: 'sum' },
      qty(t, 'units'),
      money(t, 'revenue'),
      money(t, 'discounts'),
      money(t, 'returns'),
      money(t, 'cogs'),
      money(t, 'gross_profit'),
      { key: 'margin', title: f(t, 'margin'), type: 'percent', total: (s) => ratio(s.gross_profit, s.revenue) },
    ],
    totals: true,
    chart: (rows, t, p) => periodChart(rows, t, p, ['revenue', 'gross_profit']),
  },
  profit: {
    key: 'profit',
    rpc: 'report_profit',
    ...PERIOD_REPORT,
    columns: (t, p) => [
      ...keyColumns(t, p, true),
      money(t, 'revenue'),
      money(t, 'refunds'),
      money(t, 'cogs'),
      money(t, 'gross_profit'),
      money(t, 'write_offs'),
      money(t, 'adjustments'),
      money(t, 'profit'),
      { key: 'margin', title: f(t, 'margin'), type: 'percent', total: (s) => ratio(s.profit, s.revenue - s.refunds) },
    ],
    totals: true,
    chart: (rows, t, p) => periodChart(rows, t, p, ['revenue', 'profit']),
  },
  inventory: {
    key: 'inventory',
    rpc: 'report_inventory',
    period: false,
    granularity: false,
    dimensions: ['warehouse', 'category', 'product', 'none'],
    warehouse: false,
    args: (p) => ({ p_dimension: p.dimension }),
    tableRows: true,
    rows: rowsOfTable,
    columns: (t, p) => [
      ...keyColumns(t, p, false),
      { key: 'products', title: f(t, 'products'), type: 'integer' },
      qty(t, 'on_hand'),
      qty(t, 'reserved'),
      qty(t, 'available'),
      qty(t, 'in_transit'),
      money(t, 'stock_value'),
      money(t, 'in_transit_value'),
    ],
    totals: true,
    chart: (rows, t, p) =>
      rows.length && p.dimension !== 'none'
        ? { kind: 'pie', data: topBy(rows, 'stock_value', 12, t), angleField: 'stock_value', colorField: 'dimension_name', money: true }
        : null,
  },
  turnover: {
    key: 'turnover',
    rpc: 'report_turnover',
    period: true,
    granularity: false,
    dimensions: ['none', 'warehouse', 'category'],
    warehouse: false,
    args: (p) => ({ p_from: p.from, p_to: p.to, p_dimension: p.dimension }),
    tableRows: true,
    rows: rowsOfTable,
    columns: (t, p) => [
      ...keyColumns(t, p, false),
      { key: 'days', title: f(t, 'days'), type: 'integer' },
      money(t, 'cogs'),
      money(t, 'opening_value'),
      money(t, 'closing_value'),
      money(t, 'average_value'),
      { key: 'turnover', title: f(t, 'turnover'), type: 'number', total: (s) => ratio(s.cogs, s.average_value) },
      {
        key: 'days_of_inventory',
        title: f(t, 'days_of_inventory'),
        type: 'number',
        total: (s) => {
          const turnover = ratio(s.cogs, s.average_value);
          const days = Math.round((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000) + 1;
          return turnover ? days / turnover : null;
        },
      },
    ],
    totals: true,
    chart: (rows, t, p) =>
      rows.length > 1 || p.dimension !== 'none'
        ? { kind: 'bar', data: rows.map((r) => ({ dimension_name: r.dimension_name ?? t('reports.none'), turnover: num(r.turnover) })), xField: 'dimension_name', yField: 'turnover' }
        : null,
  },
  'days-of-cover': {
    key: 'days-of-cover',
    rpc: 'report_days_of_cover',
    period: false,
    granularity: false,
    dimensions: [],
    warehouse: true,
    args: (p) => (p.warehouseId ? { p_warehouse_id: p.warehouseId } : {}),
    tableRows: true,
    rows: rowsOfTable,
    columns: (t) => [
      { key: 'sku', title: f(t, 'sku'), type: 'text' },
      { key: 'product_name', title: f(t, 'product_name'), type: 'text' },
      qty(t, 'on_hand'),
      qty(t, 'available'),
      qty(t, 'units_30d'),
      qty(t, 'avg_daily_units', false),
      { key: 'days_of_cover', title: f(t, 'days_of_cover'), type: 'number' },
    ],
    totals: true,
    chart: (rows) => {
      const covered = rows.filter((r) => r.days_of_cover !== null && r.days_of_cover !== undefined).slice(0, 15);
      return covered.length ? { kind: 'bar', data: covered.map((r) => ({ product_name: `${r.sku} ${r.product_name}`, days_of_cover: num(r.days_of_cover) })), xField: 'product_name', yField: 'days_of_cover' } : null;
    },
  },
  replenishment: {
    key: 'replenishment',
    rpc: 'report_replenishment',
    period: false,
    granularity: false,
    dimensions: [],
    warehouse: true,
    leadTime: true,
    args: (p) => ({ p_lead_time_days: p.leadTime, ...(p.warehouseId ? { p_warehouse_id: p.warehouseId } : {}) }),
    tableRows: true,
    rows: rowsOfTable,
    columns: (t) => [
      { key: 'sku', title: f(t, 'sku'), type: 'text' },
      { key: 'product_name', title: f(t, 'product_name'), type: 'text' },
      { key: 'warehouse_name', title: f(t, 'warehouse_name'), type: 'text' },
      qty(t, 'safety_stock', false),
      qty(t, 'on_hand'),
      qty(t, 'available'),
      qty(t, 'inbound'),
      qty(t, 'avg_daily_units', false),
      { key: 'days_of_cover', title: f(t, 'days_of_cover'), type: 'number' },
      {
        key: 'reason',
        title: f(t, 'reason'),
        type: 'text',
        value: (r) => [r.below_safety_stock ? t('reports.reasons.below_safety_stock') : '', r.low_cover ? t('reports.reasons.low_cover') : ''].filter(Boolean).join(' / '),
      },
      qty(t, 'suggested_qty'),
      money(t, 'estimated_cost'),
    ],
    totals: true,
    chart: (rows) =>
      rows.length
        ? { kind: 'bar', data: [...rows].sort((a, b) => num(b.suggested_qty) - num(a.suggested_qty)).slice(0, 15).map((r) => ({ product_name: `${r.sku} · ${r.warehouse_name}`, suggested_qty: num(r.suggested_qty) })), xField: 'product_name', yField: 'suggested_qty' }
        : null,
  },
  expiry: {
    key: 'expiry',
    rpc: 'report_expiry',
    period: false,
    granularity: false,
    dimensions: [],
    warehouse: true,
    days: true,
    args: (p) => ({ p_days: p.days, ...(p.warehouseId ? { p_warehouse_id: p.warehouseId } : {}) }),
    tableRows: true,
    // Thousands of batches at a large merchant: one page at a time, the totals per status from the database.
    paged: { summaryRpc: 'report_expiry_summary', count: (summary) => summary.reduce((n, r) => n + num(r.batches), 0) },
    rows: rowsOfTable,
    columns: (t) => [
      { key: 'sku', title: f(t, 'sku'), type: 'text' },
      { key: 'product_name', title: f(t, 'product_name'), type: 'text' },
      { key: 'warehouse_name', title: f(t, 'warehouse_name'), type: 'text' },
      { key: 'batch_no', title: f(t, 'batch_no'), type: 'text' },
      { key: 'expiry_date', title: f(t, 'expiry_date'), type: 'date' },
      { key: 'days_to_expiry', title: f(t, 'days_to_expiry'), type: 'integer' },
      { key: 'status', title: f(t, 'status'), type: 'text', value: (r) => t(`reports.expiryStatus.${String(r.status)}`) },
      qty(t, 'qty_on_hand'),
      { key: 'unit_cost', title: f(t, 'unit_cost'), type: 'cost' },
      money(t, 'value_at_risk'),
    ],
    totals: true,
    chart: (rows, t) => {
      if (!rows.length) return null;
      // Without cost rights (warehouse keepers) there is no value at risk: the quantity at risk instead.
      const measure = rows.some((r) => r.value_at_risk != null) ? 'value_at_risk' : 'qty_on_hand';
      const data = sumBy(rows.map((r) => ({ ...r, status: t(`reports.expiryStatus.${String(r.status)}`) })), 'status', measure);
      return { kind: 'pie', data, angleField: measure, colorField: 'status', money: measure === 'value_at_risk' };
    },
  },
  customers: {
    key: 'customers',
    rpc: 'report_customers',
    period: true,
    granularity: false,
    dimensions: [],
    warehouse: false,
    topN: true,
    args: (p) => ({ p_from: p.from, p_to: p.to, p_top_n: p.topN }),
    tableRows: false,
    rows: (data) => ((data as { top_customers?: Row[] } | null)?.top_customers ?? []),
    columns: (t) => [
      { key: 'name', title: f(t, 'customer'), type: 'text' },
      { key: 'phone', title: f(t, 'phone'), type: 'text' },
      { key: 'orders', title: f(t, 'orders'), type: 'integer', total: 'sum' },
      money(t, 'order_amount'),
      money(t, 'revenue'),
      { key: 'average_order_value', title: f(t, 'average_order_value'), type: 'money', total: (s) => ratio(s.order_amount, s.orders) },
      { key: 'first_order_date', title: f(t, 'first_order_date'), type: 'date' },
      { key: 'last_order_date', title: f(t, 'last_order_date'), type: 'date' },
      { key: 'recency_days', title: f(t, 'recency_days'), type: 'integer' },
      { key: 'new', title: f(t, 'customer_type'), type: 'text', value: (r) => t(r.new ? 'reports.customerType.new' : 'reports.customerType.returning') },
      { key: 'rfm', title: 'RFM', type: 'text', value: (r) => (r.rfm == null ? '' : String(r.rfm)) },
    ],
    totals: true,
    chart: () => null, // the page draws the RFM distribution from the summary
  },
};

/** Default parameters: this month so far, by day; the first dimension. */
export function defaultParams(def: ReportDefinition, today: string): ReportParams {
  return {
    from: `${today.slice(0, 8)}01`,
    to: today,
    granularity: 'day',
    dimension: def.dimensions[0] ?? 'none',
    days: 30,
    leadTime: 7,
    topN: 20,
    keys: 20,
    page: 1,
    pageSize: 50,
  };
}

/** The Excel sheet of a report as shown (same columns as the table). */
export function reportSheet(def: ReportDefinition, t: Translate, p: ReportParams, rows: Row[], generatedAt = new Date()): SheetSpec<Row> {
  const bits: string[] = [];
  if (def.granularity) bits.push(t(`reports.granularities.${p.granularity}`));
  if (def.dimensions.length && p.dimension !== 'none') bits.push(t('reports.byDimension', { dimension: t(`reports.dimensions.${p.dimension}`) }));
  if (limitsKeys(def, p)) bits.push(t('reports.topPerPeriod', { count: p.keys }));
  if (def.days) bits.push(t('reports.withinDays', { days: p.days }));
  if (def.leadTime) bits.push(t('reports.leadTimeDays', { days: p.leadTime }));
  return {
    title: t(`reports.names.${def.key}`),
    subtitle: bits.join(' · ') || undefined,
    period: def.period ? { from: p.from, to: p.to } : undefined,
    columns: def.columns(t, p),
    rows,
    totalsLabel: def.totals ? t('reports.total') : undefined,
    generatedAt,
    labels: { period: t('reports.period'), generatedAt: t('reports.generatedAt') },
  };
}
