import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { BrandsTable } from '../../components/brands/BrandsTable.tsx';

export default function BrandsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="brands" />
        </>
      )}
    >
      <BrandsTable />
    </List>
  );
}
