import { Select, type SelectProps } from 'antd';
import { useSearchSelect } from '../common/useSearchSelect.ts';

/** Picks a brand (server-side search by name). */
export function BrandSelect({ value, ...rest }: Omit<SelectProps<string>, 'options'> & { value?: string | null }) {
  const { selectProps } = useSearchSelect<{ id: string; name: string }>({
    resource: 'brands',
    select: 'id, name',
    searchFields: ['name'],
    label: (b) => b.name,
    sorters: [{ field: 'name', order: 'asc' }],
    pageSize: 50,
    value,
  });
  return <Select<string> {...selectProps} allowClear value={value ?? undefined} {...rest} />;
}
