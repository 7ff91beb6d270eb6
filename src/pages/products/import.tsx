import { List } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { useNavigate } from 'react-router';
import { ProductImport } from '../../components/product-import/ProductImport.tsx';

/**
 * /products/import — the Excel import as a page (the products list also opens it in a dialog). Needs a
 * route `import` in inventory-routes.tsx's products area to be reachable by URL.
 */
export default function ProductsImportPage() {
  const t = useTranslate();
  const navigate = useNavigate();
  return (
    <List resource="products" title={t('product_import.title')}>
      <ProductImport onDone={() => navigate('/products')} />
    </List>
  );
}
