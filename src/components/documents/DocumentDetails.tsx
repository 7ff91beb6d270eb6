import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';

/** The bordered facts at the top of a document's page (number, state, warehouse, dates, note). */
export function DocumentHeader({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 24 }} items={items} />;
}

/** A document line's product: the name links to the product, the SKU stands small beside it. */
export function ProductCell({ productId, product }: { productId: string; product: { name: string; sku: string } | null | undefined }) {
  return (
    <>
      <Link to={`/products/show/${productId}`}>{product?.name}</Link>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {product?.sku}
      </Typography.Text>
    </>
  );
}
