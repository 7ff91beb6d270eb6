import { Table, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import { formatQty } from '../common/format.ts';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import type { ReceiptRow } from './StockReceiptsTable.tsx';

type LineRow = {
  id: string;
  line_no: number;
  product_id: string;
  batch_no: string;
  production_date: string | null;
  expiry_date: string | null;
  qty: number;
  products: { sku: string; name: string; spec: string; unit: string } | null;
};

export function StockReceiptDetails({ receipt }: { receipt: ReceiptRow }) {
  const t = useTranslate();
  const { result, query } = useList<LineRow>({
    resource: 'stock_receipt_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'receipt_id', operator: 'eq', value: receipt.id }],
    sorters: [{ field: 'line_no', order: 'asc' }],
    meta: { select: 'id, line_no, product_id, batch_no, production_date, expiry_date, qty, products(sku, name, spec, unit)' },
  });
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <DocumentHeader
        items={[
          { key: 'no', label: t('stock_receipts.fields.receipt_no'), children: <Typography.Text copyable>{receipt.receipt_no}</Typography.Text> },
          { key: 'warehouse', label: t('stock_receipts.fields.warehouse'), children: receipt.warehouses?.name },
          { key: 'supplier', label: t('stock_receipts.fields.supplier'), children: receipt.supplier ?? dash },
          { key: 'created', label: t('stock.fields.created_at'), children: <DateField value={receipt.created_at} format="YYYY-MM-DD HH:mm" /> },
          { key: 'note', label: t('stock.fields.note'), children: receipt.note ?? dash, span: 2 },
        ]}
      />
      <Table<LineRow> rowKey="id" size="small" loading={query.isLoading} dataSource={result.data} pagination={false} scroll={{ x: true }}>
        <Table.Column<LineRow> dataIndex="line_no" title="#" width={48} />
        <Table.Column<LineRow>
          key="product"
          title={t('stock.fields.product')}
          render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
        />
        <Table.Column<LineRow> dataIndex="batch_no" title={t('stock_receipts.fields.batch_no')} />
        <Table.Column<LineRow> dataIndex="production_date" title={t('stock_receipts.fields.production_date')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<LineRow> dataIndex="expiry_date" title={t('stock_receipts.fields.expiry_date')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<LineRow>
          dataIndex="qty"
          title={t('stock.fields.qty')}
          align="right"
          render={(qty: number, row) => `${formatQty(qty)} ${row.products?.unit ?? ''}`}
        />
      </Table>
    </>
  );
}
