import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { StockReceiptsTable } from '../../components/stock-receipts/StockReceiptsTable.tsx';

export default function StockReceiptsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="stock_receipts" />
        </>
      )}
    >
      <StockReceiptsTable />
    </List>
  );
}
