import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { StockReceiptDetails } from '../../components/stock-receipts/StockReceiptDetails.tsx';
import { RECEIPT_LIST_COLUMNS, type ReceiptRow } from '../../components/stock-receipts/StockReceiptsTable.tsx';

export default function StockReceiptsShow() {
  const { record: receipt, query } = useRecord<ReceiptRow>({ select: RECEIPT_LIST_COLUMNS });
  return (
    <Show isLoading={query.isLoading} title={receipt?.receipt_no} canEdit={false} canDelete={false}>
      {receipt && <StockReceiptDetails receipt={receipt} />}
    </Show>
  );
}
