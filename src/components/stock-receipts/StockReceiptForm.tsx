import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Table, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import { businessToday } from '../common/format.ts';
import { defaultExpiry, iso, type ReceiptFormValues } from './receipt.ts';
import { qtyRules, textRules, unitCostRules } from '../common/rules.ts';
import { ProductSelect, type ProductOption } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

export type { ReceiptFormValues, ReceiptLineValues } from './receipt.ts';

type Props = {
  form: FormInstance<ReceiptFormValues>;
  onFinish: (values: ReceiptFormValues) => void;
  onValuesChange?: () => void;
};

/**
 * A stock-in receipt: warehouse, supplier and lines (product, quantity, unit cost, batch number,
 * production and expiry date). Expiry defaults from the product's shelf life as soon as a product or
 * production date is picked, until the user types one; batch-tracked products need a batch number
 * and an expiry date. Posting is one call to receive_stock().
 */
export function StockReceiptForm({ form, onFinish, onValuesChange }: Props) {
  const t = useTranslate();
  const [products, setProducts] = useState<Record<number, ProductOption | undefined>>({});
  const [manualExpiry, setManualExpiry] = useState<Set<number>>(new Set());
  const today = businessToday();

  const refreshExpiry = (name: number, key: number, product: ProductOption | undefined) => {
    if (manualExpiry.has(key)) return;
    const production = iso(form.getFieldValue(['lines', name, 'production_date']));
    const expiry = defaultExpiry(product, production, today);
    form.setFieldValue(['lines', name, 'expiry_date'], expiry ? dayjs(expiry) : null);
  };

  return (
    <Form<ReceiptFormValues>
      form={form}
      layout="vertical"
      initialValues={{ lines: [{}] }}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      scrollToFirstError
    >
      <Card size="small" title={t('stock_receipts.titles.header')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="warehouse_id" label={t('stock_receipts.fields.warehouse')} rules={[{ required: true, message: t('validation.required') }]}>
              <WarehouseSelect activeOnly />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="supplier" label={t('stock_receipts.fields.supplier')} rules={textRules(t, 100)}>
              <Input maxLength={100} placeholder={t('stock_receipts.actions.supplierPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('stock.fields.lines')}>
        <Form.List
          name="lines"
          rules={[
            {
              validator: async (_rule, lines: unknown[]) => {
                if (!lines?.length) throw new Error(t('validation.linesRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              <Table
                className="lines-table"
                dataSource={fields}
                rowKey="key"
                pagination={false}
                size="small"
                scroll={{ x: 960 }}
              >
                <Table.Column key="no" title="#" width={36} render={(_, __, index) => index + 1} />
                <Table.Column
                  key="product"
                  title={t('stock.fields.product')}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item name={[field.name, 'product_id']} rules={[{ required: true, message: t('validation.required') }]}>
                      <ProductSelect
                        style={{ minWidth: 220 }}
                        onPick={(product) => {
                          setProducts((prev) => ({ ...prev, [field.key]: product }));
                          refreshExpiry(field.name, field.key, product);
                        }}
                      />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="qty"
                  title={t('stock.fields.qty')}
                  width={120}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item name={[field.name, 'qty']} rules={qtyRules(t)}>
                      <InputNumber<number> min={0} style={{ width: '100%' }} placeholder={products[field.key]?.unit} />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="unit_cost"
                  title={t('stock_receipts.fields.unit_cost')}
                  width={120}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item name={[field.name, 'unit_cost']} rules={unitCostRules(t)}>
                      <InputNumber<number> min={0} prefix="¥" style={{ width: '100%' }} />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="batch_no"
                  title={t('stock_receipts.fields.batch_no')}
                  width={140}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item
                      name={[field.name, 'batch_no']}
                      rules={[
                        { required: !!products[field.key]?.track_batches, whitespace: true, message: t('stock_receipts.actions.batchRequired') },
                        ...textRules(t, 64),
                      ]}
                    >
                      <Input maxLength={64} placeholder={products[field.key]?.track_batches ? undefined : t('stock_receipts.actions.batchAuto')} />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="production_date"
                  title={t('stock_receipts.fields.production_date')}
                  width={140}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item name={[field.name, 'production_date']}>
                      <DatePicker
                        style={{ width: '100%' }}
                        disabledDate={(d) => d.format('YYYY-MM-DD') > today}
                        onChange={() => setTimeout(() => refreshExpiry(field.name, field.key, products[field.key]), 0)}
                      />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="expiry_date"
                  title={t('stock_receipts.fields.expiry_date')}
                  width={150}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item
                      name={[field.name, 'expiry_date']}
                      rules={[
                        { required: !!products[field.key]?.track_batches, message: t('stock_receipts.actions.expiryRequired') },
                        {
                          validator: async (_rule, value: Dayjs | null) => {
                            if (value && value.format('YYYY-MM-DD') < today) throw new Error(t('stock_receipts.actions.expiryPast'));
                          },
                        },
                      ]}
                      extra={
                        products[field.key]?.shelf_life_days && !manualExpiry.has(field.key) ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('stock_receipts.actions.expiryDefault', { days: products[field.key]?.shelf_life_days })}
                          </Typography.Text>
                        ) : undefined
                      }
                    >
                      <DatePicker
                        style={{ width: '100%' }}
                        disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                        onChange={() => setManualExpiry((prev) => new Set(prev).add(field.key))}
                      />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="remove"
                  width={44}
                  render={(_, field: { key: number; name: number }) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('buttons.delete')}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  )}
                />
              </Table>
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 12 }} block>
                {t('stock.actions.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Alert type="info" showIcon message={t('stock_receipts.actions.costHint')} style={{ marginTop: 16 }} />
      </Card>
    </Form>
  );
}
