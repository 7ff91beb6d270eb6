import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { StockMovementsTable } from '../../components/stock/StockMovementsTable.tsx';

export default function StockMovementsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="stock_movements" />
        </>
      )}
    >
      <StockMovementsTable syncWithLocation />
    </List>
  );
}
