import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { ReturnsTable } from '../../components/returns/ReturnsTable.tsx';

export default function ReturnsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="returns" />
        </>
      )}
    >
      <ReturnsTable />
    </List>
  );
}
