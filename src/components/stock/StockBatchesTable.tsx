import { Button, Form, Select, Space, Switch, Table, Typography } from 'antd';
import { DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatQty } from '../common/format.ts';
import { filterValue } from '../common/search.ts';
import { EXPIRY_STATUSES, ExpiryTag, type ExpiryStatus } from '../inventory/ExpiryTag.tsx';
import { ProductSelect } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

export type BatchListRow = {
  id: string;
  product_id: string;
  sku: string;
  product_name: string;
  unit: string;
  warehouse_id: string;
  warehouse_name: string;
  batch_no: string;
  expiry_date: string | null;
  qty_on_hand: number;
  received_at: string;
  expiry_status: ExpiryStatus;
  days_to_expiry: number | null;
};
export const BATCH_LIST_COLUMNS =
  'id, product_id, sku, product_name, unit, warehouse_id, warehouse_name, batch_no, expiry_date, qty_on_hand, received_at, expiry_status, days_to_expiry';

type SearchValues = { product_id?: string; warehouse_id?: string; expiry_status?: ExpiryStatus[]; nonzero?: boolean };

/** Batches (stock_batch_list: no costs), earliest expiry first; expired rows red, expiring orange. */
export function StockBatchesTable() {
  const t = useTranslate();
  const { data: canWriteOff } = useCan({ resource: 'write_offs', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<BatchListRow, never, SearchValues>({
    resource: 'stock_batches',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'expiry_date', order: 'asc' }] },
    filters: { initial: [{ field: 'qty_on_hand', operator: 'gt', value: 0 }] },
    meta: { select: BATCH_LIST_COLUMNS },
    onSearch: (values): CrudFilter[] => [
      { field: 'product_id', operator: 'eq', value: values.product_id || undefined },
      { field: 'warehouse_id', operator: 'eq', value: values.warehouse_id || undefined },
      { field: 'expiry_status', operator: 'in', value: values.expiry_status?.length ? values.expiry_status : undefined },
      { field: 'qty_on_hand', operator: 'gt', value: values.nonzero ? 0 : undefined },
    ],
  });
  const nonzero = filterValue(filters, 'qty_on_hand', 'gt') !== undefined;
  const hasFilters = filters.some((f) => 'field' in f && f.field !== 'qty_on_hand' && f.value !== undefined);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          product_id: filterValue(filters, 'product_id', 'eq'),
          warehouse_id: filterValue(filters, 'warehouse_id', 'eq'),
          expiry_status: filterValue(filters, 'expiry_status', 'in'),
          nonzero,
        }}
        onValuesChange={() => searchFormProps.form?.submit()}
      >
        <Form.Item name="product_id">
          <ProductSelect style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="warehouse_id">
          <WarehouseSelect allowClear style={{ width: 170 }} placeholder={t('stock.filters.allWarehouses')} />
        </Form.Item>
        <Form.Item name="expiry_status">
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('stock_batches.filters.expiry')}
            style={{ width: 200 }}
            options={EXPIRY_STATUSES.map((status) => ({ value: status, label: t(`stock.expiry.status.${status}`) }))}
          />
        </Form.Item>
        <Form.Item name="nonzero" valuePropName="checked" label={t('stock.filters.nonzero')}>
          <Switch size="small" />
        </Form.Item>
        {hasFilters && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.setFieldsValue({ product_id: undefined, warehouse_id: undefined, expiry_status: undefined });
              setFilters([{ field: 'qty_on_hand', operator: 'gt', value: nonzero ? 0 : undefined }], 'replace');
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>
      <Table<BatchListRow>
        {...tableProps}
        rowKey="id"
        rowClassName={(row) => (Number(row.qty_on_hand) > 0 ? `row-expiry-${row.expiry_status}` : '')}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(hasFilters ? 'stock_batches.empty.noMatch' : 'stock_batches.empty.none')} /> }}
      >
        <Table.Column<BatchListRow>
          dataIndex="product_name"
          title={t('stock.fields.product')}
          sorter
          defaultSortOrder={getDefaultSortOrder('product_name', sorters)}
          render={(_, row) => (
            <Space direction="vertical" size={0}>
              <Link to={`/products/show/${row.product_id}`}>{row.product_name}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.sku}
              </Typography.Text>
            </Space>
          )}
        />
        <Table.Column<BatchListRow> dataIndex="warehouse_name" title={t('stock.fields.warehouse')} />
        <Table.Column<BatchListRow> dataIndex="batch_no" title={t('stock_batches.fields.batch_no')} sorter defaultSortOrder={getDefaultSortOrder('batch_no', sorters)} />
        <Table.Column<BatchListRow>
          dataIndex="expiry_date"
          title={t('stock_batches.fields.expiry_date')}
          sorter
          defaultSortOrder={getDefaultSortOrder('expiry_date', sorters)}
          render={(value: string | null) => value ?? '—'}
        />
        <Table.Column<BatchListRow>
          dataIndex="expiry_status"
          title={t('stock_batches.fields.expiry_status')}
          render={(status: ExpiryStatus, row) => <ExpiryTag status={status} days={row.days_to_expiry} />}
        />
        <Table.Column<BatchListRow>
          dataIndex="qty_on_hand"
          title={t('stock_batches.fields.qty_on_hand')}
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('qty_on_hand', sorters)}
          render={(value: number, row) => `${formatQty(value)} ${row.unit}`}
        />
        <Table.Column<BatchListRow>
          dataIndex="received_at"
          title={t('stock_batches.fields.received_at')}
          responsive={['lg']}
          sorter
          defaultSortOrder={getDefaultSortOrder('received_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD" />}
        />
        {canWriteOff?.can && (
          <Table.Column<BatchListRow>
            key="actions"
            title={t('table.actions')}
            render={(_, row) =>
              row.expiry_status === 'expired' && Number(row.qty_on_hand) > 0 ? (
                <Link to={`/stock/write-offs/create?warehouse=${row.warehouse_id}&batch=${row.id}`}>{t('stock_batches.actions.writeOff')}</Link>
              ) : null
            }
          />
        )}
      </Table>
    </Space>
  );
}
