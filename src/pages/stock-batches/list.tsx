import { List } from '@refinedev/antd';
import { StockBatchesTable } from '../../components/stock/StockBatchesTable.tsx';

export default function StockBatchesList() {
  return (
    <List>
      <StockBatchesTable />
    </List>
  );
}
