import { Col, Row, Table, Tag, Timeline, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { formatQty } from '../common/format.ts';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import { addressLine } from './shipment.ts';
import { ShipmentStatusTag, TrackingLink } from './ShipmentStatusTag.tsx';
import type { ShipmentRow } from './types.ts';

type BatchRow = { id: string; qty: number; returned_qty: number; stock_batches: { batch_no: string; expiry_date: string | null } | null };
type LineRow = {
  id: string;
  qty: number;
  product_id: string;
  products: { sku: string; name: string; unit: string } | null;
  sales_order_lines: { line_no: number } | null;
  shipment_line_batches: BatchRow[];
};
type EventRow = { id: string; status: string; description: string | null; location: string | null; occurred_at: string };

const EVENT_COLORS: Record<string, string> = { shipped: 'blue', in_transit: 'blue', out_for_delivery: 'cyan', delivered: 'green', exception: 'red', note: 'gray' };

export function ShipmentDetails({ shipment }: { shipment: ShipmentRow }) {
  const t = useTranslate();
  const lines = useList<LineRow>({
    resource: 'shipment_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'shipment_id', operator: 'eq', value: shipment.id }],
    meta: {
      select:
        'id, qty, product_id, products(sku, name, unit), sales_order_lines(line_no), shipment_line_batches(id, qty, returned_qty, stock_batches(batch_no, expiry_date))',
    },
  });
  const events = useList<EventRow>({
    resource: 'shipment_events',
    pagination: { mode: 'off' },
    filters: [{ field: 'shipment_id', operator: 'eq', value: shipment.id }],
    sorters: [{ field: 'occurred_at', order: 'desc' }],
    meta: { select: 'id, status, description, location, occurred_at' },
  });
  const rows = [...lines.result.data].sort((a, b) => (a.sales_order_lines?.line_no ?? 0) - (b.sales_order_lines?.line_no ?? 0));
  const to = shipment.ship_to;

  return (
    <>
      <DocumentHeader
        items={[
          { key: 'no', label: t('shipments.fields.shipment_no'), children: <Typography.Text copyable>{shipment.shipment_no}</Typography.Text> },
          { key: 'status', label: t('shipments.fields.status'), children: <ShipmentStatusTag status={shipment.status} /> },
          {
            key: 'order',
            label: t('shipments.fields.order'),
            children: (
              <>
                <Link to={`/orders/show/${shipment.order_id}`}>{shipment.sales_orders?.order_no}</Link>
                {shipment.kind === 'exchange' && (
                  <Tag color="purple" style={{ marginInlineStart: 8 }}>
                    {t('shipments.kind.exchange')} {shipment.returns?.return_no}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'customer', label: t('shipments.fields.customer'), children: shipment.sales_orders?.customers?.name ?? '—' },
          { key: 'warehouse', label: t('shipments.fields.warehouse'), children: shipment.warehouses?.name },
          { key: 'carrier', label: t('shipments.fields.carrier'), children: shipment.carriers?.name ?? '—' },
          { key: 'tracking', label: t('shipments.fields.tracking_no'), children: <TrackingLink url={shipment.tracking_url} trackingNo={shipment.tracking_no} /> },
          { key: 'shipped_at', label: t('shipments.fields.shipped_at'), children: <DateField value={shipment.shipped_at} format="YYYY-MM-DD HH:mm" /> },
          {
            key: 'delivered_at',
            label: t('shipments.fields.delivered_at'),
            children: shipment.delivered_at ? <DateField value={shipment.delivered_at} format="YYYY-MM-DD HH:mm" /> : '—',
          },
          {
            key: 'ship_to',
            label: t('shipments.fields.ship_to'),
            span: 'filled' as const,
            children: to ? `${to.recipient ?? ''} ${to.phone ?? ''} · ${addressLine(to)}` : '—',
          },
          ...(shipment.note ? [{ key: 'note', label: t('stock.fields.note'), span: 'filled' as const, children: shipment.note }] : []),
        ]}
      />
      <Row gutter={24}>
        <Col xs={24} xl={16}>
          <Typography.Title level={5}>{t('shipments.titles.lines')}</Typography.Title>
          <Table<LineRow> rowKey="id" size="small" loading={lines.query.isLoading} dataSource={rows} pagination={false} style={{ marginBottom: 24 }} data-testid="shipment-lines">
            <Table.Column<LineRow> key="no" title="#" width={44} render={(_, row) => row.sales_order_lines?.line_no} />
            <Table.Column<LineRow>
              key="product"
              title={t('stock.fields.product')}
              render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
            />
            <Table.Column<LineRow>
              key="batches"
              title={t('shipments.fields.batches')}
              render={(_, row) =>
                row.shipment_line_batches.map((b) => (
                  <div key={b.id} className="nowrap">
                    {b.stock_batches?.batch_no}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                      {b.stock_batches?.expiry_date ? t('shipments.fields.expiresOn', { date: b.stock_batches.expiry_date }) : ''} × {formatQty(b.qty)}
                      {Number(b.returned_qty) > 0 ? ` · ${t('shipments.fields.returnedQty', { qty: formatQty(b.returned_qty) })}` : ''}
                    </Typography.Text>
                  </div>
                ))
              }
            />
            <Table.Column<LineRow> dataIndex="qty" title={t('stock.fields.qty')} align="right" render={(qty: number, row) => `${formatQty(qty)} ${row.products?.unit ?? ''}`} />
          </Table>
        </Col>
        <Col xs={24} xl={8}>
          <Typography.Title level={5}>{t('shipments.titles.events')}</Typography.Title>
          {events.result.data.length === 0 && !events.query.isLoading ? (
            <EmptyHint text={t('shipments.empty.events')} />
          ) : (
            <Timeline
              style={{ marginTop: 12 }}
              items={events.result.data.map((e) => ({
                color: EVENT_COLORS[e.status] ?? 'gray',
                children: (
                  <div data-testid="shipment-event" data-status={e.status}>
                    <Typography.Text strong>{t(`shipments.events.${e.status}`)}</Typography.Text>
                    {e.location && <Typography.Text type="secondary"> · {e.location}</Typography.Text>}
                    {e.description && e.description !== t(`shipments.events.${e.status}`) && <div>{e.description}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      <DateField value={e.occurred_at} format="YYYY-MM-DD HH:mm" />
                    </Typography.Text>
                  </div>
                ),
              }))}
            />
          )}
        </Col>
      </Row>
    </>
  );
}
