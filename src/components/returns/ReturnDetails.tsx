import { Steps, Table, Tag, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { formatMoney, formatQty } from '../common/format.ts';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import { ShipmentStatusTag } from '../shipments/ShipmentStatusTag.tsx';
import { ReturnKindTag, ReturnStatusTag } from './ReturnStatusTag.tsx';
import type { ReturnRow } from './types.ts';

export type ReturnLineRow = {
  id: string;
  order_line_id: string;
  product_id: string;
  qty: number;
  refund_amount: number;
  disposition: 'restock' | 'scrap' | null;
  products: { sku: string; name: string; unit: string } | null;
  return_line_batches: { id: string; qty: number; disposition: string; stock_batches: { batch_no: string; expiry_date: string | null } | null }[];
};

export function useReturnLines(returnId: string | undefined) {
  const { result, query } = useList<ReturnLineRow>({
    resource: 'return_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'return_id', operator: 'eq', value: returnId }],
    meta: { select: 'id, order_line_id, product_id, qty, refund_amount, disposition, products(sku, name, unit), return_line_batches(id, qty, disposition, stock_batches(batch_no, expiry_date))' },
    queryOptions: { enabled: !!returnId },
  });
  return { lines: result.data, isLoading: query.isLoading };
}

const time = (v: string | null) => (v ? <DateField value={v} format="MM-DD HH:mm" /> : undefined);

export function ReturnDetails({ ret, lines, loading }: { ret: ReturnRow; lines: ReturnLineRow[]; loading: boolean }) {
  const t = useTranslate();
  const refunds = useList<{ id: string; payment_no: string; amount: number; method: string; paid_at: string | null }>({
    resource: 'payments',
    pagination: { mode: 'off' },
    filters: [{ field: 'return_id', operator: 'eq', value: ret.id }],
    meta: { select: 'id, payment_no, amount, method, paid_at' },
    queryOptions: { enabled: ret.kind === 'return' && ret.status === 'refunded' },
  });
  const shipments = useList<{ id: string; shipment_no: string; status: string }>({
    resource: 'shipments',
    pagination: { mode: 'off' },
    filters: [{ field: 'return_id', operator: 'eq', value: ret.id }],
    meta: { select: 'id, shipment_no, status' },
    queryOptions: { enabled: ret.kind === 'exchange' && ret.status === 'exchanged' },
  });

  const rejected = ret.status === 'rejected';
  const last = ret.kind === 'exchange' ? 'exchanged' : 'refunded';
  const order = ['requested', 'approved', 'received', last];
  const current = rejected ? 1 : order.indexOf(ret.status);
  return (
    <>
      <Steps
        size="small"
        current={current}
        status={rejected ? 'error' : current === 3 ? 'finish' : 'process'}
        style={{ marginBottom: 24, maxWidth: 860 }}
        items={
          rejected
            ? [
                { title: t('returns.status.requested'), description: time(ret.requested_at) },
                { title: t('returns.status.rejected'), description: time(ret.decided_at) },
              ]
            : [
                { title: t('returns.status.requested'), description: time(ret.requested_at) },
                { title: t('returns.status.approved'), description: time(ret.decided_at) },
                { title: t('returns.status.received'), description: time(ret.received_at) },
                { title: t(`returns.status.${last}`), description: time(ret.closed_at) },
              ]
        }
      />
      <DocumentHeader
        items={[
          { key: 'no', label: t('returns.fields.return_no'), children: <Typography.Text copyable>{ret.return_no}</Typography.Text> },
          { key: 'kind', label: t('returns.fields.kind'), children: <ReturnKindTag kind={ret.kind} /> },
          { key: 'status', label: t('returns.fields.status'), children: <ReturnStatusTag status={ret.status} /> },
          { key: 'order', label: t('returns.fields.order'), children: <Link to={`/orders/show/${ret.order_id}`}>{ret.sales_orders?.order_no}</Link> },
          { key: 'customer', label: t('returns.fields.customer'), children: ret.customers?.name },
          ...(ret.kind === 'return'
            ? [
                { key: 'refund', label: t('returns.fields.refund_amount'), children: formatMoney(ret.refund_amount) },
                {
                  key: 'refunded',
                  label: t('returns.fields.refunded_amount'),
                  children: <span data-testid="return-refunded">{formatMoney(ret.refunded_amount)}</span>,
                },
              ]
            : []),
          { key: 'reason', label: t('returns.fields.reason'), span: 'filled' as const, children: ret.reason ?? '—' },
          ...(ret.decision_note ? [{ key: 'decision', label: t('returns.fields.decision_note'), span: 'filled' as const, children: ret.decision_note }] : []),
        ]}
      />
      <Typography.Title level={5}>{t('returns.titles.lines')}</Typography.Title>
      <Table<ReturnLineRow> rowKey="id" size="small" loading={loading} dataSource={lines} pagination={false} style={{ marginBottom: 24 }}>
        <Table.Column<ReturnLineRow>
          key="product"
          title={t('stock.fields.product')}
          render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
        />
        <Table.Column<ReturnLineRow> dataIndex="qty" title={t('returns.fields.qty')} align="right" render={(q: number, row) => `${formatQty(q)} ${row.products?.unit ?? ''}`} />
        {ret.kind === 'return' && <Table.Column<ReturnLineRow> dataIndex="refund_amount" title={t('returns.fields.refund_amount')} align="right" render={(v: number) => formatMoney(v)} />}
        <Table.Column<ReturnLineRow>
          dataIndex="disposition"
          title={t('returns.fields.disposition')}
          render={(d: string | null) => (d ? <Tag color={d === 'restock' ? 'green' : 'red'} data-disposition={d}>{t(`returns.disposition.${d}`)}</Tag> : '—')}
        />
        <Table.Column<ReturnLineRow>
          key="batches"
          title={t('returns.fields.batches')}
          render={(_, row) =>
            row.return_line_batches.length
              ? row.return_line_batches.map((b) => (
                  <div key={b.id} className="nowrap">
                    {b.stock_batches?.batch_no} × {formatQty(b.qty)}
                  </div>
                ))
              : '—'
          }
        />
      </Table>
      {refunds.result.data.length > 0 && (
        <>
          <Typography.Title level={5}>{t('returns.titles.refunds')}</Typography.Title>
          <Table rowKey="id" size="small" dataSource={refunds.result.data} pagination={false} data-testid="return-refunds">
            <Table.Column dataIndex="payment_no" title={t('payments.fields.payment_no')} render={(no: string, row: { id: string }) => <Link to={`/payments/show/${row.id}`}>{no}</Link>} />
            <Table.Column dataIndex="method" title={t('payments.fields.method')} render={(m: string) => t(`payments.methods.${m}`)} />
            <Table.Column dataIndex="amount" title={t('payments.fields.amount')} align="right" render={(v: number) => <Typography.Text type="danger">{formatMoney(v)}</Typography.Text>} />
            <Table.Column dataIndex="paid_at" title={t('payments.fields.paid_at')} render={(v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : '—')} />
          </Table>
        </>
      )}
      {shipments.result.data.length > 0 && (
        <>
          <Typography.Title level={5}>{t('returns.titles.exchangeShipment')}</Typography.Title>
          {shipments.result.data.map((s) => (
            <div key={s.id}>
              <Link to={`/shipments/show/${s.id}`}>{s.shipment_no}</Link> <ShipmentStatusTag status={s.status} />
            </div>
          ))}
        </>
      )}
    </>
  );
}
