import { Select, Typography, type SelectProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useSearchSelect } from '../common/useSearchSelect.ts';

export type CustomerOption = { id: string; name: string; phone: string | null; contact_name: string | null; active: boolean };

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Offer only active customers (orders cannot be placed for inactive ones). */
  activeOnly?: boolean;
};

/** Searches customers server-side by name, contact or phone. */
export function CustomerSelect({ value, onChange, activeOnly = false, placeholder, ...rest }: Props) {
  const t = useTranslate();
  const { selectProps, records } = useSearchSelect<CustomerOption>({
    resource: 'customers',
    select: 'id, name, phone, contact_name, active',
    searchFields: ['name', 'contact_name', 'phone'],
    label: (c) => `${c.name}${c.phone ? ` · ${c.phone}` : ''}`,
    sorters: [{ field: 'name', order: 'asc' }],
    value,
  });
  const options = selectProps.options.filter((o) => !activeOnly || records.get(o.value)?.active || o.value === value);
  return (
    <Select<string>
      {...selectProps}
      {...rest}
      options={options}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? t('customers.actions.selectPlaceholder')}
      notFoundContent={<Typography.Text type="secondary">{t('customers.empty.noMatch')}</Typography.Text>}
      onChange={(next) => onChange?.(next ?? undefined)}
    />
  );
}
