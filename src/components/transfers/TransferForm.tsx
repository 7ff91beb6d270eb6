import { useState } from 'react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Table, Typography, type FormInstance } from 'antd';
import { ArrowRightOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useList, useTranslate } from '@refinedev/core';
import { formatQty, toNumber } from '../common/format.ts';
import { qtyRules, textRules } from '../common/rules.ts';
import { ProductSelect, type ProductOption } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

export type TransferLineValues = { product_id?: string; qty?: number };
export type TransferFormValues = { from_warehouse_id?: string; to_warehouse_id?: string; note?: string; lines: TransferLineValues[] };

type Props = { form: FormInstance<TransferFormValues>; onFinish: (values: TransferFormValues) => void; onValuesChange?: () => void };

/**
 * A transfer between two active warehouses: lines of product and quantity. Nothing moves when it is
 * created; dispatching takes the stock out of the source (earliest expiry first).
 */
export function TransferForm({ form, onFinish, onValuesChange }: Props) {
  const t = useTranslate();
  const [products, setProducts] = useState<Record<number, ProductOption | undefined>>({});
  const from = Form.useWatch('from_warehouse_id', form);
  const to = Form.useWatch('to_warehouse_id', form);
  const lines = Form.useWatch('lines', form) as TransferLineValues[] | undefined;
  const ids = [...new Set((lines ?? []).map((l) => l?.product_id).filter((id): id is string => !!id))];
  const { result: levels } = useList<{ product_id: string; available: number }>({
    resource: 'stock_levels',
    pagination: { mode: 'off' },
    filters: [
      { field: 'warehouse_id', operator: 'eq', value: from },
      { field: 'product_id', operator: 'in', value: ids },
    ],
    meta: { select: 'product_id, available' },
    queryOptions: { enabled: !!from && ids.length > 0 },
  });
  const available = (productId?: string) => toNumber(levels.data.find((l) => l.product_id === productId)?.available);

  return (
    <Form<TransferFormValues> form={form} layout="vertical" initialValues={{ lines: [{}] }} onFinish={onFinish} onValuesChange={onValuesChange} scrollToFirstError>
      <Card size="small" title={t('transfers.titles.header')} style={{ marginBottom: 16 }}>
        <Row gutter={16} align="middle">
          <Col xs={24} md={9}>
            <Form.Item name="from_warehouse_id" label={t('transfers.fields.from')} rules={[{ required: true, message: t('validation.required') }]}>
              <WarehouseSelect activeOnly exclude={to} />
            </Form.Item>
          </Col>
          <Col xs={0} md={1} style={{ textAlign: 'center' }}>
            <ArrowRightOutlined style={{ color: '#8c8c8c', marginTop: 8 }} />
          </Col>
          <Col xs={24} md={9}>
            <Form.Item
              name="to_warehouse_id"
              label={t('transfers.fields.to')}
              dependencies={['from_warehouse_id']}
              rules={[
                { required: true, message: t('validation.required') },
                ({ getFieldValue }) => ({
                  validator: async (_r, value) => {
                    if (value && value === getFieldValue('from_warehouse_id')) throw new Error(t('errors.codes.same_warehouse'));
                  },
                }),
              ]}
            >
              <WarehouseSelect activeOnly exclude={from} />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('stock.fields.lines')}>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              <Table dataSource={fields} rowKey="key" pagination={false} size="small" className="lines-table" scroll={{ x: 640 }}>
                <Table.Column key="no" title="#" width={36} render={(_, __, index) => index + 1} />
                <Table.Column
                  key="product"
                  title={t('stock.fields.product')}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item name={[field.name, 'product_id']} rules={[{ required: true, message: t('validation.required') }]}>
                      <ProductSelect style={{ minWidth: 260 }} onPick={(p) => setProducts((prev) => ({ ...prev, [field.key]: p }))} />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="available"
                  title={t('transfers.fields.availableAtSource')}
                  align="right"
                  width={140}
                  render={(_, field: { key: number; name: number }) => {
                    const id = lines?.[field.name]?.product_id;
                    if (!from || !id) return <Typography.Text type="secondary">—</Typography.Text>;
                    return `${formatQty(available(id))} ${products[field.key]?.unit ?? ''}`;
                  }}
                />
                <Table.Column
                  key="qty"
                  title={t('stock.fields.qty')}
                  width={150}
                  render={(_, field: { key: number; name: number }) => (
                    <Form.Item
                      name={[field.name, 'qty']}
                      rules={[
                        ...qtyRules(t),
                        {
                          validator: async (_r, value: number | undefined) => {
                            const id = form.getFieldValue(['lines', field.name, 'product_id']) as string | undefined;
                            if (from && id && value && value > available(id)) throw new Error(t('transfers.actions.moreThanAvailable'));
                          },
                        },
                      ]}
                    >
                      <InputNumber<number> min={0} style={{ width: '100%' }} placeholder={products[field.key]?.unit} />
                    </Form.Item>
                  )}
                />
                <Table.Column
                  key="remove"
                  width={44}
                  render={(_, field: { key: number; name: number }) => (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('buttons.delete')} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                  )}
                />
              </Table>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 12 }} block>
                {t('stock.actions.addLine')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
    </Form>
  );
}
