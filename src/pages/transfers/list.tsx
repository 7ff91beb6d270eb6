import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { TransfersTable } from '../../components/transfers/TransfersTable.tsx';

export default function TransfersList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="transfers" />
        </>
      )}
    >
      <TransfersTable />
    </List>
  );
}
