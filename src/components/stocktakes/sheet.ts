import { numberProblem, type T } from '../common/rules.ts';

/** One row of a stocktake sheet: the book quantity when the sheet was loaded, and what was counted. */
export type SheetRow = {
  product_id: string;
  sku: string;
  name: string;
  spec: string;
  unit: string;
  category_id: string | null;
  track_batches: boolean;
  book: number;
};

export type Counts = Record<string, { counted?: number | null; batch_no?: string }>;

/** Rows with a counted quantity, and the difference each would post (counted − book). */
export function countedRows(rows: readonly SheetRow[], counts: Counts) {
  return rows
    .filter((row) => counts[row.product_id]?.counted !== undefined && counts[row.product_id]?.counted !== null)
    .map((row) => {
      const counted = Number(counts[row.product_id].counted);
      return { row, counted, diff: Math.round((counted - row.book) * 1000) / 1000, batch_no: counts[row.product_id].batch_no?.trim() || undefined };
    });
}

/** The first problem of the sheet, or undefined: counted ≥ 0 with ≤ 3 decimals; a batch-tracked surplus needs a batch number. */
export function sheetProblem(t: T, rows: readonly SheetRow[], counts: Counts): string | undefined {
  const counted = countedRows(rows, counts);
  if (counted.length === 0) return t('stocktakes.actions.nothingCounted');
  for (const { row, counted: value, diff, batch_no } of counted) {
    const problem = numberProblem(t, value, { min: 0, below: 1e11, decimals: 3 });
    if (problem) return `${row.name}: ${problem}`;
    if (row.track_batches && diff > 0 && !batch_no) return `${row.name}: ${t('stocktakes.actions.batchForSurplus')}`;
  }
  return undefined;
}

/** The p_lines argument of post_stocktake. */
export function stocktakeLines(rows: readonly SheetRow[], counts: Counts) {
  return countedRows(rows, counts).map(({ row, counted, diff, batch_no }) => ({
    product_id: row.product_id,
    counted_qty: counted,
    ...(batch_no && diff > 0 ? { batch_no } : {}),
  }));
}
