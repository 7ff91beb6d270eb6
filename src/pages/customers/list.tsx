import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { CustomersTable } from '../../components/customers/CustomersTable.tsx';

export default function CustomersList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="customers" />
        </>
      )}
    >
      <CustomersTable />
    </List>
  );
}
