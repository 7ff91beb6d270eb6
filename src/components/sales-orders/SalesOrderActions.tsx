import { useState } from 'react';
import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { CheckCircleOutlined, CheckOutlined, CloseOutlined, DollarOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useCan, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { toNumber } from '../common/format.ts';
import { useRpc } from '../common/useRpc.ts';
import { ShipModal, SHIP_INVALIDATES } from './ShipModal.tsx';
import { useOrderLines } from './useOrderLines.ts';
import { CANCELLABLE, SHIPPABLE, type SalesOrderRow } from './types.ts';

const INVALIDATES = ['sales_orders', 'sales_order_lines', 'stock_levels', 'customers', 'customer_order_stats', 'products', 'alerts'];

/**
 * What may be done with an order, by status and role (permissions.ts): confirm, cancel with a reason,
 * complete (sales, admin); ship (warehouse, admin); record a payment and request a return (links to
 * those screens). A button the role may not use is not rendered.
 */
export function SalesOrderActions({ order }: { order: SalesOrderRow }) {
  const t = useTranslate();
  const { data: canEdit } = useCan({ resource: 'sales_orders', action: 'edit' });
  const { data: canShip } = useCan({ resource: 'shipments', action: 'create' });
  const { data: canPay } = useCan({ resource: 'payments', action: 'create' });
  const { data: canReturn } = useCan({ resource: 'returns', action: 'create' });
  const { lines } = useOrderLines(order.id);
  const [shipping, setShipping] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const no = order.order_no;
  const confirm = useRpc('confirm_sales_order', { invalidates: INVALIDATES, success: t('sales_orders.actions.confirmed', { no }) });
  const cancel = useRpc('cancel_sales_order', { invalidates: INVALIDATES, success: t('sales_orders.actions.cancelled', { no }) });
  const complete = useRpc('complete_sales_order', { invalidates: SHIP_INVALIDATES, success: t('sales_orders.actions.completed', { no }) });
  const args = { p_order_id: order.id };
  const popconfirm = { cancelText: t('buttons.cancel') };
  const shippedAny = lines.some((l) => toNumber(l.shipped_qty) > 0);
  const owed = toNumber(order.total_amount) - toNumber(order.paid_amount) + toNumber(order.refunded_amount) > 0;

  return (
    <Space size={8} wrap>
      {canEdit?.can && order.status === 'draft' && (
        <Popconfirm
          title={t('sales_orders.actions.confirmConfirm', { no })}
          description={t('sales_orders.actions.confirmHint')}
          {...popconfirm}
          okText={t('sales_orders.actions.confirm')}
          onConfirm={() => confirm.mutateAsync(args).catch(() => undefined)}
        >
          <Button type="primary" icon={<CheckOutlined />} loading={confirm.isPending}>
            {t('sales_orders.actions.confirm')}
          </Button>
        </Popconfirm>
      )}
      {canShip?.can && SHIPPABLE.includes(order.status) && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setShipping(true)}>
          {t('sales_orders.actions.ship')}
        </Button>
      )}
      {canEdit?.can && order.status === 'shipped' && (
        <Popconfirm
          title={t('sales_orders.actions.completeConfirm', { no })}
          description={t('sales_orders.actions.completeHint')}
          {...popconfirm}
          okText={t('sales_orders.actions.complete')}
          onConfirm={() => complete.mutateAsync(args).catch(() => undefined)}
        >
          <Button icon={<CheckCircleOutlined />} loading={complete.isPending}>
            {t('sales_orders.actions.complete')}
          </Button>
        </Popconfirm>
      )}
      {canPay?.can && order.status !== 'cancelled' && owed && (
        <Link to={`/payments/create?order_id=${order.id}`}>
          <Button icon={<DollarOutlined />}>{t('sales_orders.actions.recordPayment')}</Button>
        </Link>
      )}
      {canReturn?.can && shippedAny && order.status !== 'draft' && (
        <Link to={`/returns/create?order_id=${order.id}`}>
          <Button icon={<RollbackOutlined />}>{t('sales_orders.actions.requestReturn')}</Button>
        </Link>
      )}
      {canEdit?.can && CANCELLABLE.includes(order.status) && (
        <Button danger icon={<CloseOutlined />} onClick={() => setCancelling(true)}>
          {t('sales_orders.actions.cancel')}
        </Button>
      )}
      <Modal
        open={cancelling}
        title={t('sales_orders.actions.cancelConfirm', { no })}
        okText={t('sales_orders.actions.cancel')}
        okButtonProps={{ danger: true }}
        cancelText={t('sales_orders.actions.keep')}
        confirmLoading={cancel.isPending}
        destroyOnHidden
        onCancel={() => setCancelling(false)}
        onOk={async () => {
          const values = await reasonForm.validateFields().catch(() => undefined);
          if (!values) return;
          await cancel
            .mutateAsync({ ...args, p_reason: values.reason.trim() })
            .then(() => setCancelling(false))
            .catch(() => undefined);
        }}
      >
        <p>{t(order.status === 'partially_shipped' ? 'sales_orders.actions.cancelHintPartial' : 'sales_orders.actions.cancelHint')}</p>
        <Form form={reasonForm} layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={t('sales_orders.fields.cancel_reason')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 500, message: t('validation.maxLength', { max: 500 }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
      {canShip?.can && <ShipModal order={order} lines={lines} open={shipping} onClose={() => setShipping(false)} />}
    </Space>
  );
}
