import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { WriteOffsTable } from '../../components/write-offs/WriteOffsTable.tsx';

export default function WriteOffsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="write_offs" />
        </>
      )}
    >
      <WriteOffsTable />
    </List>
  );
}
