import { Alert, Button, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { formatMoney, formatQty } from '../common/format.ts';
import { useRpcQueryFn } from '../common/useRpc.ts';
import { addressLine, noteTotals, type ShipTo } from './shipment.ts';
import './delivery-note.css';

export type DeliveryNoteData = {
  title: string;
  shipment_no: string;
  kind: 'sale' | 'exchange';
  status: string;
  shipped_at: string;
  delivered_at: string | null;
  order_no: string;
  order_date: string;
  customer: { name: string; contact_name: string | null; phone: string | null };
  ship_to: ShipTo | null;
  warehouse: { id: string; name: string };
  carrier: { code: string; name: string } | null;
  tracking_no: string | null;
  tracking_url: string | null;
  note: string | null;
  shipped_by: string | null;
  total_qty: number;
  lines: {
    line_no: number;
    sku: string;
    name: string;
    spec: string | null;
    unit: string;
    qty: number;
    unit_price: number | null;
    amount: number | null;
    batches: { batch_no: string; expiry_date: string | null; qty: number }[];
  }[];
};

const day = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD') : '');
const time = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

/** The 发货单 of one shipment, from delivery_note(): an A4 sheet with a Print button. */
export function DeliveryNote({ shipmentId }: { shipmentId: string }) {
  const t = useTranslate();
  const rpc = useRpcQueryFn();
  const { data: note, isLoading, error } = useQuery({
    queryKey: ['delivery_note', shipmentId],
    queryFn: () => rpc<DeliveryNoteData>('delivery_note', { p_shipment_id: shipmentId }),
  });

  if (isLoading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error || !note) return <Alert type="error" showIcon message={t('shipments.titles.deliveryNote')} description={(error as Error | null)?.message} />;

  const totals = noteTotals(note.lines);
  const to = note.ship_to;
  return (
    <div className="delivery-note-desk">
      <div className="delivery-note-toolbar no-print">
        <Link to={`/shipments/show/${shipmentId}`}>
          <ArrowLeftOutlined /> {t('shipments.actions.backToShipment')}
        </Link>
        <Space>
          <span style={{ color: '#8c8c8c' }}>{t('shipments.actions.printHint')}</span>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('shipments.actions.print')}
          </Button>
        </Space>
      </div>
      <article className="delivery-note" data-testid="delivery-note">
        <div className="dn-head">
          <div>
            <div style={{ fontSize: 14, fontWeight: 600 }}>{note.warehouse.name}</div>
            <div>{t('app.title')}</div>
          </div>
          <div style={{ textAlign: 'right' }}>
            <div>
              {t('shipments.note.shipmentNo')}<strong data-testid="dn-shipment-no">{note.shipment_no}</strong>
            </div>
            <div>
              {t('shipments.note.printedAt')}{time(new Date().toISOString())}
            </div>
          </div>
        </div>
        <h1>{t('shipments.note.title')}</h1>
        <div className="dn-sub">{note.kind === 'exchange' ? t('shipments.note.exchange') : t('shipments.note.subtitle')}</div>
        <table className="dn-info">
          <tbody>
            <tr>
              <th>{t('shipments.note.customer')}</th>
              <td>{note.customer.name}</td>
              <th>{t('shipments.note.orderNo')}</th>
              <td data-testid="dn-order-no">{note.order_no}</td>
            </tr>
            <tr>
              <th>{t('shipments.note.recipient')}</th>
              <td>
                {to?.recipient ?? note.customer.contact_name ?? note.customer.name} {to?.phone ?? note.customer.phone ?? ''}
              </td>
              <th>{t('shipments.note.orderDate')}</th>
              <td>{day(note.order_date)}</td>
            </tr>
            <tr>
              <th>{t('shipments.note.address')}</th>
              <td>
                {addressLine(to) || '—'}
                {to?.postal_code ? ` (${to.postal_code})` : ''}
              </td>
              <th>{t('shipments.note.shippedAt')}</th>
              <td>{time(note.shipped_at)}</td>
            </tr>
            <tr>
              <th>{t('shipments.note.carrier')}</th>
              <td>{note.carrier?.name ?? '—'}</td>
              <th>{t('shipments.note.trackingNo')}</th>
              <td>{note.tracking_no ?? '—'}</td>
            </tr>
          </tbody>
        </table>
        <table className="dn-lines">
          <thead>
            <tr>
              <th style={{ width: 28 }}>#</th>
              <th>{t('shipments.note.sku')}</th>
              <th>{t('shipments.note.name')}</th>
              <th>{t('shipments.note.unit')}</th>
              <th>{t('shipments.note.qty')}</th>
              <th>{t('shipments.note.batch')}</th>
              <th>{t('shipments.note.unitPrice')}</th>
              <th>{t('shipments.note.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {note.lines.map((line) => (
              <tr key={line.line_no} data-testid="dn-line" data-sku={line.sku} data-qty={line.qty}>
                <td className="num">{line.line_no}</td>
                <td>{line.sku}</td>
                <td>
                  {line.name}
                  {line.spec ? <div style={{ color: '#555', fontSize: 11 }}>{line.spec}</div> : null}
                </td>
                <td style={{ textAlign: 'center' }}>{line.unit}</td>
                <td className="num" data-testid="dn-qty">{formatQty(line.qty)}</td>
                <td>
                  {line.batches.map((b) => (
                    <div key={b.batch_no} className="dn-batch">
                      {b.batch_no}
                      {b.expiry_date ? ` · ${t('shipments.note.expiry')} ${b.expiry_date}` : ''}
                      {line.batches.length > 1 ? ` × ${formatQty(b.qty)}` : ''}
                    </div>
                  ))}
                </td>
                <td className="num">{line.unit_price === null ? '' : formatMoney(line.unit_price)}</td>
                <td className="num">{line.amount === null ? '' : formatMoney(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4}>{t('shipments.note.total', { count: note.lines.length })}</td>
              <td className="num" data-testid="dn-total-qty">{formatQty(totals.qty)}</td>
              <td colSpan={2} />
              <td className="num">{formatMoney(totals.amount)}</td>
            </tr>
          </tfoot>
        </table>
        <div className="dn-note">
          {t('shipments.note.remark')}{note.note ?? ''}
        </div>
        <div className="dn-signatures">
          <div className="dn-signature">
            <span>{t('shipments.note.signShipper')}</span>
            <span>{note.shipped_by ?? ''}</span>
            <span className="dn-date">{t('shipments.note.date')}</span>
          </div>
          <div className="dn-signature">
            <span>{t('shipments.note.signCarrier')}</span>
            <span />
            <span className="dn-date">{t('shipments.note.date')}</span>
          </div>
          <div className="dn-signature">
            <span>{t('shipments.note.signReceiver')}</span>
            <span />
            <span className="dn-date">{t('shipments.note.date')}</span>
          </div>
        </div>
        <div className="dn-footer">
          <span>{t('shipments.note.footer')}</span>
          <span>{note.shipment_no}</span>
        </div>
      </article>
    </div>
  );
}
