import { Form } from 'antd';
import { useTranslate, type CrudFilter } from '@refinedev/core';
import type { ComponentProps } from 'react';
import { FilterBar, periodFilters, type Period } from '../common/ListFilters.tsx';
import { filterValue, orSearch } from '../common/search.ts';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

export type DocumentSearchValues = { q?: string; warehouse_id?: string; period?: Period; [extra: string]: unknown };

/** The filters every stock document list (and the order list) shares: number / text search, warehouse and creation date. */
export function documentFilters(values: DocumentSearchValues, searchFields: readonly string[]): CrudFilter[] {
  return [
    orSearch('q', searchFields, values.q),
    { field: 'warehouse_id', operator: 'eq', value: values.warehouse_id || undefined },
    ...periodFilters('created_at', values.period),
  ];
}

type Props = Omit<ComponentProps<typeof FilterBar>, 'search' | 'dateField'> & { placeholder: string };

/** The FilterBar of documentFilters: search, warehouse, the list's own fields (children), creation date. */
export function DocumentFilterBar({ placeholder, filters, initialValues, children, ...props }: Props) {
  const t = useTranslate();
  return (
    <FilterBar
      {...props}
      filters={filters}
      search={{ placeholder, width: 260 }}
      dateField="created_at"
      initialValues={{ warehouse_id: filterValue(filters, 'warehouse_id', 'eq'), ...initialValues }}
    >
      <Form.Item name="warehouse_id">
        <WarehouseSelect allowClear style={{ width: 170 }} placeholder={t('stock.filters.allWarehouses')} />
      </Form.Item>
      {children}
    </FilterBar>
  );
}
