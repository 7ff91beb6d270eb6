import { useEffect, useMemo, useState, type Key } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Flex, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, EditButton, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { BrandSelect } from '../brands/BrandSelect.tsx';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect.tsx';
import { useCategories } from '../categories/useCategories.ts';
import { descendantIds } from '../categories/tree.ts';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, formatQty } from '../common/format.ts';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import type { VirtualFilters } from '../../providers/data-provider-extras.ts';
import { ProductStatusTag } from './ProductStatusTag.tsx';
import { useBulkStatus } from './useBulkStatus.ts';
import { PRODUCT_LIST_COLUMNS, PRODUCT_STATUSES, stockSummary, type ProductRecord, type ProductStatus } from './types.ts';

type StockState = 'low' | 'out' | 'in_stock';
const STOCK_STATES: StockState[] = ['low', 'out', 'in_stock'];

/**
 * "Stock state" is not a column of products: the data provider turns it into embeds.
 *   low      — an unresolved low-stock alert exists (available ≤ safety stock in an active warehouse);
 *   out      — no warehouse has anything available (anti-join on stock_levels);
 *   in_stock — some warehouse has stock available.
 */
const STOCK_STATE_FILTERS: VirtualFilters = {
  stock_state: {
    low: {
      select: 'low_alert:alerts!inner(id)',
      filters: [
        { field: 'low_alert.kind', operator: 'eq', value: 'low_stock' },
        { field: 'low_alert.status', operator: 'ne', value: 'resolved' },
      ],
    },
    out: {
      select: 'has_stock:stock_levels(product_id)',
      filters: [
        { field: 'has_stock.available', operator: 'gt', value: 0 },
        { field: 'has_stock', operator: 'null', value: null },
      ],
    },
    in_stock: {
      select: 'has_stock:stock_levels!inner(product_id)',
      filters: [{ field: 'has_stock.available', operator: 'gt', value: 0 }],
    },
  },
};

type SearchValues = { q?: string; category?: string; brand_id?: string; status?: ProductStatus; stock_state?: StockState };

export function ProductsTable() {
  const t = useTranslate();
  const { rows: categories } = useCategories();
  const { data: canEdit } = useCan({ resource: 'products', action: 'edit' });
  const { data: canCreate } = useCan({ resource: 'products', action: 'create' });
  const [selected, setSelected] = useState<Key[]>([]);
  const bulk = useBulkStatus(() => setSelected([]));

  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<ProductRecord, never, SearchValues>({
    resource: 'products',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'updated_at', order: 'desc' }] },
    // Products can grow large: exact count below PostgREST's max-rows (1000), planner estimate above.
    meta: { select: PRODUCT_LIST_COLUMNS, count: 'estimated', virtualFilters: STOCK_STATE_FILTERS },
    onSearch: (values): CrudFilter[] => [
      orSearch('q', ['name', 'sku', 'barcode'], values.q),
      {
        field: 'category_id',
        operator: 'in',
        value: values.category ? [...descendantIds(categories, values.category)] : undefined,
      },
      { field: 'brand_id', operator: 'eq', value: values.brand_id || undefined },
      { field: 'status', operator: 'eq', value: values.status || undefined },
      { field: 'stock_state', operator: 'eq', value: values.stock_state || undefined },
    ],
  });

  // The category filter holds the picked category and everything below it; show the picked one.
  const categoryIds = filterValue<string[]>(filters, 'category_id', 'in');
  const categoryRoot = useMemo(() => {
    if (!categoryIds?.length) return undefined;
    const set = new Set(categoryIds);
    return categories.find((c) => set.has(c.id) && (!c.parent_id || !set.has(c.parent_id)))?.id ?? categoryIds[0];
  }, [categoryIds, categories]);
  useEffect(() => {
    if (categoryRoot) searchFormProps.form?.setFieldValue('category', categoryRoot);
  }, [categoryRoot, searchFormProps.form]);

  const hasFilters = filters.some((f) => ('field' in f ? f.value !== undefined && f.value !== '' : f.value.length > 0));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          q: orSearchText(filters, 'q'),
          brand_id: filterValue(filters, 'brand_id', 'eq'),
          status: filterValue(filters, 'status', 'eq'),
          stock_state: filterValue(filters, 'stock_state', 'eq'),
        }}
        onValuesChange={(changed: Partial<SearchValues>) => {
          // Selects filter at once; the text box waits for Enter.
          if (!('q' in changed)) searchFormProps.form?.submit();
        }}
      >
        <Form.Item name="q">
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('products.actions.searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
        <Form.Item name="category">
          <CategoryTreeSelect placeholder={t('products.filters.category')} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="brand_id">
          <BrandSelect placeholder={t('products.filters.brand')} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('products.filters.status')}
            style={{ width: 130 }}
            options={PRODUCT_STATUSES.map((status) => ({ value: status, label: t(`products.status.${status}`) }))}
          />
        </Form.Item>
        <Form.Item name="stock_state">
          <Select
            allowClear
            placeholder={t('products.filters.stockState')}
            style={{ width: 150 }}
            options={STOCK_STATES.map((state) => ({ value: state, label: t(`products.stockState.${state}`) }))}
          />
        </Form.Item>
        {hasFilters && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.resetFields();
              searchFormProps.form?.setFieldsValue({ q: undefined, category: undefined, brand_id: undefined, status: undefined, stock_state: undefined });
              setFilters([], 'replace');
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>

      {canEdit?.can && selected.length > 0 && (
        <Alert
          type="info"
          data-testid="bulk-bar"
          message={
            <Flex wrap align="center" gap={8}>
              <span>{t('products.actions.selected', { count: selected.length })}</span>
              <Button size="small" type="primary" loading={bulk.isPending} onClick={() => bulk.mutate({ ids: selected.map(String), status: 'on_sale' })}>
                {t('products.actions.putOnSale')}
              </Button>
              <Button size="small" loading={bulk.isPending} onClick={() => bulk.mutate({ ids: selected.map(String), status: 'off_sale' })}>
                {t('products.actions.takeOffSale')}
              </Button>
              <Button size="small" type="link" onClick={() => setSelected([])}>
                {t('products.actions.clearSelection')}
              </Button>
            </Flex>
          }
        />
      )}

      <Table<ProductRecord>
        {...tableProps}
        rowKey="id"
        rowSelection={canEdit?.can ? { selectedRowKeys: selected, onChange: setSelected, preserveSelectedRowKeys: true } : undefined}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: hasFilters ? (
            <EmptyHint text={t('products.empty.noMatch')} />
          ) : (
            <EmptyHint
              text={t(canCreate?.can ? 'products.empty.admin' : 'products.empty.reader')}
              action={canCreate?.can && <CreateButton resource="products" />}
            />
          ),
        }}
      >
        <Table.Column<ProductRecord>
          dataIndex="sku"
          title={t('products.fields.sku')}
          sorter
          defaultSortOrder={getDefaultSortOrder('sku', sorters)}
          width={140}
          render={(sku: string, record) => (
            <Space direction="vertical" size={0}>
              <Typography.Text code>{sku}</Typography.Text>
              {record.barcode && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {record.barcode}
                </Typography.Text>
              )}
            </Space>
          )}
        />
        <Table.Column<ProductRecord>
          dataIndex="name"
          title={t('products.fields.name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          render={(name: string, record) => (
            <Space direction="vertical" size={0}>
              <Link to={`/products/show/${record.id}`}>{name}</Link>
              {record.spec && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {record.spec}
                </Typography.Text>
              )}
            </Space>
          )}
        />
        <Table.Column<ProductRecord>
          key="category"
          title={t('products.fields.category_id')}
          responsive={['lg']}
          render={(_, record) => record.categories?.name ?? '—'}
        />
        <Table.Column<ProductRecord>
          key="brand"
          title={t('products.fields.brand_id')}
          responsive={['md']}
          render={(_, record) => record.brands?.name ?? '—'}
        />
        <Table.Column<ProductRecord>
          dataIndex="list_price"
          title={t('products.fields.list_price')}
          align="right"
          sorter
          defaultSortOrder={getDefaultSortOrder('list_price', sorters)}
          render={(value: number) => formatMoney(value)}
        />
        <Table.Column<ProductRecord>
          key="stock"
          title={t('products.fields.available')}
          align="right"
          render={(_, record) => {
            const { available, onHand, state } = stockSummary(record);
            return (
              <Space direction="vertical" size={0} style={{ alignItems: 'flex-end' }}>
                <span data-testid="product-available">
                  {formatQty(available)} {record.unit}
                </span>
                {state !== 'ok' ? (
                  <Tag color={state === 'out' ? 'error' : 'warning'} style={{ marginInlineEnd: 0 }}>
                    {t(`products.stockState.${state}`)}
                  </Tag>
                ) : (
                  onHand !== available && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('products.fields.on_hand')} {formatQty(onHand)}
                    </Typography.Text>
                  )
                )}
              </Space>
            );
          }}
        />
        <Table.Column<ProductRecord>
          dataIndex="status"
          title={t('products.fields.status')}
          width={90}
          render={(status: ProductStatus) => <ProductStatusTag status={status} />}
        />
        <Table.Column<ProductRecord>
          title={t('table.actions')}
          key="actions"
          width={90}
          fixed="right"
          render={(_, record) => (
            <Space size={4}>
              <ShowButton hideText size="small" recordItemId={record.id} />
              <EditButton hideText size="small" recordItemId={record.id} />
            </Space>
          )}
        />
      </Table>
    </Space>
  );
}
