import { List } from '@refinedev/antd';
import { ProductsTable } from '../../components/products/ProductsTable.tsx';

export default function ProductsList() {
  return (
    <List>
      <ProductsTable />
    </List>
  );
}
