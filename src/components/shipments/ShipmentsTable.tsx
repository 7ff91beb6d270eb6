import { Button, DatePicker, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useTranslate, type CrudFilter } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { OrderSelect } from '../payments/OrderSelect.tsx';
import { SHIPMENT_STATUSES } from './shipment.ts';
import { ShipmentStatusTag, TrackingLink, useCarriers } from './ShipmentStatusTag.tsx';
import { SHIPMENT_COLUMNS, type ShipmentRow } from './types.ts';

type SearchValues = { q?: string; carrier_code?: string; order_id?: string; period?: [Dayjs, Dayjs] | null };

/** Shipments with carrier, tracking link and state; filters live in the URL. */
export function ShipmentsTable() {
  const t = useTranslate();
  const { carriers } = useCarriers();
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<ShipmentRow, never, SearchValues>({
    resource: 'shipments',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'shipped_at', order: 'desc' }] },
    meta: { select: SHIPMENT_COLUMNS, count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      orSearch('q', ['shipment_no', 'tracking_no'], values.q),
      { field: 'carrier_code', operator: 'eq', value: values.carrier_code || undefined },
      { field: 'order_id', operator: 'eq', value: values.order_id || undefined },
      { field: 'shipped_at', operator: 'gte', value: values.period?.[0]?.startOf('day').toISOString() },
      { field: 'shipped_at', operator: 'lt', value: values.period?.[1]?.add(1, 'day').startOf('day').toISOString() },
    ],
  });
  const status = filterValue<string>(filters, 'status', 'eq');
  const from = filterValue<string>(filters, 'shipped_at', 'gte');
  const to = filterValue<string>(filters, 'shipped_at', 'lt');
  const active = filters.some((f) => ('field' in f ? f.field !== 'status' && f.value !== undefined : f.value.length > 0));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        optionType="button"
        value={status ?? 'all'}
        onChange={(e) => setFilters([{ field: 'status', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value }])}
        options={[{ value: 'all', label: t('shipments.filters.all') }, ...SHIPMENT_STATUSES.map((s) => ({ value: s, label: t(`shipments.status.${s}`) }))]}
      />
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          q: orSearchText(filters, 'q'),
          carrier_code: filterValue(filters, 'carrier_code', 'eq'),
          order_id: filterValue(filters, 'order_id', 'eq'),
          period: from && to ? [dayjs(from), dayjs(to).subtract(1, 'day')] : undefined,
        }}
        onValuesChange={(changed: Partial<SearchValues>) => {
          if (!('q' in changed)) searchFormProps.form?.submit();
        }}
      >
        <Form.Item name="q">
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('shipments.filters.search')}
            style={{ width: 240 }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
        <Form.Item name="carrier_code">
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('shipments.filters.allCarriers')}
            options={carriers.map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="order_id">
          <OrderSelect allowClear style={{ width: 230 }} placeholder={t('shipments.filters.order')} />
        </Form.Item>
        <Form.Item name="period">
          <DatePicker.RangePicker style={{ width: 240 }} />
        </Form.Item>
        {active && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.setFieldsValue({ q: undefined, carrier_code: undefined, order_id: undefined, period: undefined });
              setFilters(status ? [{ field: 'status', operator: 'eq', value: status }] : [], 'replace');
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>
      <Table<ShipmentRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 1000 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(active || status ? 'shipments.empty.noMatch' : 'shipments.empty.none')} /> }}
      >
        <Table.Column<ShipmentRow>
          dataIndex="shipment_no"
          title={t('shipments.fields.shipment_no')}
          sorter
          defaultSortOrder={getDefaultSortOrder('shipment_no', sorters)}
          render={(no: string, row) => (
            <Space size={4}>
              <Link to={`/shipments/show/${row.id}`}>{no}</Link>
              {row.kind === 'exchange' && <Tag color="purple">{t('shipments.kind.exchange')}</Tag>}
            </Space>
          )}
        />
        <Table.Column<ShipmentRow>
          key="order"
          title={t('shipments.fields.order')}
          render={(_, row) => (
            <>
              <Link to={`/orders/show/${row.order_id}`}>{row.sales_orders?.order_no}</Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.sales_orders?.customers?.name}
                </Typography.Text>
              </div>
            </>
          )}
        />
        <Table.Column<ShipmentRow> key="warehouse" title={t('shipments.fields.warehouse')} responsive={['lg']} render={(_, row) => row.warehouses?.name} />
        <Table.Column<ShipmentRow> key="carrier" title={t('shipments.fields.carrier')} render={(_, row) => row.carriers?.name ?? '—'} />
        <Table.Column<ShipmentRow> key="tracking" title={t('shipments.fields.tracking_no')} render={(_, row) => <TrackingLink url={row.tracking_url} trackingNo={row.tracking_no} />} />
        <Table.Column<ShipmentRow> dataIndex="status" title={t('shipments.fields.status')} render={(s: string) => <ShipmentStatusTag status={s} />} />
        <Table.Column<ShipmentRow>
          dataIndex="shipped_at"
          title={t('shipments.fields.shipped_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('shipped_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<ShipmentRow>
          key="actions"
          title={t('table.actions')}
          render={(_, row) => (
            <Link to={`/shipments/show/${row.id}/print`} aria-label={t('shipments.actions.print')}>
              <PrinterOutlined /> {t('shipments.actions.printShort')}
            </Link>
          )}
        />
      </Table>
    </Space>
  );
}
