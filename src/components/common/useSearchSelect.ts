import { useEffect, useMemo, useState } from 'react';
import { useList, type BaseRecord, type CrudSort } from '@refinedev/core';
import { orSearch } from './search.ts';

type Options<T> = {
  resource: string;
  select: string;
  /** Columns the typed text is matched against (ilike, server-side). */
  searchFields: readonly string[];
  label: (record: T) => string;
  sorters?: CrudSort[];
  pageSize?: number;
  /** The current value(s): fetched by id so their labels show even when not in the search results. */
  value?: string | string[] | null;
};

/**
 * Options for an antd Select that searches server-side (debounced), built on useList. Returns the
 * props to spread on the Select and the records by id (for forms that need more than the label).
 */
export function useSearchSelect<T extends BaseRecord & { id: string }>({ resource, select, searchFields, label, sorters, pageSize = 20, value }: Options<T>) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const found = useList<T>({
    resource,
    pagination: { pageSize },
    sorters,
    // useList sends filters as given: an empty `or` would be `or=()`, which PostgREST refuses.
    filters: search.trim() ? [orSearch('q', searchFields, search)] : [],
    meta: { select },
  });
  const ids = (Array.isArray(value) ? value : value ? [value] : []).filter(Boolean);
  const current = useList<T>({
    resource,
    pagination: { mode: 'off' },
    filters: [{ field: 'id', operator: 'in', value: ids }],
    meta: { select },
    queryOptions: { enabled: ids.length > 0 },
  });

  const records = useMemo(() => {
    const map = new Map<string, T>();
    for (const record of [...(ids.length ? current.result.data : []), ...found.result.data]) map.set(record.id, record);
    return map;
  }, [current.result.data, found.result.data, ids.length]);

  const options = [...records.values()].map((record) => ({ value: record.id, label: label(record) }));
  return {
    records,
    selectProps: {
      showSearch: true,
      filterOption: false,
      options,
      loading: found.query.isFetching,
      onSearch: setTyped,
      onDropdownVisibleChange: (open: boolean) => {
        if (!open) setTyped('');
      },
    },
  };
}
