import { List } from '@refinedev/antd';
import { WriteOffsTable } from '../../components/write-offs/WriteOffsTable.tsx';

export default function WriteOffsList() {
  return (
    <List>
      <WriteOffsTable />
    </List>
  );
}
