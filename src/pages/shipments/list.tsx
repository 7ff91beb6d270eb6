import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { ShipmentsTable } from '../../components/shipments/ShipmentsTable.tsx';

export default function ShipmentsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="shipments" />
        </>
      )}
    >
      <ShipmentsTable />
    </List>
  );
}
