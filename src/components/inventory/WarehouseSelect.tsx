import { Select, type SelectProps } from 'antd';
import { useList, useTranslate } from '@refinedev/core';

export type WarehouseOption = { id: string; code: string; name: string; active: boolean };

/** All warehouses in one query (a merchant has a handful); shared by every screen through the cache. */
export function useWarehouses() {
  const { result, query } = useList<WarehouseOption>({
    resource: 'warehouses',
    pagination: { mode: 'off' },
    sorters: [{ field: 'code', order: 'asc' }],
    meta: { select: 'id, code, name, active' },
    queryOptions: { staleTime: 60_000 },
  });
  const byId = new Map(result.data.map((w) => [w.id, w]));
  return { warehouses: result.data, byId, isLoading: query.isLoading };
}

type Props = Omit<SelectProps<string>, 'options'> & {
  /** Offer only active warehouses (documents cannot use inactive ones). */
  activeOnly?: boolean;
  exclude?: string | null;
};

export function WarehouseSelect({ activeOnly = false, exclude, placeholder, ...rest }: Props) {
  const t = useTranslate();
  const { warehouses, isLoading } = useWarehouses();
  const options = warehouses
    .filter((w) => (!activeOnly || w.active) && w.id !== exclude)
    .map((w) => ({ value: w.id, label: `${w.name} (${w.code})${w.active ? '' : ` · ${t('warehouses.status.inactive')}`}` }));
  return (
    <Select<string>
      showSearch
      optionFilterProp="label"
      loading={isLoading}
      options={options}
      placeholder={placeholder ?? t('stock.placeholders.warehouse')}
      {...rest}
    />
  );
}
