import { List } from '@refinedev/antd';
import { TransfersTable } from '../../components/transfers/TransfersTable.tsx';

export default function TransfersList() {
  return (
    <List>
      <TransfersTable />
    </List>
  );
}
