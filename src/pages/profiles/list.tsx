import { List } from '@refinedev/antd';
import { ProfilesTable } from '../../components/profiles/ProfilesTable.tsx';

export default function ProfilesList() {
  return (
    <List>
      <ProfilesTable />
    </List>
  );
}
