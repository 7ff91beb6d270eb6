/**
 * The query of a list export (ExportButton.tsx), without React: pure, so the database test
 * (supabase/tests/list-exports.test.ts) runs exactly the query the button runs.
 */
import type { CrudFilter, CrudSort } from '@refinedev/core';

/** Rows per request: PostgREST's max rows. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * The getList parameters of an export, without the page: the list's URL filters and sort (`url`: undefined
 * when the URL has none) or else the defaults, the permanent filters, the tiebreaker appended to the sort,
 * and an exact count unless `meta.count` says otherwise. Pure, so tests run the same query.
 */
export function listExportParams(
  options: {
    meta?: Record<string, unknown>;
    filters?: CrudFilter[];
    sorters?: CrudSort[];
    defaultFilters?: CrudFilter[];
    defaultSorters?: CrudSort[];
    permanentFilters?: CrudFilter[];
    tiebreaker?: string | null;
  },
  url: { filters?: CrudFilter[]; sorters?: CrudSort[] } = {},
): { filters: CrudFilter[]; sorters: CrudSort[]; meta: Record<string, unknown> } {
  const filters = [...(options.filters ?? url.filters ?? options.defaultFilters ?? []), ...(options.permanentFilters ?? [])];
  const baseSorters = options.sorters ?? url.sorters ?? options.defaultSorters ?? [];
  const tiebreaker = options.tiebreaker === undefined ? 'id' : options.tiebreaker;
  const sorters = tiebreaker && !baseSorters.some((s) => s.field === tiebreaker) ? [...baseSorters, { field: tiebreaker, order: 'asc' as const }] : baseSorters;
  return { filters, sorters, meta: { count: 'exact', ...options.meta } };
}
