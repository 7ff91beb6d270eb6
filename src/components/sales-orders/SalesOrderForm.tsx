import { useRef, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Space, Spin, Table, Tag, Typography, type InputRef } from 'antd';
import { BarcodeOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { formatMoney, formatQty, toNumber } from '../common/format.ts';
import { qtyRules, textRules, numberRules } from '../common/rules.ts';
import { CustomerSelect } from '../customers/CustomerSelect.tsx';
import { ProductSelect } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';
import type { ShownError, OrderEntry, OrderFormValues } from './useOrderEntry.ts';

type Field = { key: number; name: number };

/** The message of an error shown on line `index` (field: which input), if any. */
function lineError(errors: (ShownError | undefined)[], index: number, field?: string) {
  for (const e of errors) {
    if (e?.target.kind === 'lines' && e.target.indices.includes(index) && (!field || e.target.field === field)) return e.message;
  }
  return undefined;
}

/**
 * Order entry: customer and warehouse, a barcode box (Enter adds the product or +1), lines with the
 * stock available in the chosen warehouse, an optional negotiated price, and the database's live
 * price preview (promotions per line, coupon, totals). Errors of the preview or of saving are shown
 * on the line, coupon or customer they concern.
 */
export function SalesOrderForm({ entry }: { entry: OrderEntry }) {
  const t = useTranslate();
  const { form, lines, products, available, preview, pricedLine, submitError, savedDraft, warehouseId, phase } = entry;
  const errors = [preview.error, submitError];
  const fieldError = (kind: 'coupon' | 'customer' | 'warehouse') => errors.find((e) => e?.target.kind === kind)?.message;
  const [scanError, setScanError] = useState<string>();
  const [scanText, setScanText] = useState('');
  const scanRef = useRef<InputRef>(null);
  const formError = submitError?.target.kind === 'form' ? submitError.message : undefined;
  const couponError = fieldError('coupon');
  const customerError = fieldError('customer');
  const warehouseError = fieldError('warehouse');
  const priced = preview.priced;

  return (
    <Form<OrderFormValues>
      form={form}
      layout="vertical"
      initialValues={entry.initialValues}
      onValuesChange={entry.onValuesChange}
      scrollToFirstError
      className="order-entry"
    >
      {phase !== 'idle' && (
        <Alert
          type="info"
          showIcon
          icon={<Spin size="small" />}
          style={{ marginBottom: 16 }}
          message={t(phase === 'creating' ? 'sales_orders.actions.creating' : 'sales_orders.actions.confirming')}
        />
      )}
      {savedDraft && submitError && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="draft-saved"
          message={
            <span>
              {t('sales_orders.actions.draftKept', { no: savedDraft.order_no })} <Link to={`/orders/show/${savedDraft.id}`}>{t('sales_orders.actions.openDraft')}</Link>
            </span>
          }
          description={t('sales_orders.actions.draftKeptHint')}
        />
      )}
      {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} />}
      <Card size="small" title={t('sales_orders.titles.header')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="customer_id"
              label={t('sales_orders.fields.customer')}
              rules={[{ required: true, message: t('validation.required') }]}
              validateStatus={customerError ? 'error' : undefined}
              help={customerError}
            >
              <CustomerSelect activeOnly />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="warehouse_id"
              label={t('sales_orders.fields.warehouse')}
              rules={[{ required: true, message: t('validation.required') }]}
              validateStatus={warehouseError ? 'error' : undefined}
              help={warehouseError}
            >
              <WarehouseSelect activeOnly />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item
              name="coupon_code"
              label={t('sales_orders.fields.coupon_code')}
              rules={[{ pattern: /^\s*[A-Za-z0-9_-]{0,32}\s*$/, message: t('sales_orders.errors.couponFormat') }]}
              validateStatus={couponError ? 'error' : priced?.coupon ? 'success' : undefined}
              hasFeedback={!!couponError || !!priced?.coupon}
              help={couponError ?? (priced?.coupon ? `${priced.coupon.name} −${formatMoney(priced.coupon.discount)}` : undefined)}
              normalize={(v: string) => v?.toUpperCase()}
            >
              <Input allowClear maxLength={32} autoComplete="off" placeholder={t('sales_orders.actions.couponPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="note" label={t('sales_orders.fields.note')} rules={textRules(t, 1000)}>
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card
        size="small"
        title={t('sales_orders.fields.lines')}
        extra={
          <Space.Compact style={{ width: 340 }}>
            <Input
              ref={scanRef}
              prefix={<BarcodeOutlined />}
              value={scanText}
              status={scanError ? 'error' : undefined}
              placeholder={t('sales_orders.actions.scanPlaceholder')}
              aria-label={t('sales_orders.actions.scanPlaceholder')}
              data-testid="barcode-input"
              onChange={(e) => {
                setScanText(e.target.value);
                setScanError(undefined);
              }}
              onPressEnter={async (e) => {
                e.preventDefault();
                const problem = await entry.scan(scanText).catch((err: Error) => err.message);
                setScanError(problem);
                if (!problem) setScanText('');
                scanRef.current?.focus();
              }}
            />
          </Space.Compact>
        }
      >
        {scanError && <Alert type="error" showIcon message={scanError} style={{ marginBottom: 12 }} />}
        <Form.List
          name="lines"
          rules={[{ validator: async (_r, value: unknown[]) => { if (!value?.length) throw new Error(t('validation.linesRequired')); } }]}
        >
          {(fields, { add, remove }, { errors: listErrors }) => (
            <>
              <Table<Field> dataSource={fields} rowKey="key" pagination={false} size="small" className="lines-table" scroll={{ x: 980 }}>
                <Table.Column<Field> key="no" title="#" width={36} render={(_, __, index) => index + 1} />
                <Table.Column<Field>
                  key="product"
                  title={t('sales_orders.fields.product')}
                  render={(_, field) => {
                    const message = lineError(errors, field.name, 'product_id');
                    return (
                      <Form.Item
                        name={[field.name, 'product_id']}
                        rules={[{ required: true, message: t('validation.required') }]}
                        validateStatus={message ? 'error' : undefined}
                        help={message}
                      >
                        <ProductSelect style={{ minWidth: 240 }} />
                      </Form.Item>
                    );
                  }}
                />
                <Table.Column<Field>
                  key="available"
                  title={t('sales_orders.fields.available')}
                  align="right"
                  width={100}
                  render={(_, field) => {
                    const id = lines[field.name]?.product_id;
                    const value = available(id);
                    if (!warehouseId || !id) return <Typography.Text type="secondary">—</Typography.Text>;
                    if (value === undefined) return <Spin size="small" />;
                    const short = toNumber(lines[field.name]?.qty) > value;
                    return (
                      <Typography.Text type={short ? 'warning' : value === 0 ? 'danger' : undefined} data-testid={`available-${field.name}`}>
                        {formatQty(value)} {products.get(id)?.unit ?? ''}
                      </Typography.Text>
                    );
                  }}
                />
                <Table.Column<Field>
                  key="qty"
                  title={t('sales_orders.fields.qty')}
                  width={130}
                  render={(_, field) => {
                    const message = lineError(errors, field.name, 'qty');
                    const id = lines[field.name]?.product_id;
                    const value = available(id);
                    const over = !message && value !== undefined && toNumber(lines[field.name]?.qty) > value;
                    return (
                      <Form.Item
                        name={[field.name, 'qty']}
                        rules={qtyRules(t)}
                        validateStatus={message ? 'error' : over ? 'warning' : undefined}
                        help={message ?? (over ? t('sales_orders.errors.moreThanAvailable') : undefined)}
                      >
                        <InputNumber<number> min={0} style={{ width: '100%' }} placeholder={id ? products.get(id)?.unit : undefined} />
                      </Form.Item>
                    );
                  }}
                />
                <Table.Column<Field>
                  key="unit_price"
                  title={t('sales_orders.fields.unit_price')}
                  width={130}
                  render={(_, field) => {
                    const message = lineError(errors, field.name, 'unit_price');
                    const id = lines[field.name]?.product_id;
                    const list = id ? products.get(id)?.list_price : undefined;
                    return (
                      <Form.Item
                        name={[field.name, 'unit_price']}
                        rules={numberRules(t, { min: 0, below: 1e8, decimals: 2 })}
                        validateStatus={message ? 'error' : undefined}
                        help={message}
                        tooltip={undefined}
                      >
                        <InputNumber<number> min={0} prefix="¥" style={{ width: '100%' }} placeholder={list !== undefined ? toNumber(list).toFixed(2) : undefined} />
                      </Form.Item>
                    );
                  }}
                />
                <Table.Column<Field>
                  key="discount"
                  title={t('sales_orders.fields.discount')}
                  width={170}
                  render={(_, field) => {
                    const line = pricedLine(field.name);
                    if (!line) return <Typography.Text type="secondary">—</Typography.Text>;
                    return (
                      <Space direction="vertical" size={0}>
                        {line.promotion && (
                          <Tag color="volcano" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                            {line.promotion.name}
                          </Tag>
                        )}
                        {toNumber(line.discount) > 0 ? (
                          <Typography.Text type="danger" data-testid={`line-discount-${field.name}`}>−{formatMoney(line.discount)}</Typography.Text>
                        ) : (
                          <Typography.Text type="secondary">—</Typography.Text>
                        )}
                        {line.price_overridden && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('sales_orders.actions.negotiated')}</Typography.Text>}
                      </Space>
                    );
                  }}
                />
                <Table.Column<Field>
                  key="line_total"
                  title={t('sales_orders.fields.line_total')}
                  align="right"
                  width={110}
                  render={(_, field) => {
                    const line = pricedLine(field.name);
                    return line ? (
                      <Typography.Text strong data-testid={`line-total-${field.name}`} type={preview.stale ? 'secondary' : undefined}>
                        {formatMoney(line.line_total)}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">—</Typography.Text>
                    );
                  }}
                />
                <Table.Column<Field>
                  key="remove"
                  width={44}
                  render={(_, field) => (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('buttons.delete')} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                  )}
                />
              </Table>
              <Form.ErrorList errors={listErrors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 12 }} block>
                {t('sales_orders.actions.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Row justify="end" style={{ marginTop: 16 }}>
          <Col xs={24} md={12} lg={9}>
            <Spin spinning={preview.loading} size="small">
              <Descriptions
                bordered
                size="small"
                column={1}
                data-testid="price-preview"
                data-stale={preview.stale ? 'true' : 'false'}
                title={<Typography.Text type="secondary" style={{ fontSize: 13 }}>{t(preview.hasLines ? 'sales_orders.titles.preview' : 'sales_orders.empty.preview')}</Typography.Text>}
                items={[
                  { key: 'subtotal', label: t('sales_orders.fields.subtotal'), children: <span data-testid="preview-subtotal">{formatMoney(priced?.subtotal ?? 0)}</span> },
                  {
                    key: 'promotion',
                    label: t('sales_orders.fields.promotion_discount'),
                    children: <span data-testid="preview-promotion">−{formatMoney(priced?.promotion_discount ?? 0)}</span>,
                  },
                  {
                    key: 'coupon',
                    label: priced?.coupon ? t('sales_orders.fields.couponWithCode', { code: priced.coupon.code }) : t('sales_orders.fields.coupon_discount'),
                    children: <span data-testid="preview-coupon">−{formatMoney(priced?.coupon_discount ?? 0)}</span>,
                  },
                  {
                    key: 'total',
                    label: <Typography.Text strong>{t('sales_orders.fields.total_amount')}</Typography.Text>,
                    children: (
                      <Typography.Text strong style={{ fontSize: 18, color: '#cf1322' }} data-testid="preview-total">
                        {formatMoney(priced?.total ?? 0)}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </Spin>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}
