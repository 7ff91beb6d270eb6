import { List } from '@refinedev/antd';
import { CustomersTable } from '../../components/customers/CustomersTable.tsx';

export default function CustomersList() {
  return (
    <List>
      <CustomersTable />
    </List>
  );
}
