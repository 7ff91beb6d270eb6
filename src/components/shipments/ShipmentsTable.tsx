import { Form, Select, Space, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTable } from '@refinedev/antd';
import { useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { dateTimeColumn, sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { FilterBar, hasActiveFilters, periodFilters, StatusTabs, type Period } from '../common/ListFilters.tsx';
import { filterValue, orSearch } from '../common/search.ts';
import { OrderSelect } from '../payments/OrderSelect.tsx';
import { OrderWithCustomer } from '../sales-orders/OrderWithCustomer.tsx';
import { SHIPMENT_STATUSES } from './shipment.ts';
import { ShipmentStatusTag, TrackingLink, useCarriers } from './ShipmentStatusTag.tsx';
import { SHIPMENT_COLUMNS, type ShipmentRow } from './types.ts';

type SearchValues = { q?: string; carrier_code?: string; order_id?: string; period?: Period };

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
      ...periodFilters('shipped_at', values.period),
    ],
  });
  const status = filterValue<string>(filters, 'status', 'eq');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatusTabs statuses={SHIPMENT_STATUSES} keyPrefix="shipments" value={status} setFilters={setFilters} />
      <FilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        keep={['status']}
        search={{ placeholder: t('shipments.filters.search'), width: 240 }}
        dateField="shipped_at"
        initialValues={{ carrier_code: filterValue(filters, 'carrier_code', 'eq'), order_id: filterValue(filters, 'order_id', 'eq') }}
      >
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
      </FilterBar>
      <Table<ShipmentRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 1000 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(hasActiveFilters(filters) ? 'shipments.empty.noMatch' : 'shipments.empty.none')} /> }}
      >
        <Table.Column<ShipmentRow>
          {...sortableColumn('shipment_no', sorters)}
          title={t('shipments.fields.shipment_no')}
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
          render={(_, row) => <OrderWithCustomer orderId={row.order_id} orderNo={row.sales_orders?.order_no} customer={row.sales_orders?.customers?.name} />}
        />
        <Table.Column<ShipmentRow> key="warehouse" title={t('shipments.fields.warehouse')} responsive={['lg']} render={(_, row) => row.warehouses?.name} />
        <Table.Column<ShipmentRow> key="carrier" title={t('shipments.fields.carrier')} render={(_, row) => row.carriers?.name ?? '—'} />
        <Table.Column<ShipmentRow> key="tracking" title={t('shipments.fields.tracking_no')} render={(_, row) => <TrackingLink url={row.tracking_url} trackingNo={row.tracking_no} />} />
        <Table.Column<ShipmentRow> dataIndex="status" title={t('shipments.fields.status')} render={(s: string) => <ShipmentStatusTag status={s} />} />
        <Table.Column<ShipmentRow> {...dateTimeColumn('shipped_at', sorters)} title={t('shipments.fields.shipped_at')} />
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
