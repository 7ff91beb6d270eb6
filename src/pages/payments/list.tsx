import { List } from '@refinedev/antd';
import { PaymentsTable } from '../../components/payments/PaymentsTable.tsx';

export default function PaymentsList() {
  return (
    <List>
      <PaymentsTable />
    </List>
  );
}
