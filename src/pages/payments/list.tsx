import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { PaymentsTable } from '../../components/payments/PaymentsTable.tsx';

export default function PaymentsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="payments" />
        </>
      )}
    >
      <PaymentsTable />
    </List>
  );
}
