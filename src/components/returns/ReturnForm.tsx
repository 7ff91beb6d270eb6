import { Alert, Card, Col, Form, Input, InputNumber, Radio, Row, Table, Typography, type FormInstance } from 'antd';
import { useList, useOne, useTranslate } from '@refinedev/core';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, formatQty } from '../common/format.ts';
import { numberRules, textRules } from '../common/rules.ts';
import { OrderSelect, ORDER_OPTION_COLUMNS, type OrderOption } from '../payments/OrderSelect.tsx';
import { lineRefund, orderAllowsReturn, returnableByLine, type ReturnKind } from './rules.ts';

export type ReturnFormValues = { order_id?: string; kind: ReturnKind; reason?: string; qty?: Record<string, number | null | undefined> };

export type OrderLineRow = {
  id: string;
  line_no: number;
  product_id: string;
  qty: number;
  shipped_qty: number;
  exchanged_qty: number;
  returned_qty: number;
  line_total: number;
  products: { sku: string; name: string; unit: string } | null;
};

/** The order's lines with what may still come back (shipped − already requested). */
export function useReturnableLines(orderId: string | undefined) {
  const lines = useList<OrderLineRow>({
    resource: 'sales_order_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: orderId }],
    sorters: [{ field: 'line_no', order: 'asc' }],
    meta: { select: 'id, line_no, product_id, qty, shipped_qty, exchanged_qty, returned_qty, line_total, products(sku, name, unit)' },
    queryOptions: { enabled: !!orderId },
  });
  const earlier = useList<{ id: string; status: string; return_lines: { order_line_id: string; qty: number }[] }>({
    resource: 'returns',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: orderId }],
    meta: { select: 'id, status, return_lines(order_line_id, qty)' },
    queryOptions: { enabled: !!orderId },
  });
  const requested = earlier.result.data.flatMap((r) => r.return_lines.map((l) => ({ ...l, status: r.status })));
  return {
    lines: lines.result.data,
    returnable: returnableByLine(lines.result.data, requested),
    isLoading: lines.query.isLoading || earlier.query.isLoading,
  };
}

type Props = { form: FormInstance<ReturnFormValues>; initialOrderId?: string; onFinish: (values: ReturnFormValues) => void; onValuesChange?: () => void };

/**
 * Request a return (refund) or an exchange of shipped goods: per order line a quantity up to what was
 * shipped and not yet asked back (request_return refuses more: over_return), and a reason.
 */
export function ReturnForm({ form, initialOrderId, onFinish, onValuesChange }: Props) {
  const t = useTranslate();
  const orderId = (Form.useWatch('order_id', form) as string | undefined) ?? initialOrderId;
  const kind = (Form.useWatch('kind', form) as ReturnKind | undefined) ?? 'return';
  const qty = (Form.useWatch('qty', form) ?? {}) as Record<string, number | null | undefined>;
  const order = useOne<OrderOption>({ resource: 'sales_orders', id: orderId, meta: { select: ORDER_OPTION_COLUMNS }, queryOptions: { enabled: !!orderId } });
  const { lines, returnable, isLoading } = useReturnableLines(orderId);
  const total = lines.reduce((sum, line) => sum + (qty[line.id] ? lineRefund(line, qty[line.id]) : 0), 0);
  const status = order.result?.status;
  const anyReturnable = lines.some((l) => returnable[l.id] > 0);

  return (
    <Form<ReturnFormValues>
      form={form}
      layout="vertical"
      initialValues={{ order_id: initialOrderId, kind: 'return' }}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      scrollToFirstError
    >
      <Card size="small" title={t('returns.titles.request')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="order_id" label={t('returns.fields.order')} rules={[{ required: true, message: t('validation.required') }]}>
              <OrderSelect statuses={['partially_shipped', 'shipped', 'completed']} onChange={() => form.setFieldValue('qty', {})} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="kind" label={t('returns.fields.kind')}>
              <Radio.Group optionType="button" options={(['return', 'exchange'] as const).map((k) => ({ value: k, label: t(`returns.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reason" label={t('returns.fields.reason')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, ...textRules(t, 500)]}>
              <Input maxLength={500} placeholder={t('returns.placeholders.reason')} />
            </Form.Item>
          </Col>
        </Row>
        {order.result && (
          <Typography.Text type="secondary">
            {t('returns.actions.orderSummary', { customer: order.result.customers?.name ?? '', total: formatMoney(order.result.total_amount) })}
          </Typography.Text>
        )}
        {kind === 'exchange' && <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('returns.actions.exchangeHint')} />}
      </Card>
      <Card size="small" title={t('returns.titles.lines')}>
        {orderId && status && !orderAllowsReturn(status) ? (
          <Alert type="warning" showIcon message={t('returns.actions.notShipped')} />
        ) : (
          <Table<OrderLineRow>
            rowKey="id"
            size="small"
            className="lines-table"
            loading={!!orderId && isLoading}
            dataSource={orderId ? lines : []}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: <EmptyHint text={t(orderId ? 'returns.empty.noLines' : 'returns.empty.pickOrder')} /> }}
            summary={() =>
              kind === 'return' && lines.length > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={5} align="right">
                    {t('returns.fields.refundEstimate')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <Typography.Text strong data-testid="refund-estimate">
                      {formatMoney(total)}
                    </Typography.Text>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          >
            <Table.Column<OrderLineRow> dataIndex="line_no" title="#" width={40} />
            <Table.Column<OrderLineRow>
              key="product"
              title={t('stock.fields.product')}
              render={(_, row) => (
                <>
                  {row.products?.name}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {row.products?.sku}
                  </Typography.Text>
                </>
              )}
            />
            <Table.Column<OrderLineRow> key="shipped" title={t('returns.fields.shipped')} align="right" render={(_, row) => `${formatQty(Number(row.shipped_qty) + Number(row.exchanged_qty))} ${row.products?.unit ?? ''}`} />
            <Table.Column<OrderLineRow>
              key="returnable"
              title={t('returns.fields.returnable')}
              align="right"
              render={(_, row) => <span data-testid={`returnable-${row.products?.sku}`}>{formatQty(returnable[row.id] ?? 0)}</span>}
            />
            <Table.Column<OrderLineRow>
              key="qty"
              title={t('returns.fields.qty')}
              width={150}
              render={(_, row) => (
                <Form.Item
                  name={['qty', row.id]}
                  rules={[
                    ...numberRules(t, { min: 0, max: returnable[row.id] ?? 0, decimals: 3 }),
                  ]}
                >
                  <InputNumber<number>
                    min={0}
                    max={returnable[row.id] ?? 0}
                    disabled={!returnable[row.id]}
                    placeholder={row.products?.unit}
                    style={{ width: '100%' }}
                    data-testid={`return-qty-${row.products?.sku}`}
                  />
                </Form.Item>
              )}
            />
            <Table.Column<OrderLineRow>
              key="refund"
              title={t('returns.fields.refund_amount')}
              align="right"
              render={(_, row) => (kind === 'return' && qty[row.id] ? formatMoney(lineRefund(row, qty[row.id])) : '—')}
            />
          </Table>
        )}
        {orderId && !isLoading && lines.length > 0 && !anyReturnable && <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('returns.actions.nothingReturnable')} />}
      </Card>
    </Form>
  );
}
