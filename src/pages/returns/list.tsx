import { List } from '@refinedev/antd';
import { ReturnsTable } from '../../components/returns/ReturnsTable.tsx';

export default function ReturnsList() {
  return (
    <List>
      <ReturnsTable />
    </List>
  );
}
