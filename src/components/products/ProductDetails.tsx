import { Descriptions, Tag, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { formatMoney, formatQty } from '../common/format.ts';
import { ProductStatusTag } from './ProductStatusTag.tsx';
import type { ProductRecord } from './types.ts';

export function ProductDetails({ product }: { product: ProductRecord }) {
  const t = useTranslate();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      style={{ marginBottom: 24 }}
      items={[
        { key: 'sku', label: t('products.fields.sku'), children: <Typography.Text copyable code>{product.sku}</Typography.Text> },
        { key: 'barcode', label: t('products.fields.barcode'), children: product.barcode ?? dash },
        { key: 'status', label: t('products.fields.status'), children: <ProductStatusTag status={product.status} /> },
        { key: 'spec', label: t('products.fields.spec'), children: product.spec || dash },
        { key: 'unit', label: t('products.fields.unit'), children: product.unit },
        { key: 'price', label: t('products.fields.list_price'), children: formatMoney(product.list_price) },
        { key: 'category', label: t('products.fields.category_id'), children: product.categories?.name ?? dash },
        { key: 'brand', label: t('products.fields.brand_id'), children: product.brands?.name ?? dash },
        { key: 'safety', label: t('products.fields.safety_stock'), children: `${formatQty(product.safety_stock)} ${product.unit}` },
        {
          key: 'batches',
          label: t('products.fields.track_batches'),
          children: product.track_batches ? <Tag color="blue">{t('products.actions.tracked')}</Tag> : t('products.actions.notTracked'),
        },
        {
          key: 'shelf',
          label: t('products.fields.shelf_life_days'),
          children: product.shelf_life_days ? t('products.actions.daysValue', { days: product.shelf_life_days }) : dash,
        },
        { key: 'alert', label: t('products.fields.expiry_alert_days'), children: t('products.actions.daysValue', { days: product.expiry_alert_days }) },
        { key: 'updated', label: t('products.fields.updated_at'), children: <DateField value={product.updated_at} format="YYYY-MM-DD HH:mm" /> },
      ]}
    />
  );
}
