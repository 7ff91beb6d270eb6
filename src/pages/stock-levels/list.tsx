import { List } from '@refinedev/antd';
import { StockLevelsTable } from '../../components/stock/StockLevelsTable.tsx';

export default function StockLevelsList() {
  return (
    <List>
      <StockLevelsTable />
    </List>
  );
}
