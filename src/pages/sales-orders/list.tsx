import { List } from '@refinedev/antd';
import { SalesOrdersTable } from '../../components/sales-orders/SalesOrdersTable.tsx';

export default function SalesOrdersList() {
  return (
    <List>
      <SalesOrdersTable />
    </List>
  );
}
