import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Popconfirm, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { formatMoney } from '../common/format.ts';
import { numberRules, textRules } from '../common/rules.ts';
import { useRpc } from '../common/useRpc.ts';
import { canSettle } from './amounts.ts';
import type { PaymentRow } from './types.ts';
import { useRole } from './useRole.ts';

const INVALIDATES = ['payments', 'sales_orders', 'returns'];

type RefundValues = { amount?: number; reason?: string };

/**
 * Finance's actions on a payment: confirm a pending online payment (succeeded or failed), and refund
 * part or all of a succeeded one — never more than what is left (refund_payment refuses over_refund).
 */
export function PaymentActions({ payment, refundable }: { payment: PaymentRow; refundable: number }) {
  const t = useTranslate();
  const role = useRole();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RefundValues>();
  const amount = Form.useWatch('amount', form);
  const confirm = useRpc('confirm_payment', { invalidates: INVALIDATES, success: t('payments.actions.confirmed', { no: payment.payment_no }) });
  const fail = useRpc('confirm_payment', { invalidates: INVALIDATES, success: t('payments.actions.markedFailed', { no: payment.payment_no }) });
  const refund = useRpc<{ payment_no: string }>('refund_payment', {
    invalidates: INVALIDATES,
    success: (r) => t('payments.actions.refunded', { no: r.payment_no }),
  });
  if (!canSettle(role) || payment.kind !== 'payment') return null;

  return (
    <Space size={8} wrap>
      {payment.status === 'pending' && (
        <>
          <Popconfirm
            title={t('payments.actions.confirmConfirm', { no: payment.payment_no, amount: formatMoney(payment.amount) })}
            description={t('payments.actions.confirmHint')}
            okText={t('payments.actions.confirm')}
            cancelText={t('buttons.cancel')}
            onConfirm={() => confirm.mutateAsync({ p_payment_id: payment.id, p_succeeded: true }).catch(() => undefined)}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={confirm.isPending}>
              {t('payments.actions.confirm')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('payments.actions.failConfirm', { no: payment.payment_no })}
            okText={t('payments.actions.fail')}
            okButtonProps={{ danger: true }}
            cancelText={t('buttons.cancel')}
            onConfirm={() => fail.mutateAsync({ p_payment_id: payment.id, p_succeeded: false }).catch(() => undefined)}
          >
            <Button danger icon={<CloseOutlined />} loading={fail.isPending}>
              {t('payments.actions.fail')}
            </Button>
          </Popconfirm>
        </>
      )}
      {payment.status === 'succeeded' && refundable > 0 && (
        <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)}>
          {t('payments.actions.refund')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('payments.titles.refund', { no: payment.payment_no })}
        okText={t('payments.actions.refundOk')}
        okButtonProps={{ danger: true }}
        cancelText={t('buttons.cancel')}
        confirmLoading={refund.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<RefundValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ amount: refundable }}
          onFinish={(values) =>
            Modal.confirm({
              title: t('payments.actions.refundConfirm', { amount: formatMoney(values.amount), no: payment.payment_no }),
              content: t('payments.actions.refundConfirmHint'),
              okText: t('payments.actions.refundOk'),
              okButtonProps: { danger: true },
              cancelText: t('buttons.cancel'),
              onOk: () =>
                refund
                  .mutateAsync({ p_payment_id: payment.id, p_amount: values.amount, p_reason: values.reason?.trim() || null })
                  .then(() => setOpen(false))
                  .catch(() => undefined),
            })
          }
        >
          <Typography.Paragraph type="secondary">{t('payments.actions.refundableHint', { amount: formatMoney(refundable) })}</Typography.Paragraph>
          <Form.Item
            name="amount"
            label={t('payments.fields.refundAmount')}
            rules={[
              ...numberRules(t, { required: true, positive: true, max: refundable, decimals: 2 }),
            ]}
          >
            <InputNumber<number> prefix="¥" min={0} max={refundable} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('payments.fields.reason')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, ...textRules(t, 500)]}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
          {amount !== undefined && amount !== null && amount > refundable && (
            <Typography.Text type="danger">{t('errors.codes.over_refund')}</Typography.Text>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
