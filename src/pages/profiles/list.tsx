import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { ProfilesTable } from '../../components/profiles/ProfilesTable.tsx';

export default function ProfilesList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="profiles" />
        </>
      )}
    >
      <ProfilesTable />
    </List>
  );
}
