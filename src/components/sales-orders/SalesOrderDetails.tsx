import { Card, Col, Descriptions, Row, Steps, Table, Tag, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useCan, useList, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, formatQty, toNumber } from '../common/format.ts';
import { useCapability } from '../common/useCapability.ts';
import { DocumentHeader, ProductCell } from '../documents/DocumentDetails.tsx';
import { OrderStatusTag, PaymentStatusTag } from './StatusTags.tsx';
import { useOrderLines } from './useOrderLines.ts';
import type { OrderLineRow, SalesOrderRow } from './types.ts';

type Discount = { id: string; source: 'promotion' | 'coupon'; label: string; amount: number; order_line_id: string | null };
type Payment = { id: string; payment_no: string; kind: 'payment' | 'refund'; method: string; amount: number; status: string; paid_at: string | null; created_at: string };
type Shipment = { id: string; shipment_no: string; status: string; carrier_code: string | null; tracking_no: string | null; tracking_url: string | null; shipped_at: string; delivered_at: string | null; carriers: { name: string } | null; shipment_lines: { count: number }[] };
type LineCost = { order_line_id: string; cogs_amount: number };

const STEP: Record<string, number> = { draft: 0, confirmed: 1, partially_shipped: 2, shipped: 3, completed: 4, cancelled: 1 };

/** An order: progress, header facts, lines with ordered / shipped / returned, totals and discounts, payments and shipments. */
export function SalesOrderDetails({ order }: { order: SalesOrderRow }) {
  const t = useTranslate();
  const showCosts = useCapability('view_costs');
  const { data: canSeePayments } = useCan({ resource: 'payments', action: 'list' });
  const { lines, query } = useOrderLines(order.id);
  const discounts = useList<Discount>({
    resource: 'sales_order_discounts',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: order.id }],
    meta: { select: 'id, source, label, amount, order_line_id' },
  });
  const payments = useList<Payment>({
    resource: 'payments',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: order.id }],
    sorters: [{ field: 'created_at', order: 'asc' }],
    meta: { select: 'id, payment_no, kind, method, amount, status, paid_at, created_at' },
    queryOptions: { enabled: !!canSeePayments?.can },
  });
  const shipments = useList<Shipment>({
    resource: 'shipments',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: order.id }],
    sorters: [{ field: 'shipped_at', order: 'asc' }],
    meta: { select: 'id, shipment_no, status, carrier_code, tracking_no, tracking_url, shipped_at, delivered_at, carriers(name), shipment_lines(count)' },
  });
  const costs = useList<LineCost>({
    resource: 'sales_order_line_costs',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: order.id }],
    meta: { select: 'order_line_id, cogs_amount' },
    queryOptions: { enabled: showCosts },
  });
  const cogs = new Map(costs.result.data.map((c) => [c.order_line_id, toNumber(c.cogs_amount)]));
  const shipTo = order.ship_to;

  return (
    <>
      <Steps
        size="small"
        current={STEP[order.status]}
        status={order.status === 'cancelled' ? 'error' : order.status === 'completed' ? 'finish' : 'process'}
        style={{ marginBottom: 24, maxWidth: 900 }}
        items={[
          { title: t('sales_orders.status.draft'), description: <DateField value={order.created_at} format="MM-DD HH:mm" /> },
          ...(order.status === 'cancelled'
            ? [{ title: t('sales_orders.status.cancelled'), description: order.cancelled_at ? <DateField value={order.cancelled_at} format="MM-DD HH:mm" /> : undefined }]
            : [
                { title: t('sales_orders.status.confirmed'), description: order.confirmed_at ? <DateField value={order.confirmed_at} format="MM-DD HH:mm" /> : undefined },
                { title: t('sales_orders.status.partially_shipped') },
                { title: t('sales_orders.status.shipped'), description: order.shipped_at ? <DateField value={order.shipped_at} format="MM-DD HH:mm" /> : undefined },
                { title: t('sales_orders.status.completed'), description: order.completed_at ? <DateField value={order.completed_at} format="MM-DD HH:mm" /> : undefined },
              ]),
        ]}
      />
      <DocumentHeader
        items={[
          { key: 'no', label: t('sales_orders.fields.order_no'), children: <Typography.Text copyable>{order.order_no}</Typography.Text> },
          { key: 'status', label: t('sales_orders.fields.status'), children: <span data-testid="order-status"><OrderStatusTag status={order.status} /></span> },
          { key: 'payment', label: t('sales_orders.fields.payment_status'), children: <PaymentStatusTag status={order.payment_status} /> },
          { key: 'customer', label: t('sales_orders.fields.customer'), children: <Link to={`/customers/show/${order.customer_id}`}>{order.customer?.name}</Link> },
          { key: 'warehouse', label: t('sales_orders.fields.warehouse'), children: order.warehouse?.name },
          { key: 'salesperson', label: t('sales_orders.fields.salesperson'), children: order.salesperson?.full_name ?? '—' },
          {
            key: 'ship_to',
            label: t('sales_orders.fields.ship_to'),
            span: 2,
            children: shipTo
              ? [shipTo.recipient, shipTo.phone, [shipTo.province, shipTo.city, shipTo.district, shipTo.address_line].filter(Boolean).join(' ')].filter(Boolean).join('，')
              : <Typography.Text type="secondary">{t('sales_orders.empty.shipTo')}</Typography.Text>,
          },
          { key: 'created', label: t('sales_orders.fields.created_at'), children: <DateField value={order.created_at} format="YYYY-MM-DD HH:mm" /> },
          { key: 'note', label: t('sales_orders.fields.note'), span: order.cancel_reason ? 1 : 3, children: order.note ?? '—' },
          ...(order.cancel_reason ? [{ key: 'reason', label: t('sales_orders.fields.cancel_reason'), span: 2, children: order.cancel_reason }] : []),
        ]}
      />
      <Typography.Title level={5}>{t('sales_orders.fields.lines')}</Typography.Title>
      <Table<OrderLineRow> rowKey="id" size="small" loading={query.isLoading} dataSource={lines} pagination={false} style={{ marginBottom: 16 }} scroll={{ x: 1000 }} data-testid="order-lines">
        <Table.Column<OrderLineRow> dataIndex="line_no" title="#" width={40} />
        <Table.Column<OrderLineRow>
          key="product"
          title={t('sales_orders.fields.product')}
          render={(_, row) => <ProductCell productId={row.product_id} product={row.products} />}
        />
        <Table.Column<OrderLineRow>
          key="unit_price"
          title={t('sales_orders.fields.unit_price')}
          align="right"
          render={(_, row) => (
            <>
              {formatMoney(row.unit_price)}
              {toNumber(row.unit_price) !== toNumber(row.list_price) && (
                <Typography.Text delete type="secondary" style={{ marginInlineStart: 4, fontSize: 12 }}>{formatMoney(row.list_price)}</Typography.Text>
              )}
            </>
          )}
        />
        <Table.Column<OrderLineRow> key="qty" title={t('sales_orders.fields.qty')} align="right" render={(_, row) => `${formatQty(row.qty)} ${row.products?.unit ?? ''}`} />
        <Table.Column<OrderLineRow>
          key="shipped"
          title={t('sales_orders.fields.shipped_qty')}
          align="right"
          render={(_, row) => <span data-testid={`shipped-${row.line_no}`}>{formatQty(row.shipped_qty)}</span>}
        />
        <Table.Column<OrderLineRow> key="returned" title={t('sales_orders.fields.returned_qty')} align="right" render={(_, row) => formatQty(row.returned_qty)} />
        <Table.Column<OrderLineRow> key="reserved" title={t('sales_orders.fields.reserved_qty')} align="right" responsive={['lg']} render={(_, row) => formatQty(row.reserved_qty)} />
        <Table.Column<OrderLineRow>
          key="discount"
          title={t('sales_orders.fields.discount')}
          align="right"
          render={(_, row) => {
            const total = toNumber(row.promotion_discount) + toNumber(row.coupon_discount);
            return total > 0 ? (
              <span title={row.promotion?.name ?? undefined}>
                <Typography.Text type="danger">−{formatMoney(total)}</Typography.Text>
              </span>
            ) : (
              '—'
            );
          }}
        />
        <Table.Column<OrderLineRow> key="line_total" title={t('sales_orders.fields.line_total')} align="right" render={(_, row) => <Typography.Text strong>{formatMoney(row.line_total)}</Typography.Text>} />
        {showCosts && (
          <Table.Column<OrderLineRow>
            key="cogs"
            title={t('sales_orders.fields.cogs')}
            align="right"
            render={(_, row) => (cogs.has(row.id) && toNumber(row.shipped_qty) > 0 ? formatMoney(cogs.get(row.id)) : '—')}
          />
        )}
      </Table>
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('sales_orders.titles.discounts')}>
            {discounts.result.data.length === 0 ? (
              <Typography.Text type="secondary">{t('sales_orders.empty.discounts')}</Typography.Text>
            ) : (
              discounts.result.data.map((d) => (
                <div key={d.id} style={{ display: 'flex', justifyContent: 'space-between', padding: '2px 0' }}>
                  <span>
                    <Tag color={d.source === 'coupon' ? 'purple' : 'volcano'}>{t(`sales_orders.discountSource.${d.source}`)}</Tag>
                    {d.label}
                    {d.order_line_id && (
                      <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                        #{lines.find((l) => l.id === d.order_line_id)?.line_no}
                      </Typography.Text>
                    )}
                  </span>
                  <Typography.Text type="danger">−{formatMoney(d.amount)}</Typography.Text>
                </div>
              ))
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Descriptions
            bordered
            size="small"
            column={1}
            data-testid="order-totals"
            items={[
              { key: 'subtotal', label: t('sales_orders.fields.subtotal'), children: formatMoney(order.subtotal) },
              { key: 'promo', label: t('sales_orders.fields.promotion_discount'), children: `−${formatMoney(order.promotion_discount)}` },
              {
                key: 'coupon',
                label: order.coupon ? t('sales_orders.fields.couponWithCode', { code: order.coupon.code }) : t('sales_orders.fields.coupon_discount'),
                children: `−${formatMoney(order.coupon_discount)}`,
              },
              {
                key: 'total',
                label: <Typography.Text strong>{t('sales_orders.fields.total_amount')}</Typography.Text>,
                children: <Typography.Text strong style={{ color: '#cf1322' }} data-testid="order-total">{formatMoney(order.total_amount)}</Typography.Text>,
              },
              { key: 'paid', label: t('sales_orders.fields.paid_amount'), children: formatMoney(order.paid_amount) },
              ...(toNumber(order.refunded_amount) > 0 ? [{ key: 'refunded', label: t('sales_orders.fields.refunded_amount'), children: formatMoney(order.refunded_amount) }] : []),
            ]}
          />
        </Col>
      </Row>
      <Typography.Title level={5}>{t('sales_orders.titles.shipments')}</Typography.Title>
      <Table<Shipment>
        rowKey="id"
        size="small"
        dataSource={shipments.result.data}
        loading={shipments.query.isLoading}
        pagination={false}
        style={{ marginBottom: 24 }}
        data-testid="order-shipments"
        locale={{ emptyText: <EmptyHint text={t(order.status === 'draft' || order.status === 'cancelled' ? 'sales_orders.empty.shipmentsNone' : 'sales_orders.empty.shipments')} /> }}
      >
        <Table.Column<Shipment> dataIndex="shipment_no" title={t('sales_orders.fields.shipment_no')} render={(no: string, row) => <Link to={`/shipments/show/${row.id}`}>{no}</Link>} />
        <Table.Column<Shipment> key="carrier" title={t('sales_orders.fields.carrier')} render={(_, row) => row.carriers?.name ?? row.carrier_code ?? '—'} />
        <Table.Column<Shipment>
          dataIndex="tracking_no"
          title={t('sales_orders.fields.tracking_no')}
          render={(no: string | null, row) => (no ? row.tracking_url ? <a href={row.tracking_url} target="_blank" rel="noreferrer">{no}</a> : no : '—')}
        />
        <Table.Column<Shipment> key="lines" title={t('sales_orders.fields.lines')} align="right" render={(_, row) => row.shipment_lines?.[0]?.count ?? 0} />
        <Table.Column<Shipment> dataIndex="status" title={t('sales_orders.fields.status')} render={(s: string) => <Tag color={s === 'delivered' ? 'success' : 'processing'}>{t(`sales_orders.shipmentStatus.${s}`)}</Tag>} />
        <Table.Column<Shipment> dataIndex="shipped_at" title={t('sales_orders.fields.shipped_at')} render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />} />
      </Table>
      {canSeePayments?.can && (
        <>
          <Typography.Title level={5}>{t('sales_orders.titles.payments')}</Typography.Title>
          <Table<Payment>
            rowKey="id"
            size="small"
            dataSource={payments.result.data}
            loading={payments.query.isLoading}
            pagination={false}
            locale={{ emptyText: <EmptyHint text={t('sales_orders.empty.payments')} /> }}
          >
            <Table.Column<Payment> dataIndex="payment_no" title={t('sales_orders.fields.payment_no')} render={(no: string, row) => <Link to={`/payments/show/${row.id}`}>{no}</Link>} />
            <Table.Column<Payment> dataIndex="kind" title={t('sales_orders.fields.payment_kind')} render={(k: string) => t(`sales_orders.paymentKind.${k}`)} />
            <Table.Column<Payment> dataIndex="method" title={t('sales_orders.fields.payment_method')} render={(m: string) => t(`sales_orders.paymentMethod.${m}`)} />
            <Table.Column<Payment> dataIndex="amount" title={t('sales_orders.fields.amount')} align="right" render={(v) => formatMoney(v)} />
            <Table.Column<Payment> dataIndex="status" title={t('sales_orders.fields.status')} render={(s: string) => t(`sales_orders.paymentState.${s}`)} />
            <Table.Column<Payment> key="at" title={t('sales_orders.fields.paid_at')} render={(_, row) => <DateField value={row.paid_at ?? row.created_at} format="YYYY-MM-DD HH:mm" />} />
          </Table>
        </>
      )}
    </>
  );
}
