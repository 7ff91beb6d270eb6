import { List } from '@refinedev/antd';
import { ShipmentsTable } from '../../components/shipments/ShipmentsTable.tsx';

export default function ShipmentsList() {
  return (
    <List>
      <ShipmentsTable />
    </List>
  );
}
