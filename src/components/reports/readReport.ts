import { RPC_PAGE_SIZE } from '../../lib/postgrest.ts';
import type { Granularity, ReportDefinition, ReportParams, Row } from './definitions.ts';

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The periods (buckets) of from..to as the report RPCs cut it: days, ISO weeks (Monday) or months, clipped to the range. */
export function periodBuckets(from: string, to: string, granularity: Granularity): Array<{ from: string; to: string }> {
  const end = Date.parse(`${to}T00:00:00Z`);
  const buckets: Array<{ from: string; to: string }> = [];
  for (let start = Date.parse(`${from}T00:00:00Z`); start <= end; ) {
    const d = new Date(start);
    const next =
      granularity === 'day'
        ? start + DAY_MS
        : granularity === 'week'
          ? start + (7 - ((d.getUTCDay() + 6) % 7)) * DAY_MS
          : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    buckets.push({ from: toDay(start), to: toDay(Math.min(next - DAY_MS, end)) });
    start = next;
  }
  return buckets;
}

/** Calls the report's RPC: one answer (cut at PostgREST's max rows), or with `allPages` every page of it. */
export type ReadReport = (args: Record<string, unknown>, options: { allPages?: boolean; onPage?: (rowsSoFar: number) => void }) => Promise<unknown>;

/**
 * The report's whole answer. Every call of a report function computes the whole report, so reading a long
 * one a page (1000 rows) at a time costs pages × the whole report: a year by customer would take minutes.
 * A period report lists its periods in order, so past one page it is read one period at a time (each period
 * page by page): the same rows, in the same order, each call computing one period.
 */
export async function readReport(read: ReadReport, def: ReportDefinition, params: ReportParams, onRows: (rowsSoFar: number) => void, pageSize = RPC_PAGE_SIZE): Promise<unknown> {
  const args = def.args(params);
  if (!def.tableRows) return read(args, {});
  const first = (await read(args, {})) as Row[];
  if (first.length < pageSize) return first;
  if (!def.granularity) return read(args, { allPages: true, onPage: onRows });
  const rows: Row[] = [];
  for (const bucket of periodBuckets(params.from, params.to, params.granularity)) {
    const part = (await read(def.args({ ...params, ...bucket }), { allPages: true, onPage: (n) => onRows(rows.length + n) })) as Row[];
    rows.push(...part);
    onRows(rows.length);
  }
  return rows;
}
