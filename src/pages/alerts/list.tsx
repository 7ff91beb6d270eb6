import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { AlertsTable } from '../../components/alerts/AlertsTable.tsx';

export default function AlertsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="alerts" />
        </>
      )}
    >
      <AlertsTable />
    </List>
  );
}
