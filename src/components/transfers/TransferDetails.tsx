import { Steps, Table, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useCan, useList, useTranslate } from '@refinedev/core';
import { formatQty } from '../common/format.ts';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import { TransferStatusTag } from './TransferStatusTag.tsx';
import type { TransferRow } from './types.ts';

type LineRow = { id: string; line_no: number; product_id: string; qty: number; products: { sku: string; name: string; unit: string } | null; stock_batches: { batch_no: string } | null };
type MovedRow = { id: number; product_id: string; product_name: string; batch_no: string; qty: number; movement_type: string; warehouse_name: string };

export function TransferDetails({ transfer }: { transfer: TransferRow }) {
  const t = useTranslate();
  const { data: canSeeLedger } = useCan({ resource: 'stock_movements', action: 'list' });
  const { result, query } = useList<LineRow>({
    resource: 'stock_transfer_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'transfer_id', operator: 'eq', value: transfer.id }],
    sorters: [{ field: 'line_no', order: 'asc' }],
    meta: { select: 'id, line_no, product_id, qty, products(sku, name, unit), stock_batches(batch_no)' },
  });
  // Which batches left (and arrived): the ledger rows of this transfer.
  const moved = useList<MovedRow>({
    resource: 'stock_movements',
    pagination: { mode: 'off' },
    filters: [
      { field: 'source_type', operator: 'eq', value: 'stock_transfer' },
      { field: 'source_id', operator: 'eq', value: transfer.id },
      { field: 'movement_type', operator: 'eq', value: 'transfer_out' },
    ],
    sorters: [{ field: 'id', order: 'asc' }],
    meta: { select: 'id, product_id, product_name, batch_no, qty, movement_type, warehouse_name' },
    queryOptions: { enabled: !!canSeeLedger?.can && transfer.status !== 'draft' && transfer.status !== 'cancelled' },
  });

  const current = { draft: 0, in_transit: 1, received: 2, cancelled: 1 }[transfer.status];
  return (
    <>
      <Steps
        size="small"
        current={current}
        status={transfer.status === 'cancelled' ? 'error' : transfer.status === 'received' ? 'finish' : 'process'}
        style={{ marginBottom: 24, maxWidth: 720 }}
        items={[
          { title: t('transfers.status.draft'), description: <DateField value={transfer.created_at} format="MM-DD HH:mm" /> },
          transfer.status === 'cancelled'
            ? { title: t('transfers.status.cancelled'), description: transfer.cancelled_at ? <DateField value={transfer.cancelled_at} format="MM-DD HH:mm" /> : undefined }
            : { title: t('transfers.status.in_transit'), description: transfer.dispatched_at ? <DateField value={transfer.dispatched_at} format="MM-DD HH:mm" /> : undefined },
          ...(transfer.status === 'cancelled'
            ? []
            : [{ title: t('transfers.status.received'), description: transfer.received_at ? <DateField value={transfer.received_at} format="MM-DD HH:mm" /> : undefined }]),
        ]}
      />
      <DocumentHeader
        items={[
          { key: 'no', label: t('transfers.fields.transfer_no'), children: <Typography.Text copyable>{transfer.transfer_no}</Typography.Text> },
          { key: 'status', label: t('transfers.fields.status'), children: <TransferStatusTag status={transfer.status} /> },
          { key: 'route', label: t('transfers.fields.route'), children: `${transfer.from?.name ?? ''} → ${transfer.to?.name ?? ''}` },
          { key: 'note', label: t('stock.fields.note'), children: transfer.note ?? '—', span: 3 },
        ]}
      />
      <Typography.Title level={5}>{t('stock.fields.lines')}</Typography.Title>
      <Table<LineRow> rowKey="id" size="small" loading={query.isLoading} dataSource={result.data} pagination={false} style={{ marginBottom: 24 }}>
        <Table.Column<LineRow> dataIndex="line_no" title="#" width={48} />
        <Table.Column<LineRow>
          key="product"
          title={t('stock.fields.product')}
          render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
        />
        <Table.Column<LineRow> key="batch" title={t('stock_batches.fields.batch_no')} render={(_, row) => row.stock_batches?.batch_no ?? t('transfers.actions.fefo')} />
        <Table.Column<LineRow> dataIndex="qty" title={t('stock.fields.qty')} align="right" render={(qty: number, row) => `${formatQty(qty)} ${row.products?.unit ?? ''}`} />
      </Table>
      {moved.result.data.length > 0 && (
        <>
          <Typography.Title level={5}>{t('transfers.titles.batches')}</Typography.Title>
          <Table<MovedRow> rowKey="id" size="small" dataSource={moved.result.data} pagination={false}>
            <Table.Column<MovedRow> dataIndex="product_name" title={t('stock.fields.product')} />
            <Table.Column<MovedRow> dataIndex="batch_no" title={t('stock_batches.fields.batch_no')} />
            <Table.Column<MovedRow> dataIndex="qty" title={t('stock.fields.qty')} align="right" render={(qty: number) => formatQty(-qty)} />
          </Table>
        </>
      )}
    </>
  );
}
