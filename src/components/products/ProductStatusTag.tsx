import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { ProductStatus } from './types.ts';

const COLORS: Record<ProductStatus, string> = { draft: 'default', on_sale: 'success', off_sale: 'warning' };

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const t = useTranslate();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`products.status.${status}`)}
    </Tag>
  );
}
