import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, ImportOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { formatMoney, formatQty } from '../common/format.ts';
import { textRules } from '../common/rules.ts';
import { useRpc } from '../common/useRpc.ts';
import { useRole } from '../payments/useRole.ts';
import { useCarriers } from '../shipments/ShipmentStatusTag.tsx';
import { returnActions, type Disposition } from './rules.ts';
import type { ReturnLineRow } from './ReturnDetails.tsx';
import type { ReturnRow } from './types.ts';

const INVALIDATES = ['returns', 'return_lines', 'payments', 'sales_orders', 'sales_order_lines', 'stock_levels', 'stock_batches', 'shipments'];

/**
 * The next step of a return, each for the role the SQL lets take it: finance (and admin) approve or
 * reject and refund, the warehouse (and admin) receives and ships exchanges. Other roles see no button.
 */
export function ReturnActions({ ret, lines }: { ret: ReturnRow; lines: ReturnLineRow[] }) {
  const t = useTranslate();
  const role = useRole();
  const actions = returnActions(role, ret);
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [receiving, setReceiving] = useState(false);
  const [shipping, setShipping] = useState(false);
  const [dispositions, setDispositions] = useState<Record<string, Disposition>>({});
  const [decideForm] = Form.useForm<{ note?: string }>();
  const [shipForm] = Form.useForm<{ carrier?: string; tracking_no?: string; note?: string }>();
  const { carriers } = useCarriers();
  const no = ret.return_no;
  const approve = useRpc('approve_return', { invalidates: INVALIDATES, success: t('returns.actions.approved', { no }) });
  const reject = useRpc('reject_return', { invalidates: INVALIDATES, success: t('returns.actions.rejected', { no }) });
  const receive = useRpc('receive_return', { invalidates: INVALIDATES, success: t('returns.actions.receivedDone', { no }) });
  const refund = useRpc('refund_return', { invalidates: INVALIDATES, success: t('returns.actions.refundedDone', { no }) });
  const ship = useRpc('ship_exchange', { invalidates: INVALIDATES, success: t('returns.actions.exchangeShipped', { no }) });
  if (actions.length === 0) return null;
  const args = { p_return_id: ret.id };
  const scrapped = lines.filter((l) => dispositions[l.id] === 'scrap').length;

  return (
    <Space size={8} wrap>
      {actions.includes('approve') && (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setDecision('approve')}>
          {t('returns.actions.approve')}
        </Button>
      )}
      {actions.includes('reject') && (
        <Button danger icon={<CloseOutlined />} onClick={() => setDecision('reject')}>
          {t('returns.actions.reject')}
        </Button>
      )}
      {actions.includes('receive') && (
        <Button type="primary" icon={<ImportOutlined />} onClick={() => setReceiving(true)}>
          {t('returns.actions.receive')}
        </Button>
      )}
      {actions.includes('refund') && (
        <Popconfirm
          title={t('returns.actions.refundConfirm', { amount: formatMoney(ret.refund_amount), no })}
          description={t('returns.actions.refundHint')}
          okText={t('returns.actions.refund')}
          okButtonProps={{ danger: true }}
          cancelText={t('buttons.cancel')}
          onConfirm={() => refund.mutateAsync(args).catch(() => undefined)}
        >
          <Button type="primary" danger icon={<RollbackOutlined />} loading={refund.isPending}>
            {t('returns.actions.refund')}
          </Button>
        </Popconfirm>
      )}
      {actions.includes('shipExchange') && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setShipping(true)}>
          {t('returns.actions.shipExchange')}
        </Button>
      )}

      <Modal
        open={decision !== null}
        title={t(decision === 'reject' ? 'returns.titles.reject' : 'returns.titles.approve', { no })}
        okText={t(decision === 'reject' ? 'returns.actions.reject' : 'returns.actions.approve')}
        okButtonProps={{ danger: decision === 'reject' }}
        cancelText={t('buttons.cancel')}
        confirmLoading={approve.isPending || reject.isPending}
        onCancel={() => setDecision(null)}
        onOk={() => decideForm.submit()}
        destroyOnHidden
      >
        <Form
          form={decideForm}
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            (decision === 'reject' ? reject : approve)
              .mutateAsync({ ...args, p_note: values.note?.trim() || null })
              .then(() => setDecision(null))
              .catch(() => undefined)
          }
        >
          <Typography.Paragraph type="secondary">
            {t(decision === 'reject' ? 'returns.actions.rejectHint' : 'returns.actions.approveHint')}
          </Typography.Paragraph>
          <Form.Item
            name="note"
            label={t('returns.fields.decision_note')}
            rules={[...(decision === 'reject' ? [{ required: true, whitespace: true, message: t('validation.required') }] : []), ...textRules(t, 500)]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={receiving}
        width={720}
        title={t('returns.titles.receive', { no })}
        okText={t('returns.actions.receive')}
        cancelText={t('buttons.cancel')}
        confirmLoading={receive.isPending}
        onCancel={() => setReceiving(false)}
        onOk={() =>
          receive
            .mutateAsync({ ...args, p_lines: lines.map((l) => ({ line_id: l.id, disposition: dispositions[l.id] ?? 'restock' })) })
            .then(() => setReceiving(false))
            .catch(() => undefined)
        }
      >
        <Typography.Paragraph type="secondary">{t('returns.actions.receiveHint')}</Typography.Paragraph>
        <Table<ReturnLineRow> rowKey="id" size="small" dataSource={lines} pagination={false}>
          <Table.Column<ReturnLineRow> key="product" title={t('stock.fields.product')} render={(_, row) => `${row.products?.name ?? ''} (${row.products?.sku ?? ''})`} />
          <Table.Column<ReturnLineRow> dataIndex="qty" title={t('returns.fields.qty')} align="right" render={(q: number, row) => `${formatQty(q)} ${row.products?.unit ?? ''}`} />
          <Table.Column<ReturnLineRow>
            key="disposition"
            title={t('returns.fields.disposition')}
            render={(_, row) => (
              <Radio.Group
                optionType="button"
                size="small"
                value={dispositions[row.id] ?? 'restock'}
                onChange={(e) => setDispositions((prev) => ({ ...prev, [row.id]: e.target.value as Disposition }))}
                options={(['restock', 'scrap'] as const).map((d) => ({ value: d, label: t(`returns.disposition.${d}`) }))}
              />
            )}
          />
        </Table>
        {scrapped > 0 && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('returns.actions.scrapWarning', { count: scrapped })} />}
      </Modal>

      <Modal
        open={shipping}
        title={t('returns.titles.shipExchange', { no })}
        okText={t('returns.actions.shipExchange')}
        cancelText={t('buttons.cancel')}
        confirmLoading={ship.isPending}
        onCancel={() => setShipping(false)}
        onOk={() => shipForm.submit()}
        destroyOnHidden
      >
        <Form
          form={shipForm}
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            ship
              .mutateAsync({ ...args, p_carrier: values.carrier || null, p_tracking_no: values.tracking_no?.trim() || null, p_note: values.note?.trim() || null })
              .then(() => setShipping(false))
              .catch(() => undefined)
          }
        >
          <Typography.Paragraph type="secondary">{t('returns.actions.shipExchangeHint')}</Typography.Paragraph>
          <Form.Item name="carrier" label={t('shipments.fields.carrier')}>
            <Select allowClear options={carriers.filter((c) => c.active).map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
          <Form.Item
            name="tracking_no"
            label={t('shipments.fields.tracking_no')}
            dependencies={['carrier']}
            rules={[
              { pattern: /^[A-Za-z0-9-]{4,40}$/, message: t('errors.codes.invalid_tracking_no') },
              ({ getFieldValue }) => ({
                validator: async (_r, value: string | undefined) => {
                  if (value && !getFieldValue('carrier')) throw new Error(t('errors.codes.unknown_carrier'));
                },
              }),
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
