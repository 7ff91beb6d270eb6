import { useEffect, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useList, useTranslate, type HttpError } from '@refinedev/core';
import { formatQty } from '../common/format.ts';
import { useRpc } from '../common/useRpc.ts';
import { errorDetail, remainingQty, shipDefaults, shipPayload } from './cart.ts';
import type { OrderLineRow, SalesOrderRow } from './types.ts';

type Carrier = { code: string; name: string; tracking_url_template: string | null };
type Values = { qty: Record<string, number | null>; carrier?: string; tracking_no?: string; note?: string };

export const SHIP_INVALIDATES = ['sales_orders', 'sales_order_lines', 'shipments', 'stock_levels', 'stock_batches', 'stock_movements', 'products', 'alerts'];

/**
 * Ships an order, all of it or part: a quantity per line (defaults to what is left; 0 leaves the line
 * for a later shipment), the carrier and the tracking number → ship_sales_order.
 */
export function ShipModal({ order, lines, open, onClose }: { order: SalesOrderRow; lines: OrderLineRow[]; open: boolean; onClose: () => void }) {
  const t = useTranslate();
  const [form] = Form.useForm<Values>();
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const carrier = Form.useWatch('carrier', form);
  const { result: carriers } = useList<Carrier>({
    resource: 'carriers',
    pagination: { mode: 'off' },
    filters: [{ field: 'active', operator: 'eq', value: true }],
    sorters: [{ field: 'sort_order', order: 'asc' }],
    meta: { select: 'code, name, tracking_url_template' },
    queryOptions: { enabled: open, staleTime: 300_000 },
  });
  const ship = useRpc<{ shipment_no: string; order_status: string }>('ship_sales_order', {
    invalidates: SHIP_INVALIDATES,
    success: (s) => t('sales_orders.actions.shipped', { no: s.shipment_no }),
  });
  const open_ = lines.filter((l) => remainingQty(l) > 0);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ qty: shipDefaults(open_) });
      setLineErrors({});
      ship.reset();
    }
    // Only when the dialog opens.
  }, [open]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { payload, problems } = shipPayload(open_, values.qty ?? {});
    const messages: Record<string, string> = {};
    for (const [id, problem] of Object.entries(problems)) messages[id] = t(`sales_orders.errors.ship_${problem}`);
    setLineErrors(messages);
    if (Object.keys(messages).length) return;
    if (!payload.length) {
      setLineErrors({ _: t('sales_orders.errors.nothingSelected') });
      return;
    }
    ship.mutate(
      { p_order_id: order.id, p_lines: payload, p_carrier: values.carrier ?? null, p_tracking_no: values.tracking_no?.trim() || null, p_note: values.note?.trim() || null },
      {
        onSuccess: onClose,
        onError: (error: HttpError) => {
          const { detail } = errorDetail(error);
          const lineId = typeof detail.line_id === 'string' ? detail.line_id : open_.find((l) => l.product_id === detail.product_id)?.id;
          if (lineId) setLineErrors({ [lineId]: error.message });
        },
      },
    );
  };

  const carrierError = ship.error && /carrier/.test(String((ship.error as { hint?: string }).hint)) ? ship.error.message : undefined;
  const trackingError = ship.error && (ship.error as { hint?: string }).hint === 'invalid_tracking_no' ? ship.error.message : undefined;

  return (
    <Modal
      open={open}
      title={t('sales_orders.titles.ship', { no: order.order_no })}
      width={760}
      okText={t('sales_orders.actions.ship')}
      cancelText={t('buttons.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={ship.isPending}
      maskClosable={!ship.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" className="ship-form">
        <Table<OrderLineRow> rowKey="id" size="small" dataSource={open_} pagination={false} className="lines-table" style={{ marginBottom: 16 }} scroll={{ y: 300 }}>
          <Table.Column<OrderLineRow> dataIndex="line_no" title="#" width={40} />
          <Table.Column<OrderLineRow>
            key="product"
            title={t('sales_orders.fields.product')}
            render={(_, row) => (
              <>
                {row.products?.name}
                <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>{row.products?.sku}</Typography.Text>
              </>
            )}
          />
          <Table.Column<OrderLineRow> key="remaining" title={t('sales_orders.fields.remaining')} align="right" width={90} render={(_, row) => formatQty(remainingQty(row))} />
          <Table.Column<OrderLineRow>
            key="qty"
            title={t('sales_orders.fields.ship_qty')}
            width={150}
            render={(_, row) => (
              <Form.Item
                name={['qty', row.id]}
                validateStatus={lineErrors[row.id] ? 'error' : undefined}
                help={lineErrors[row.id]}
              >
                <InputNumber<number> min={0} max={remainingQty(row)} style={{ width: '100%' }} addonAfter={row.products?.unit} data-testid={`ship-qty-${row.line_no}`} />
              </Form.Item>
            )}
          />
        </Table>
        {lineErrors._ && <Alert type="warning" showIcon message={lineErrors._} style={{ marginBottom: 12 }} />}
        {ship.error && !carrierError && !trackingError && !Object.keys(lineErrors).length && (
          <Alert type="error" showIcon message={ship.error.message} style={{ marginBottom: 12 }} />
        )}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="carrier"
            label={t('sales_orders.fields.carrier')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('validation.required') }]}
            validateStatus={carrierError ? 'error' : undefined}
            help={carrierError}
          >
            <Select showSearch optionFilterProp="label" options={carriers.data.map((c) => ({ value: c.code, label: c.name }))} placeholder={t('sales_orders.actions.carrierPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="tracking_no"
            label={t('sales_orders.fields.tracking_no')}
            style={{ flex: 1 }}
            validateStatus={trackingError ? 'error' : undefined}
            help={trackingError}
            rules={[
              { required: carrier !== 'PICKUP', whitespace: true, message: t('validation.required') },
              { pattern: /^\s*[A-Za-z0-9-]{4,40}\s*$/, message: t('sales_orders.errors.trackingFormat') },
            ]}
          >
            <Input maxLength={40} autoComplete="off" disabled={carrier === 'PICKUP'} />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('sales_orders.fields.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
