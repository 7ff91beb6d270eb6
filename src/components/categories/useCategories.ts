import { useList } from '@refinedev/core';
import { buildTree, type CategoryRecord } from './tree.ts';

export const CATEGORY_COLUMNS = 'id, name, parent_id, sort_order, products(count)';

/** The whole category tree in one request (PostgREST serves up to 1000 rows; a catalogue has far fewer). */
export function useCategories() {
  const { result, query } = useList<CategoryRecord>({
    resource: 'categories',
    pagination: { mode: 'off' },
    meta: { select: CATEGORY_COLUMNS },
    queryOptions: { staleTime: 30_000 },
  });
  const rows = result.data;
  return { rows, tree: buildTree(rows), isLoading: query.isLoading, refetch: query.refetch };
}
