import { List } from '@refinedev/antd';
import { BrandsTable } from '../../components/brands/BrandsTable.tsx';

export default function BrandsList() {
  return (
    <List>
      <BrandsTable />
    </List>
  );
}
