import { List } from '@refinedev/antd';
import { StockReceiptsTable } from '../../components/stock-receipts/StockReceiptsTable.tsx';

export default function StockReceiptsList() {
  return (
    <List>
      <StockReceiptsTable />
    </List>
  );
}
