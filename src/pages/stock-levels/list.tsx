import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { StockLevelsTable } from '../../components/stock/StockLevelsTable.tsx';

export default function StockLevelsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="stock_levels" />
        </>
      )}
    >
      <StockLevelsTable />
    </List>
  );
}
