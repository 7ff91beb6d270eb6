import type { CrudFilter, CrudFilters, LogicalFilter } from '@refinedev/core';

/** Characters with a meaning in PostgREST's or=(…) syntax are dropped from free search text. */
export function cleanSearch(text: string | undefined | null): string {
  return (text ?? '').replace(/[",()\\*%]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A free-text search over several columns as one `or` filter with a stable key, so it round-trips
 * through the URL (syncWithLocation) and merges with the other filters.
 */
export function orSearch(key: string, fields: readonly string[], text: string | undefined | null): CrudFilter {
  const value = cleanSearch(text);
  return {
    key,
    operator: 'or',
    value: value ? fields.map((field) => ({ field, operator: 'contains' as const, value })) : [],
  };
}

/** The text of the `or` search filter `key`, for the search box's initial value. */
export function orSearchText(filters: CrudFilters, key: string): string | undefined {
  for (const filter of filters) {
    if (filter.operator === 'or' && 'key' in filter && filter.key === key) {
      const first = filter.value[0];
      return first && 'value' in first ? String(first.value) : undefined;
    }
  }
  return undefined;
}

/** The value of a plain filter on `field` (any operator), for filter controls' initial values. */
export function filterValue<T = unknown>(filters: CrudFilters, field: string, operator?: LogicalFilter['operator']): T | undefined {
  for (const filter of filters) {
    if ('field' in filter && filter.field === field && (!operator || filter.operator === operator)) return filter.value as T;
  }
  return undefined;
}
