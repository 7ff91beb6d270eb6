import { Button, Form, Space, Switch, Table, Tag, Typography } from 'antd';
import { DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useList, useNavigation, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatQty, toNumber } from '../common/format.ts';
import { filterValue } from '../common/search.ts';
import { ProductSelect } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

type LevelRow = {
  product_id: string;
  warehouse_id: string;
  on_hand: number;
  reserved: number;
  available: number;
  updated_at: string;
  products: { sku: string; name: string; spec: string; unit: string; safety_stock: number } | null;
  warehouses: { name: string; code: string } | null;
};
type TransitRow = { product_id: string; to_warehouse_id: string; qty: number };

type SearchValues = { product_id?: string; warehouse_id?: string; nonzero?: boolean };

const COLUMNS = 'product_id, warehouse_id, on_hand, reserved, available, updated_at, products(sku, name, spec, unit, safety_stock), warehouses(name, code)';

export const isLow = (row: Pick<LevelRow, 'available' | 'products'>) => {
  const safety = toNumber(row.products?.safety_stock);
  return safety > 0 && toNumber(row.available) <= safety;
};

/**
 * Stock per product and warehouse: on hand, reserved by confirmed orders, available (= on hand −
 * reserved) and what is on its way in from transfers. Rows at or below the product's safety stock
 * are highlighted.
 */
export function StockLevelsTable() {
  const t = useTranslate();
  const { create } = useNavigation();
  const { data: canReceive } = useCan({ resource: 'stock_receipts', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<LevelRow, never, SearchValues>({
    resource: 'stock_levels',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'updated_at', order: 'desc' }] },
    filters: { initial: [{ field: 'on_hand', operator: 'gt', value: 0 }] },
    meta: { select: COLUMNS },
    onSearch: (values): CrudFilter[] => [
      { field: 'product_id', operator: 'eq', value: values.product_id || undefined },
      { field: 'warehouse_id', operator: 'eq', value: values.warehouse_id || undefined },
      { field: 'on_hand', operator: 'gt', value: values.nonzero ? 0 : undefined },
    ],
  });
  // In-transit stock is small (only dispatched, unreceived transfers): read it whole.
  const { result: transit } = useList<TransitRow>({
    resource: 'stock_in_transit',
    pagination: { mode: 'off' },
    meta: { select: 'product_id, to_warehouse_id, qty' },
  });
  const incoming = (row: LevelRow) =>
    transit.data
      .filter((r) => r.product_id === row.product_id && r.to_warehouse_id === row.warehouse_id)
      .reduce((sum, r) => sum + toNumber(r.qty), 0);

  const nonzero = filterValue(filters, 'on_hand', 'gt') !== undefined;
  const hasFilters = filters.some((f) => 'field' in f && f.field !== 'on_hand' && f.value !== undefined);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          product_id: filterValue(filters, 'product_id', 'eq'),
          warehouse_id: filterValue(filters, 'warehouse_id', 'eq'),
          nonzero,
        }}
        onValuesChange={() => searchFormProps.form?.submit()}
      >
        <Form.Item name="product_id">
          <ProductSelect style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="warehouse_id">
          <WarehouseSelect allowClear style={{ width: 180 }} placeholder={t('stock.filters.allWarehouses')} />
        </Form.Item>
        <Form.Item name="nonzero" valuePropName="checked" label={t('stock.filters.nonzero')}>
          <Switch size="small" />
        </Form.Item>
        {hasFilters && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.setFieldsValue({ product_id: undefined, warehouse_id: undefined });
              setFilters([{ field: 'on_hand', operator: 'gt', value: nonzero ? 0 : undefined }], 'replace');
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>
      <Table<LevelRow>
        {...tableProps}
        rowKey={(row) => `${row.product_id}:${row.warehouse_id}`}
        rowClassName={(row) => (isLow(row) ? 'row-low-stock' : '')}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: hasFilters ? (
            <EmptyHint text={t('stock_levels.empty.noMatch')} />
          ) : (
            <EmptyHint
              text={t(canReceive?.can ? 'stock_levels.empty.keeper' : 'stock_levels.empty.reader')}
              action={canReceive?.can && <Button type="primary" onClick={() => create('stock_receipts')}>{t('stock_receipts.titles.create')}</Button>}
            />
          ),
        }}
      >
        <Table.Column<LevelRow>
          key="products(name)"
          title={t('stock.fields.product')}
          sorter
          defaultSortOrder={getDefaultSortOrder('products(name)', sorters)}
          render={(_, row) => (
            <Space direction="vertical" size={0}>
              <Link to={`/products/show/${row.product_id}`}>{row.products?.name}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.products?.sku}
                {row.products?.spec ? ` · ${row.products.spec}` : ''}
              </Typography.Text>
            </Space>
          )}
        />
        <Table.Column<LevelRow> key="warehouse" title={t('stock.fields.warehouse')} render={(_, row) => row.warehouses?.name} />
        <Table.Column<LevelRow>
          dataIndex="on_hand"
          title={t('stock.fields.on_hand')}
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('on_hand', sorters)}
          render={(value: number) => formatQty(value)}
        />
        <Table.Column<LevelRow>
          dataIndex="reserved"
          title={t('stock.fields.reserved')}
          align="right"
          responsive={['md']}
          render={(value: number) => (toNumber(value) ? formatQty(value) : <Typography.Text type="secondary">0</Typography.Text>)}
        />
        <Table.Column<LevelRow>
          dataIndex="available"
          title={t('stock.fields.available')}
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('available', sorters)}
          render={(value: number, row) => (
            <Space size={6} data-testid="level-available">
              {isLow(row) && (
                <Tag color={toNumber(value) <= 0 ? 'error' : 'warning'} style={{ marginInlineEnd: 0 }}>
                  {t('stock.lowStock')}
                </Tag>
              )}
              <Typography.Text strong>
                {formatQty(value)} {row.products?.unit}
              </Typography.Text>
            </Space>
          )}
        />
        <Table.Column<LevelRow>
          key="safety"
          title={t('stock.fields.safety_stock')}
          align="right"
          responsive={['lg']}
          render={(_, row) => (toNumber(row.products?.safety_stock) ? formatQty(row.products?.safety_stock) : '—')}
        />
        <Table.Column<LevelRow>
          key="incoming"
          title={t('stock.fields.inTransit')}
          align="right"
          render={(_, row) => {
            const qty = incoming(row);
            return qty ? <Typography.Text type="success">+{formatQty(qty)}</Typography.Text> : '—';
          }}
        />
        <Table.Column<LevelRow>
          dataIndex="updated_at"
          title={t('stock.fields.updated_at')}
          sorter
          responsive={['lg']}
          defaultSortOrder={getDefaultSortOrder('updated_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
      </Table>
    </Space>
  );
}
