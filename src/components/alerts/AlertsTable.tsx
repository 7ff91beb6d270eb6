import { Button, Form, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useList, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { businessToday, formatQty } from '../common/format.ts';
import { expiryStatus } from '../inventory/ExpiryTag.tsx';
import { filterValue } from '../common/search.ts';
import { useRpc } from '../common/useRpc.ts';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

type AlertKind = 'low_stock' | 'expiring' | 'expired';
type AlertStatus = 'open' | 'acknowledged' | 'resolved';
const KINDS: AlertKind[] = ['low_stock', 'expiring', 'expired'];
const STATUS_VIEWS = { active: ['open', 'acknowledged'], open: ['open'], acknowledged: ['acknowledged'], resolved: ['resolved'] } as const;
type StatusView = keyof typeof STATUS_VIEWS;

export type AlertRow = {
  id: string;
  kind: AlertKind;
  status: AlertStatus;
  product_id: string;
  warehouse_id: string | null;
  batch_id: string | null;
  details: { available?: number; safety_stock?: number; batch_no?: string; expiry_date?: string; qty_on_hand?: number; days_left?: number };
  raised_at: string;
  acknowledged_at: string | null;
  resolved_at: string | null;
  products: { sku: string; name: string; unit: string; safety_stock: number } | null;
  warehouses: { name: string } | null;
  stock_batches: { batch_no: string; expiry_date: string | null; qty_on_hand: number } | null;
};
const COLUMNS =
  'id, kind, status, product_id, warehouse_id, batch_id, details, raised_at, acknowledged_at, resolved_at, products(sku, name, unit, safety_stock), warehouses(name), stock_batches(batch_no, expiry_date, qty_on_hand)';
type LevelRow = { product_id: string; warehouse_id: string; available: number };

const KIND_COLORS: Record<AlertKind, string> = { low_stock: 'warning', expiring: 'orange', expired: 'error' };
const STATUS_COLORS: Record<AlertStatus, string> = { open: 'red', acknowledged: 'blue', resolved: 'default' };

/** The alert centre: low stock, expiring and expired batches; admins and keepers acknowledge them. */
export function AlertsTable() {
  const t = useTranslate();
  const { data: canAck } = useCan({ resource: 'alerts', action: 'edit' });
  const { data: canReceive } = useCan({ resource: 'stock_receipts', action: 'create' });
  const { data: canWriteOff } = useCan({ resource: 'write_offs', action: 'create' });
  const { data: canSeeBatches } = useCan({ resource: 'stock_batches', action: 'list' });
  const ack = useRpc('acknowledge_alert', { invalidates: ['alerts'], success: t('alerts.actions.acknowledged') });

  const { tableProps, filters, sorters, setFilters, searchFormProps } = useTable<AlertRow, never, { warehouse_id?: string }>({
    resource: 'alerts',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'raised_at', order: 'desc' }] },
    filters: { initial: [{ field: 'status', operator: 'in', value: [...STATUS_VIEWS.active] }] },
    meta: { select: COLUMNS },
    onSearch: ({ warehouse_id }): CrudFilter[] => [{ field: 'warehouse_id', operator: 'eq', value: warehouse_id || undefined }],
  });
  const kind = filterValue<AlertKind>(filters, 'kind', 'eq');
  const statuses = filterValue<string[]>(filters, 'status', 'in') ?? [];
  const view = (Object.keys(STATUS_VIEWS) as StatusView[]).find((key) => STATUS_VIEWS[key].join() === [...statuses].sort().join()) ?? 'active';

  // The alert's details are a snapshot from when it was raised; show today's numbers instead.
  const rows = tableProps.dataSource ?? [];
  const lowRows = rows.filter((row) => row.kind === 'low_stock' && row.warehouse_id);
  const { result: levels } = useList<LevelRow>({
    resource: 'stock_levels',
    pagination: { mode: 'off' },
    filters: [
      { field: 'product_id', operator: 'in', value: [...new Set(lowRows.map((row) => row.product_id))] },
      { field: 'warehouse_id', operator: 'in', value: [...new Set(lowRows.map((row) => row.warehouse_id))] },
    ],
    meta: { select: 'product_id, warehouse_id, available' },
    queryOptions: { enabled: lowRows.length > 0 },
  });
  const today = businessToday();

  const describe = (row: AlertRow) => {
    const d = row.details ?? {};
    const unit = row.products?.unit ?? '';
    if (row.kind === 'low_stock') {
      const level = levels.data.find((l) => l.product_id === row.product_id && l.warehouse_id === row.warehouse_id);
      return t('alerts.details.low_stock', {
        available: formatQty(level ? level.available : d.available),
        safety: formatQty(row.products?.safety_stock ?? d.safety_stock),
        unit,
      });
    }
    const batch = row.stock_batches;
    const date = batch?.expiry_date ?? d.expiry_date;
    const qty = formatQty(batch ? batch.qty_on_hand : d.qty_on_hand);
    if (row.kind === 'expiring') {
      const days = date ? expiryStatus(date, today, 0).days ?? d.days_left : d.days_left;
      return t('alerts.details.expiring', { batch: batch?.batch_no ?? d.batch_no, date, days, qty, unit });
    }
    return t('alerts.details.expired', { batch: batch?.batch_no ?? d.batch_no, date, qty, unit });
  };

  const batchLink = (row: AlertRow) => ({
    pathname: '/stock/batches',
    search: `?filters[0][field]=product_id&filters[0][operator]=eq&filters[0][value]=${row.product_id}` +
      (row.warehouse_id ? `&filters[1][field]=warehouse_id&filters[1][operator]=eq&filters[1][value]=${row.warehouse_id}` : ''),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <Radio.Group
          optionType="button"
          value={kind ?? 'all'}
          onChange={(e) => setFilters([{ field: 'kind', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value }])}
          options={[{ value: 'all', label: t('alerts.filters.allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`alerts.kinds.${k}`) }))]}
        />
        <Select<StatusView>
          value={view}
          style={{ width: 160 }}
          onChange={(next) => setFilters([{ field: 'status', operator: 'in', value: [...STATUS_VIEWS[next]] }])}
          options={(Object.keys(STATUS_VIEWS) as StatusView[]).map((key) => ({ value: key, label: t(`alerts.views.${key}`) }))}
        />
        <Form {...searchFormProps} layout="inline" initialValues={{ warehouse_id: filterValue(filters, 'warehouse_id', 'eq') }} onValuesChange={() => searchFormProps.form?.submit()}>
          <Form.Item name="warehouse_id" style={{ marginInlineEnd: 0 }}>
            <WarehouseSelect allowClear style={{ width: 170 }} placeholder={t('stock.filters.allWarehouses')} />
          </Form.Item>
        </Form>
      </Space>
      <Table<AlertRow>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(view === 'resolved' ? 'alerts.empty.noResolved' : 'alerts.empty.none')} /> }}
      >
        <Table.Column<AlertRow> dataIndex="kind" title={t('alerts.fields.kind')} width={110} render={(k: AlertKind) => <Tag color={KIND_COLORS[k]}>{t(`alerts.kinds.${k}`)}</Tag>} />
        <Table.Column<AlertRow>
          key="product"
          title={t('stock.fields.product')}
          render={(_, row) => (
            <Space direction="vertical" size={0}>
              <Link to={`/products/show/${row.product_id}`}>{row.products?.name}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.products?.sku}
              </Typography.Text>
            </Space>
          )}
        />
        <Table.Column<AlertRow> key="warehouse" title={t('stock.fields.warehouse')} className="nowrap" render={(_, row) => row.warehouses?.name ?? '—'} />
        <Table.Column<AlertRow> key="details" title={t('alerts.fields.details')} render={(_, row) => <span data-testid="alert-details">{describe(row)}</span>} />
        <Table.Column<AlertRow>
          dataIndex="status"
          title={t('alerts.fields.status')}
          className="nowrap"
          render={(s: AlertStatus) => <Tag color={STATUS_COLORS[s]} data-status={s}>{t(`alerts.status.${s}`)}</Tag>}
        />
        <Table.Column<AlertRow>
          dataIndex="raised_at"
          title={t('alerts.fields.raised_at')}
          className="nowrap"
          sorter
          responsive={['md']}
          defaultSortOrder={getDefaultSortOrder('raised_at', sorters)}
          render={(value: string) => <DateField value={value} format="MM-DD HH:mm" />}
        />
        <Table.Column<AlertRow>
          key="actions"
          title={t('table.actions')}
          width={220}
          render={(_, row) => (
            <Space size={8} wrap>
              {canAck?.can && row.status === 'open' && (
                <Popconfirm
                  title={t('alerts.actions.ackConfirm')}
                  description={t('alerts.actions.ackHint')}
                  okText={t('alerts.actions.acknowledge')}
                  cancelText={t('buttons.cancel')}
                  onConfirm={() =>
                    ack.mutateAsync({ p_alert_id: row.id }).catch(() => undefined)
                  }
                >
                  <Button size="small" icon={<CheckOutlined />}>
                    {t('alerts.actions.acknowledge')}
                  </Button>
                </Popconfirm>
              )}
              {row.status !== 'resolved' && row.kind === 'expired' && canWriteOff?.can && row.batch_id && (
                <Link to={`/stock/write-offs/create?warehouse=${row.warehouse_id}&batch=${row.batch_id}`}>{t('alerts.actions.writeOff')}</Link>
              )}
              {row.status !== 'resolved' && row.kind === 'low_stock' && canReceive?.can && (
                <Link to="/stock/receipts/create">{t('alerts.actions.receive')}</Link>
              )}
              {row.batch_id && canSeeBatches?.can && <Link to={batchLink(row)}>{t('alerts.actions.viewBatch')}</Link>}
            </Space>
          )}
        />
      </Table>
    </Space>
  );
}
