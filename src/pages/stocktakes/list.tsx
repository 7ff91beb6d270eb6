import { List } from '@refinedev/antd';
import { StocktakesTable } from '../../components/stocktakes/StocktakesTable.tsx';

export default function StocktakesList() {
  return (
    <List>
      <StocktakesTable />
    </List>
  );
}
