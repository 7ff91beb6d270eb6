import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import type { Dayjs } from 'dayjs';
import { useRpc } from '../common/useRpc.ts';
import { textRules } from '../common/rules.ts';
import { useRole } from '../payments/useRole.ts';
import { ADDABLE_EVENT_STATUSES, canTrack } from './shipment.ts';
import type { ShipmentRow } from './types.ts';

const INVALIDATES = ['shipments', 'shipment_events', 'sales_orders'];

type EventValues = { status: string; description?: string; location?: string; occurred_at?: Dayjs | null };

/** Add a tracking event and mark delivered: warehouse keepers and admins only (the RPCs' roles). */
export function ShipmentActions({ shipment }: { shipment: ShipmentRow }) {
  const t = useTranslate();
  const role = useRole();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EventValues>();
  const deliver = useRpc('mark_shipment_delivered', { invalidates: INVALIDATES, success: t('shipments.actions.delivered', { no: shipment.shipment_no }) });
  const addEvent = useRpc('add_shipment_event', { invalidates: INVALIDATES, success: t('shipments.actions.eventAdded') });
  if (!canTrack(role)) return null;
  return (
    <Space size={8} wrap>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('shipments.actions.addEvent')}
      </Button>
      {shipment.status === 'shipped' && (
        <Popconfirm
          title={t('shipments.actions.deliverConfirm', { no: shipment.shipment_no })}
          description={t('shipments.actions.deliverHint')}
          okText={t('shipments.actions.deliver')}
          cancelText={t('buttons.cancel')}
          onConfirm={() => deliver.mutateAsync({ p_shipment_id: shipment.id }).catch(() => undefined)}
        >
          <Button type="primary" icon={<CheckOutlined />} loading={deliver.isPending}>
            {t('shipments.actions.deliver')}
          </Button>
        </Popconfirm>
      )}
      <Modal
        open={open}
        title={t('shipments.titles.addEvent')}
        okText={t('shipments.actions.addEvent')}
        cancelText={t('buttons.cancel')}
        confirmLoading={addEvent.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<EventValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ status: 'in_transit' }}
          onFinish={(values) =>
            addEvent.mutate(
              {
                p_shipment_id: shipment.id,
                p_status: values.status,
                p_description: values.description?.trim() || null,
                p_location: values.location?.trim() || null,
                p_occurred_at: values.occurred_at ? values.occurred_at.toISOString() : null,
              },
              { onSuccess: () => setOpen(false) },
            )
          }
        >
          <Form.Item name="status" label={t('shipments.fields.eventStatus')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={ADDABLE_EVENT_STATUSES.map((s) => ({ value: s, label: t(`shipments.events.${s}`) }))} />
          </Form.Item>
          <Form.Item name="location" label={t('shipments.fields.location')} rules={textRules(t, 100)}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label={t('shipments.fields.description')} rules={textRules(t, 500)}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          <Form.Item name="occurred_at" label={t('shipments.fields.occurred_at')} extra={t('shipments.actions.occurredHint')}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
