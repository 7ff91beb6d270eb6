import { Table, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import { formatQty } from '../common/format.ts';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import type { WriteOffRow } from './WriteOffsTable.tsx';

type LineRow = {
  id: string;
  line_no: number;
  product_id: string;
  expiry_date: string | null;
  qty: number;
  products: { sku: string; name: string; unit: string } | null;
  stock_batches: { batch_no: string } | null;
};

export function WriteOffDetails({ doc }: { doc: WriteOffRow }) {
  const t = useTranslate();
  const { result, query } = useList<LineRow>({
    resource: 'stock_write_off_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'write_off_id', operator: 'eq', value: doc.id }],
    sorters: [{ field: 'line_no', order: 'asc' }],
    meta: { select: 'id, line_no, product_id, expiry_date, qty, products(sku, name, unit), stock_batches(batch_no)' },
  });
  return (
    <>
      <DocumentHeader
        items={[
          { key: 'no', label: t('write_offs.fields.write_off_no'), children: <Typography.Text copyable>{doc.write_off_no}</Typography.Text> },
          { key: 'warehouse', label: t('stock.fields.warehouse'), children: doc.warehouses?.name },
          { key: 'created', label: t('stock.fields.created_at'), children: <DateField value={doc.created_at} format="YYYY-MM-DD HH:mm" /> },
          { key: 'reason', label: t('write_offs.fields.reason'), children: doc.reason },
          { key: 'note', label: t('stock.fields.note'), children: doc.note ?? '—', span: 2 },
        ]}
      />
      <Table<LineRow> rowKey="id" size="small" loading={query.isLoading} dataSource={result.data} pagination={false}>
        <Table.Column<LineRow> dataIndex="line_no" title="#" width={48} />
        <Table.Column<LineRow>
          key="product"
          title={t('stock.fields.product')}
          render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
        />
        <Table.Column<LineRow> key="batch" title={t('stock_batches.fields.batch_no')} render={(_, row) => row.stock_batches?.batch_no} />
        <Table.Column<LineRow> dataIndex="expiry_date" title={t('stock_batches.fields.expiry_date')} />
        <Table.Column<LineRow> dataIndex="qty" title={t('write_offs.fields.qty')} align="right" render={(qty: number, row) => `${formatQty(qty)} ${row.products?.unit ?? ''}`} />
      </Table>
    </>
  );
}
