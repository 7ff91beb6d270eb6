/**
 * The shapes of the Excel library (workbook.ts) and the value helpers screens share with it, without
 * the xlsx package: screens import this file eagerly and load workbook.ts only when the user exports.
 */
export type ColumnType = 'text' | 'integer' | 'quantity' | 'number' | 'money' | 'cost' | 'percent' | 'date' | 'datetime';

export type ExcelColumn<R> = {
  /** Property of the row, or a path such as `products.sku` (used when `value` is absent). */
  key: string;
  title: string;
  type?: ColumnType;
  /** Reads the cell value from a row (overrides `key`). */
  value?: (row: R) => unknown;
  /** Width in characters; computed from the content when absent. */
  width?: number;
  /**
   * The totals row: 'sum' (a SUM formula with its value), or a function of the column totals
   * (e.g. margin = gross_profit ÷ revenue). Absent = empty cell.
   */
  total?: 'sum' | ((sums: Record<string, number>) => number | null);
};

export type SheetSpec<R> = {
  /** Report or list name: first part of the title row and of the file name. */
  title: string;
  /** Period shown in the title row and used in the file name, e.g. { from: '2026-11-01', to: '2026-11-30' }. */
  period?: { from: string; to: string };
  /** Extra words for the title row (dimension, filters…). */
  subtitle?: string;
  columns: ExcelColumn<R>[];
  rows: R[];
  /** Label of the totals row (first column); absent = no totals row. */
  totalsLabel?: string;
  sheetName?: string;
  /** Defaults to now. */
  generatedAt?: Date;
  /** Words of the title row, for the UI language. */
  labels?: { period?: string; generatedAt?: string };
};

/** Numbers arrive as JSON numbers, or strings for numeric values PostgREST keeps exact. */
export function toNumberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}
