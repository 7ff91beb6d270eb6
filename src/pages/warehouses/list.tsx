import { List } from '@refinedev/antd';
import { WarehousesTable } from '../../components/warehouses/WarehousesTable.tsx';

export default function WarehousesList() {
  return (
    <List>
      <WarehousesTable />
    </List>
  );
}
