import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { WarehousesTable } from '../../components/warehouses/WarehousesTable.tsx';

export default function WarehousesList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="warehouses" />
        </>
      )}
    >
      <WarehousesTable />
    </List>
  );
}
