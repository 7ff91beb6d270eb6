import { useEffect, useState, type Key } from 'react';
import { Alert, Button, Card, Col, Flex, Form, Input, Modal, Row, Table, Typography } from 'antd';
import { useList, useNavigation, useTranslate, useWarnAboutChange } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatQty } from '../common/format.ts';
import { nameRules, textRules } from '../common/rules.ts';
import { useRpc } from '../common/useRpc.ts';
import { ExpiryTag } from '../inventory/ExpiryTag.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';
import { BATCH_LIST_COLUMNS, type BatchListRow } from '../stock/StockBatchesTable.tsx';

type Header = { warehouse_id?: string; reason?: string; note?: string };

/**
 * An expiry write-off: the expired batches with stock in a warehouse, all selected by default (or the
 * one the user came from); write_off_expired_stock() takes their whole remaining quantity out.
 */
export function WriteOffForm() {
  const t = useTranslate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Header>();
  const [modal, modalHolder] = Modal.useModal();
  const { show } = useNavigation();
  const { setWarnWhen } = useWarnAboutChange();
  const warehouseId = Form.useWatch('warehouse_id', form);
  const [selected, setSelected] = useState<Key[]>([]);

  const { result, query } = useList<BatchListRow>({
    resource: 'stock_batches',
    pagination: { pageSize: 500 },
    filters: [
      { field: 'warehouse_id', operator: 'eq', value: warehouseId },
      { field: 'expiry_status', operator: 'eq', value: 'expired' },
      { field: 'qty_on_hand', operator: 'gt', value: 0 },
    ],
    sorters: [{ field: 'expiry_date', order: 'asc' }],
    meta: { select: BATCH_LIST_COLUMNS },
    queryOptions: { enabled: !!warehouseId },
  });
  const batches = warehouseId ? result.data : [];

  // Select the batch the user came from, else all expired batches, whenever the list changes.
  const preselect = params.get('batch');
  useEffect(() => {
    const ids = batches.map((b) => b.id);
    setSelected(preselect && ids.includes(preselect) ? [preselect] : ids);
  }, [result.data, warehouseId]); // eslint-disable-line react-hooks/exhaustive-deps

  const post = useRpc<{ id: string; write_off_no: string }>('write_off_expired_stock', {
    invalidates: ['write_offs', 'stock_levels', 'stock_batches', 'stock_movements', 'products', 'alerts'],
    success: (doc) => t('write_offs.actions.posted', { no: doc.write_off_no }),
  });

  const submit = (values: Header) => {
    const chosen = batches.filter((b) => selected.includes(b.id));
    modal.confirm({
      title: t('write_offs.actions.confirmTitle'),
      content: t('write_offs.actions.confirmContent', { count: chosen.length }),
      okText: t('write_offs.actions.post'),
      okButtonProps: { danger: true },
      cancelText: t('buttons.cancel'),
      onOk: () =>
        new Promise<void>((resolve) =>
          post.mutate(
            { p_warehouse_id: values.warehouse_id, p_batch_ids: chosen.map((b) => b.id), p_reason: values.reason?.trim(), p_note: values.note?.trim() || null },
            {
              onSuccess: (doc) => {
                setWarnWhen(false);
                show('write_offs', doc.id, 'replace');
                resolve();
              },
              onError: () => resolve(),
            },
          ),
        ),
    });
  };

  return (
    <>
      {modalHolder}
      <Form<Header>
        form={form}
        layout="vertical"
        initialValues={{ warehouse_id: params.get('warehouse') ?? undefined, reason: t('write_offs.actions.defaultReason') }}
        onFinish={submit}
        onValuesChange={() => setWarnWhen(true)}
      >
        <Card size="small" title={t('write_offs.titles.header')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="warehouse_id" label={t('stock.fields.warehouse')} rules={[{ required: true, message: t('validation.required') }]}>
                <WarehouseSelect activeOnly />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="reason" label={t('write_offs.fields.reason')} rules={nameRules(t, 200)}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('write_offs.titles.batches')}>
          {!warehouseId ? (
            <EmptyHint text={t('write_offs.empty.pickWarehouse')} />
          ) : (
            <>
              <Alert type="warning" showIcon message={t('write_offs.actions.hint')} style={{ marginBottom: 12 }} />
              <Table<BatchListRow>
                rowKey="id"
                size="small"
                loading={query.isFetching}
                dataSource={batches}
                pagination={false}
                rowSelection={{ selectedRowKeys: selected, onChange: setSelected }}
                locale={{ emptyText: <EmptyHint text={t('write_offs.empty.noExpired')} /> }}
              >
                <Table.Column<BatchListRow>
                  dataIndex="product_name"
                  title={t('stock.fields.product')}
                  render={(name: string, row) => (
                    <>
                      {name}
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                        {row.sku}
                      </Typography.Text>
                    </>
                  )}
                />
                <Table.Column<BatchListRow> dataIndex="batch_no" title={t('stock_batches.fields.batch_no')} />
                <Table.Column<BatchListRow> dataIndex="expiry_date" title={t('stock_batches.fields.expiry_date')} />
                <Table.Column<BatchListRow>
                  dataIndex="expiry_status"
                  title={t('stock_batches.fields.expiry_status')}
                  render={(status, row) => <ExpiryTag status={status} days={row.days_to_expiry} />}
                />
                <Table.Column<BatchListRow> dataIndex="qty_on_hand" title={t('write_offs.fields.qty')} align="right" render={(qty: number, row) => `${formatQty(qty)} ${row.unit}`} />
              </Table>
            </>
          )}
        </Card>
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Button type="primary" danger htmlType="submit" size="large" loading={post.isPending} disabled={selected.length === 0}>
            {t('write_offs.actions.postCount', { count: selected.length })}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
