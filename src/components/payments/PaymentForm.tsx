import { useEffect, useRef } from 'react';
import { Alert, Card, Col, Form, Input, InputNumber, Radio, Row, type FormInstance } from 'antd';
import { useTranslate } from '@refinedev/core';
import { formatMoney } from '../common/format.ts';
import { numberRules, textRules } from '../common/rules.ts';
import { PAYMENT_METHODS, recordedStatus, type PaymentMethod } from './amounts.ts';
import { OrderPaymentSummary, useOrderMoney } from './OrderPaymentSummary.tsx';
import { OrderSelect } from './OrderSelect.tsx';
import { useRole } from './useRole.ts';

export type PaymentFormValues = { order_id?: string; method?: PaymentMethod; amount?: number; provider_ref?: string; note?: string };

type Props = {
  form: FormInstance<PaymentFormValues>;
  initialOrderId?: string;
  onFinish: (values: PaymentFormValues) => void;
  onValuesChange?: () => void;
};

/**
 * Record a payment of an order (record_payment): the order's total, paid and outstanding amounts, the
 * method, and the amount (defaults to what is outstanding, never more).
 */
export function PaymentForm({ form, initialOrderId, onFinish, onValuesChange }: Props) {
  const t = useTranslate();
  const role = useRole();
  const orderId = Form.useWatch('order_id', form) ?? initialOrderId;
  const method = Form.useWatch('method', form) as PaymentMethod | undefined;
  const money = useOrderMoney(orderId);
  const defaulted = useRef<string | undefined>(undefined);

  // The amount follows the picked order's outstanding amount until the user types one.
  useEffect(() => {
    if (!orderId || money.isLoading || !money.order || defaulted.current === orderId) return;
    defaulted.current = orderId;
    if (!form.isFieldTouched('amount')) form.setFieldValue('amount', money.outstanding > 0 ? money.outstanding : undefined);
  }, [orderId, money.isLoading, money.order, money.outstanding, form]);

  const willBe = recordedStatus(role, method);
  return (
    <Form<PaymentFormValues>
      form={form}
      layout="vertical"
      initialValues={{ order_id: initialOrderId, method: 'bank_transfer' }}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      style={{ maxWidth: 920 }}
    >
      <Card size="small" title={t('payments.titles.order')} style={{ marginBottom: 16 }}>
        <Form.Item name="order_id" label={t('payments.fields.order')} rules={[{ required: true, message: t('validation.required') }]}>
          <OrderSelect style={{ maxWidth: 420 }} statuses={['draft', 'confirmed', 'partially_shipped', 'shipped', 'completed']} />
        </Form.Item>
        {orderId && <OrderPaymentSummary orderId={orderId} />}
        {money.order && money.outstanding === 0 && (
          <Alert type="success" showIcon style={{ marginTop: 12 }} message={t('payments.actions.nothingOutstanding')} />
        )}
      </Card>
      <Card size="small" title={t('payments.titles.payment')}>
        <Form.Item name="method" label={t('payments.fields.method')} rules={[{ required: true, message: t('validation.required') }]}>
          <Radio.Group optionType="button" options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))} />
        </Form.Item>
        {method === 'cod' && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('payments.actions.codHint')} />}
        {willBe === 'pending' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('payments.actions.pendingHint')} />}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="amount"
              label={t('payments.fields.amount')}
              dependencies={['order_id']}
              extra={money.order ? t('payments.actions.outstandingHint', { amount: formatMoney(money.outstanding) }) : undefined}
              rules={[
                ...numberRules(t, { required: true, positive: true, below: 1e12, decimals: 2 }),
                {
                  validator: async (_r, value: number | undefined) => {
                    if (money.order && value && value > money.outstanding) {
                      throw new Error(t('payments.validation.overOutstanding', { amount: formatMoney(money.outstanding) }));
                    }
                  },
                },
              ]}
            >
              <InputNumber<number> prefix="¥" min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="provider_ref" label={t('payments.fields.provider_ref')} rules={[...textRules(t, 100)]} extra={t('payments.actions.refHint')}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}
