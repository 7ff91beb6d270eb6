import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { StockBatchesTable } from '../../components/stock/StockBatchesTable.tsx';

export default function StockBatchesList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="stock_batches" />
        </>
      )}
    >
      <StockBatchesTable />
    </List>
  );
}
