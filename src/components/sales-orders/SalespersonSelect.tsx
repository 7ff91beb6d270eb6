import { Select, type SelectProps } from 'antd';
import { useList, useTranslate } from '@refinedev/core';

/** Staff who sell (admins and sales). Non-admins can read only their own profile, so they see themselves. */
export function SalespersonSelect(props: Omit<SelectProps<string>, 'options'>) {
  const t = useTranslate();
  const { result, query } = useList<{ id: string; full_name: string | null; email: string | null; role: string | null }>({
    resource: 'profiles',
    pagination: { mode: 'off' },
    filters: [{ field: 'role', operator: 'in', value: ['admin', 'sales'] }],
    sorters: [{ field: 'full_name', order: 'asc' }],
    meta: { select: 'id, full_name, email, role' },
    queryOptions: { staleTime: 60_000 },
  });
  return (
    <Select<string>
      showSearch
      optionFilterProp="label"
      loading={query.isLoading}
      options={result.data.map((p) => ({ value: p.id, label: p.full_name || p.email || p.id }))}
      placeholder={t('sales_orders.filters.allSalespeople')}
      {...props}
    />
  );
}
