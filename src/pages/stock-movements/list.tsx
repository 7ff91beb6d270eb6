import { List } from '@refinedev/antd';
import { StockMovementsTable } from '../../components/stock/StockMovementsTable.tsx';

export default function StockMovementsList() {
  return (
    <List>
      <StockMovementsTable syncWithLocation />
    </List>
  );
}
