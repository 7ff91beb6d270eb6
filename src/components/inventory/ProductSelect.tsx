import { Select, Typography, type SelectProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useSearchSelect } from '../common/useSearchSelect.ts';

/** What document lines need to know about a product. */
export type ProductOption = {
  id: string;
  sku: string;
  name: string;
  spec: string;
  unit: string;
  status: 'draft' | 'on_sale' | 'off_sale';
  shelf_life_days: number | null;
  expiry_alert_days: number;
  track_batches: boolean;
};
export const PRODUCT_OPTION_COLUMNS = 'id, sku, name, spec, unit, status, shelf_life_days, expiry_alert_days, track_batches';

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The picked product's record (undefined when cleared). */
  onPick?: (product: ProductOption | undefined) => void;
};

/** Searches products server-side by name, SKU or barcode. */
export function ProductSelect({ value, onChange, onPick, placeholder, ...rest }: Props) {
  const t = useTranslate();
  const { selectProps, records } = useSearchSelect<ProductOption>({
    resource: 'products',
    select: PRODUCT_OPTION_COLUMNS,
    searchFields: ['name', 'sku', 'barcode'],
    label: (p) => `${p.name}${p.spec ? ` ${p.spec}` : ''} · ${p.sku}`,
    sorters: [{ field: 'name', order: 'asc' }],
    value,
  });
  return (
    <Select<string>
      {...selectProps}
      {...rest}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder ?? t('stock.placeholders.product')}
      notFoundContent={<Typography.Text type="secondary">{t('stock.placeholders.noProduct')}</Typography.Text>}
      onChange={(next) => {
        onChange?.(next ?? undefined);
        onPick?.(next ? records.get(next) : undefined);
      }}
    />
  );
}
