import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { StocktakesTable } from '../../components/stocktakes/StocktakesTable.tsx';

export default function StocktakesList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="stocktakes" />
        </>
      )}
    >
      <StocktakesTable />
    </List>
  );
}
