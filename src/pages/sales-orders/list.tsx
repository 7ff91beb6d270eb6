import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { SalesOrdersTable } from '../../components/sales-orders/SalesOrdersTable.tsx';

export default function SalesOrdersList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="sales_orders" />
        </>
      )}
    >
      <SalesOrdersTable />
    </List>
  );
}
