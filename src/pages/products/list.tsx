import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { ImportButton } from '../../components/product-import/ImportButton.tsx';
import { ProductsTable } from '../../components/products/ProductsTable.tsx';

export default function ProductsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ImportButton />
          <ListExportButton list="products" />
        </>
      )}
    >
      <ProductsTable />
    </List>
  );
}
