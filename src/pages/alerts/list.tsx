import { List } from '@refinedev/antd';
import { AlertsTable } from '../../components/alerts/AlertsTable.tsx';

export default function AlertsList() {
  return (
    <List>
      <AlertsTable />
    </List>
  );
}
