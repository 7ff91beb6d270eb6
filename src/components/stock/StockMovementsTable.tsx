import { Button, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import { DateField, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatSigned, toNumber } from '../common/format.ts';
import { filterValue } from '../common/search.ts';
import { ProductSelect } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';
import { MOVEMENT_TYPES, MovementTypeTag, SourceLink, type MovementType } from './movementTypes.tsx';

export type MovementRow = {
  id: number;
  movement_type: MovementType;
  product_id: string;
  sku: string;
  product_name: string;
  warehouse_id: string;
  warehouse_name: string;
  batch_id: string;
  batch_no: string;
  qty: number;
  source_type: string;
  source_id: string | null;
  created_at: string;
};

const COLUMNS = 'id, movement_type, product_id, sku, product_name, warehouse_id, warehouse_name, batch_id, batch_no, qty, source_type, source_id, created_at';

type SearchValues = { product_id?: string; warehouse_id?: string; movement_type?: MovementType[]; period?: [Dayjs, Dayjs] | null };

type Props = {
  /** Fixed to one product (the product page); hides the product column and filter. */
  productId?: string;
  /** The full ledger page keeps its state in the URL; an embedded table does not. */
  syncWithLocation?: boolean;
  pageSize?: number;
};

/**
 * The stock ledger, read-only: one row per change of one batch (stock_movement_list, without costs).
 * The ledger can hold millions of rows, so the total is PostgREST's estimate above max-rows.
 */
export function StockMovementsTable({ productId, syncWithLocation = false, pageSize = 20 }: Props) {
  const t = useTranslate();
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<MovementRow, never, SearchValues>({
    resource: 'stock_movements',
    syncWithLocation,
    pagination: { pageSize },
    sorters: { initial: [{ field: 'id', order: 'desc' }] },
    filters: productId ? { permanent: [{ field: 'product_id', operator: 'eq', value: productId }] } : undefined,
    meta: { select: COLUMNS, count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      ...(productId ? [] : [{ field: 'product_id', operator: 'eq', value: values.product_id || undefined } as CrudFilter]),
      { field: 'warehouse_id', operator: 'eq', value: values.warehouse_id || undefined },
      { field: 'movement_type', operator: 'in', value: values.movement_type?.length ? values.movement_type : undefined },
      { field: 'created_at', operator: 'gte', value: values.period?.[0]?.startOf('day').toISOString() },
      { field: 'created_at', operator: 'lt', value: values.period?.[1]?.add(1, 'day').startOf('day').toISOString() },
    ],
  });

  const from = filterValue<string>(filters, 'created_at', 'gte');
  const to = filterValue<string>(filters, 'created_at', 'lt');
  const hasFilters = filters.some((f) => 'field' in f && !(productId && f.field === 'product_id') && f.value !== undefined);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        {...searchFormProps}
        layout="inline"
        className="filter-bar"
        initialValues={{
          product_id: filterValue(filters, 'product_id', 'eq'),
          warehouse_id: filterValue(filters, 'warehouse_id', 'eq'),
          movement_type: filterValue(filters, 'movement_type', 'in'),
          period: from && to ? [dayjs(from), dayjs(to).subtract(1, 'day')] : undefined,
        }}
        onValuesChange={() => searchFormProps.form?.submit()}
      >
        {!productId && (
          <Form.Item name="product_id">
            <ProductSelect style={{ width: 260 }} />
          </Form.Item>
        )}
        <Form.Item name="warehouse_id">
          <WarehouseSelect allowClear style={{ width: 170 }} placeholder={t('stock.filters.allWarehouses')} />
        </Form.Item>
        <Form.Item name="movement_type">
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('stock_movements.filters.type')}
            style={{ width: 200 }}
            options={MOVEMENT_TYPES.map((type) => ({ value: type, label: t(`stock_movements.types.${type}`) }))}
          />
        </Form.Item>
        <Form.Item name="period">
          <DatePicker.RangePicker allowEmpty={[false, false]} style={{ width: 250 }} />
        </Form.Item>
        {hasFilters && (
          <Button
            type="link"
            onClick={() => {
              searchFormProps.form?.setFieldsValue({ product_id: undefined, warehouse_id: undefined, movement_type: undefined, period: undefined });
              setFilters([], 'replace'); // the fixed product is a permanent filter and stays
            }}
          >
            {t('buttons.clear')}
          </Button>
        )}
      </Form>
      <Table<MovementRow>
        {...tableProps}
        rowKey="id"
        size={productId ? 'small' : 'middle'}
        pagination={{ ...tableProps.pagination, showSizeChanger: !productId, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(hasFilters ? 'stock_movements.empty.noMatch' : 'stock_movements.empty.none')} /> }}
      >
        <Table.Column<MovementRow>
          dataIndex="id"
          title={t('stock_movements.fields.created_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('id', sorters)}
          render={(_, row) => <DateField value={row.created_at} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<MovementRow>
          dataIndex="movement_type"
          title={t('stock_movements.fields.movement_type')}
          render={(type: MovementType) => <MovementTypeTag type={type} />}
        />
        {!productId && (
          <Table.Column<MovementRow>
            key="product"
            title={t('stock_movements.fields.product')}
            render={(_, row) => (
              <Space direction="vertical" size={0}>
                <Link to={`/products/show/${row.product_id}`}>{row.product_name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.sku}
                </Typography.Text>
              </Space>
            )}
          />
        )}
        <Table.Column<MovementRow> dataIndex="warehouse_name" title={t('stock_movements.fields.warehouse')} />
        <Table.Column<MovementRow> dataIndex="batch_no" title={t('stock_movements.fields.batch_no')} responsive={['md']} />
        <Table.Column<MovementRow>
          dataIndex="qty"
          title={t('stock_movements.fields.qty')}
          align="right"
          render={(qty: number) => (
            <Typography.Text type={toNumber(qty) < 0 ? 'danger' : 'success'} strong>
              {formatSigned(qty)}
            </Typography.Text>
          )}
        />
        <Table.Column<MovementRow>
          key="source"
          title={t('stock_movements.fields.source')}
          render={(_, row) => <SourceLink type={row.source_type} id={row.source_id} />}
        />
      </Table>
    </Space>
  );
}
