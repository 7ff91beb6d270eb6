import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { ProductDetails } from '../../components/products/ProductDetails.tsx';
import { ProductStockTabs } from '../../components/products/ProductStockTabs.tsx';
import { SafetyStockButton } from '../../components/products/SafetyStockButton.tsx';
import { PRODUCT_COLUMNS, type ProductRecord } from '../../components/products/types.ts';

export default function ProductsShow() {
  const { record: product, query } = useRecord<ProductRecord>({ select: `${PRODUCT_COLUMNS}, categories(name), brands(name)` });
  return (
    <Show
      isLoading={query.isLoading}
      title={product ? product.name : undefined}
      headerButtons={({ defaultButtons }) => (
        <>
          {product && <SafetyStockButton product={product} />}
          {defaultButtons}
        </>
      )}
    >
      {product && (
        <>
          <ProductDetails product={product} />
          <ProductStockTabs product={product} />
        </>
      )}
    </Show>
  );
}
