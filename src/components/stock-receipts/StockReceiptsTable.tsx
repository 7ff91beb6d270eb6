import { Table, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { documentNoColumn } from '../common/columns.tsx';
import { DocumentListTable } from '../documents/DocumentListTable.tsx';

export type ReceiptRow = {
  id: string;
  receipt_no: string;
  warehouse_id: string;
  supplier: string | null;
  note: string | null;
  created_at: string;
  warehouses: { name: string } | null;
  stock_receipt_lines: { count: number }[];
};
export const RECEIPT_LIST_COLUMNS = 'id, receipt_no, warehouse_id, supplier, note, created_at, warehouses(name), stock_receipt_lines(count)';

export function StockReceiptsTable() {
  const t = useTranslate();
  return (
    <DocumentListTable<ReceiptRow>
      resource="stock_receipts"
      select={RECEIPT_LIST_COLUMNS}
      searchFields={['receipt_no', 'supplier', 'note']}
      messages="stock_receipts"
    >
      {(sorters) => [
        <Table.Column<ReceiptRow> key="receipt_no" {...documentNoColumn('receipt_no', sorters, '/stock/receipts/show')} title={t('stock_receipts.fields.receipt_no')} />,
        <Table.Column<ReceiptRow> key="warehouse" title={t('stock.fields.warehouse')} render={(_, row) => row.warehouses?.name} />,
        <Table.Column<ReceiptRow>
          key="supplier"
          dataIndex="supplier"
          title={t('stock_receipts.fields.supplier')}
          render={(value: string | null) => value ?? <Typography.Text type="secondary">—</Typography.Text>}
        />,
        <Table.Column<ReceiptRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.stock_receipt_lines?.[0]?.count ?? 0} />,
        <Table.Column<ReceiptRow> key="note" dataIndex="note" title={t('stock.fields.note')} ellipsis responsive={['lg']} />,
      ]}
    </DocumentListTable>
  );
}
