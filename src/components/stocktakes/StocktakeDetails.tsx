import { Table, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import { formatQty, formatSigned, toNumber } from '../common/format.ts';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import { KindTag, type AdjustmentRow } from './StocktakesTable.tsx';

type LineRow = {
  id: string;
  line_no: number;
  product_id: string;
  system_qty: number;
  counted_qty: number | null;
  qty_change: number;
  products: { sku: string; name: string; unit: string } | null;
  stock_batches: { batch_no: string } | null;
};

export function StocktakeDetails({ doc }: { doc: AdjustmentRow }) {
  const t = useTranslate();
  const { result, query } = useList<LineRow>({
    resource: 'stock_adjustment_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'adjustment_id', operator: 'eq', value: doc.id }],
    sorters: [{ field: 'line_no', order: 'asc' }],
    meta: { select: 'id, line_no, product_id, system_qty, counted_qty, qty_change, products(sku, name, unit), stock_batches(batch_no)' },
  });
  const isStocktake = doc.kind === 'stocktake';
  return (
    <>
      <DocumentHeader
        items={[
          { key: 'no', label: t('stocktakes.fields.adjustment_no'), children: <Typography.Text copyable>{doc.adjustment_no}</Typography.Text> },
          { key: 'kind', label: t('stocktakes.fields.kind'), children: <KindTag kind={doc.kind} /> },
          { key: 'warehouse', label: t('stock.fields.warehouse'), children: doc.warehouses?.name },
          { key: 'reason', label: t('stocktakes.fields.reason'), children: doc.reason },
          { key: 'created', label: t('stock.fields.created_at'), children: <DateField value={doc.created_at} format="YYYY-MM-DD HH:mm" /> },
          { key: 'note', label: t('stock.fields.note'), children: doc.note ?? '—' },
        ]}
      />
      <Table<LineRow> rowKey="id" size="small" loading={query.isLoading} dataSource={result.data} pagination={false} scroll={{ x: true }}>
        <Table.Column<LineRow> dataIndex="line_no" title="#" width={48} />
        <Table.Column<LineRow>
          key="product"
          title={t('stock.fields.product')}
          render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
        />
        <Table.Column<LineRow> key="batch" title={t('stock_batches.fields.batch_no')} render={(_, row) => row.stock_batches?.batch_no ?? '—'} />
        <Table.Column<LineRow> dataIndex="system_qty" title={t('stocktakes.fields.book_qty')} align="right" render={formatQty} />
        {isStocktake && (
          <Table.Column<LineRow> dataIndex="counted_qty" title={t('stocktakes.fields.counted_qty')} align="right" render={(v: number | null) => (v === null ? '—' : formatQty(v))} />
        )}
        <Table.Column<LineRow>
          dataIndex="qty_change"
          title={t('stocktakes.fields.difference')}
          align="right"
          render={(v: number, row) => (
            <Typography.Text type={toNumber(v) > 0 ? 'success' : toNumber(v) < 0 ? 'danger' : 'secondary'} strong data-testid="posted-change">
              {formatSigned(v)} {row.products?.unit}
            </Typography.Text>
          )}
        />
      </Table>
    </>
  );
}
