import { useState } from 'react';
import { Button, Switch, Table, Tabs, Tag, Typography, Space } from 'antd';
import { DateField } from '@refinedev/antd';
import { useCan, useList, useNavigation, useTranslate } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatCost, formatMoney, formatQty, toNumber } from '../common/format.ts';
import { useCapability } from '../common/useCapability.ts';
import { ExpiryTag, type ExpiryStatus } from '../inventory/ExpiryTag.tsx';
import { StockMovementsTable } from '../stock/StockMovementsTable.tsx';
import { ProductSalesTable } from './ProductSalesTable.tsx';
import { useRpcQueryFn } from '../common/useRpc.ts';
import type { ProductRecord } from './types.ts';

type LevelRow = {
  warehouse_id: string;
  on_hand: number;
  reserved: number;
  available: number;
  updated_at: string;
  warehouses: { name: string; code: string; active: boolean } | null;
};
type TransitRow = { transfer_id: string; transfer_no: string; from_warehouse_id: string; to_warehouse_id: string; qty: number };
type BatchRow = {
  id: string;
  warehouse_id: string;
  warehouse_name: string;
  batch_no: string;
  expiry_date: string | null;
  qty_on_hand: number;
  received_at: string;
  expiry_status: ExpiryStatus;
  days_to_expiry: number | null;
};
type BatchCost = { batch_id: string; unit_cost: number; stock_value: number };

/**
 * A product's stock: per warehouse (with what is on its way), its batches with expiry, its ledger,
 * and the orders that sold it. Unit costs appear only for roles with the view_costs capability, read through the
 * batch_costs() RPC (the tables never show costs).
 */
export function ProductStockTabs({ product }: { product: ProductRecord }) {
  const t = useTranslate();
  const { data: canSeeLedger } = useCan({ resource: 'stock_movements', action: 'list' });
  const { data: canSeeBatches } = useCan({ resource: 'stock_batches', action: 'list' });
  const { data: canSeeOrders } = useCan({ resource: 'sales_orders', action: 'list' });
  const items = [
    { key: 'stock', label: t('products.tabs.stock'), children: <LevelsTab product={product} /> },
    ...(canSeeBatches?.can ? [{ key: 'batches', label: t('products.tabs.batches'), children: <BatchesTab product={product} /> }] : []),
    ...(canSeeLedger?.can
      ? [{ key: 'movements', label: t('products.tabs.movements'), children: <StockMovementsTable productId={product.id} pageSize={10} /> }]
      : []),
    ...(canSeeOrders?.can ? [{ key: 'sales', label: t('products.tabs.sales'), children: <ProductSalesTable productId={product.id} /> }] : []),
  ];
  return <Tabs items={items} destroyOnHidden={false} data-testid="product-tabs" />;
}

function LevelsTab({ product }: { product: ProductRecord }) {
  const t = useTranslate();
  const { create } = useNavigation();
  const { data: canReceive } = useCan({ resource: 'stock_receipts', action: 'create' });
  const { result, query } = useList<LevelRow>({
    resource: 'stock_levels',
    pagination: { mode: 'off' },
    filters: [{ field: 'product_id', operator: 'eq', value: product.id }],
    sorters: [{ field: 'warehouse_id', order: 'asc' }],
    meta: { select: 'warehouse_id, on_hand, reserved, available, updated_at, warehouses(name, code, active)' },
  });
  const { result: transit } = useList<TransitRow>({
    resource: 'stock_in_transit',
    pagination: { mode: 'off' },
    filters: [{ field: 'product_id', operator: 'eq', value: product.id }],
    meta: { select: 'transfer_id, transfer_no, from_warehouse_id, to_warehouse_id, qty' },
  });
  const incoming = (warehouseId: string) =>
    transit.data.filter((r) => r.to_warehouse_id === warehouseId).reduce((sum, r) => sum + toNumber(r.qty), 0);
  const safety = toNumber(product.safety_stock);
  const totals = result.data.reduce(
    (sum, l) => ({ onHand: sum.onHand + toNumber(l.on_hand), reserved: sum.reserved + toNumber(l.reserved), available: sum.available + toNumber(l.available) }),
    { onHand: 0, reserved: 0, available: 0 },
  );
  const transitTotal = transit.data.reduce((sum, r) => sum + toNumber(r.qty), 0);
  const rows = result.data.filter((l) => toNumber(l.on_hand) !== 0 || toNumber(l.reserved) !== 0 || incoming(l.warehouse_id) > 0);

  return (
    <Table<LevelRow>
      rowKey="warehouse_id"
      size="small"
      loading={query.isLoading}
      dataSource={rows}
      pagination={false}
      rowClassName={(row) => (safety > 0 && toNumber(row.available) <= safety ? 'row-low-stock' : '')}
      locale={{
        emptyText: (
          <EmptyHint
            text={t(canReceive?.can ? 'products.empty.noStockKeeper' : 'products.empty.noStock')}
            action={canReceive?.can && <Button type="primary" onClick={() => create('stock_receipts')}>{t('stock_receipts.titles.create')}</Button>}
          />
        ),
      }}
      summary={() =>
        rows.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('stock.fields.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{formatQty(totals.onHand)}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{formatQty(totals.reserved)}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong>{formatQty(totals.available)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">{transitTotal ? formatQty(transitTotal) : '—'}</Table.Summary.Cell>
            <Table.Summary.Cell index={5} />
          </Table.Summary.Row>
        ) : null
      }
    >
      <Table.Column<LevelRow>
        key="warehouse"
        title={t('stock.fields.warehouse')}
        render={(_, row) => (
          <Space size={4}>
            {row.warehouses?.name ?? row.warehouse_id}
            {row.warehouses && !row.warehouses.active && <Tag>{t('warehouses.status.inactive')}</Tag>}
          </Space>
        )}
      />
      <Table.Column<LevelRow> dataIndex="on_hand" title={t('stock.fields.on_hand')} align="right" render={formatQty} />
      <Table.Column<LevelRow> dataIndex="reserved" title={t('stock.fields.reserved')} align="right" render={formatQty} />
      <Table.Column<LevelRow>
        dataIndex="available"
        title={t('stock.fields.available')}
        align="right"
        render={(value: number) => (
          <Space size={4}>
            {safety > 0 && toNumber(value) <= safety && <Tag color={toNumber(value) <= 0 ? 'error' : 'warning'}>{t('stock.lowStock')}</Tag>}
            <Typography.Text strong>{formatQty(value)}</Typography.Text>
          </Space>
        )}
      />
      <Table.Column<LevelRow>
        key="incoming"
        title={t('stock.fields.inTransit')}
        align="right"
        render={(_, row) => (incoming(row.warehouse_id) ? `+${formatQty(incoming(row.warehouse_id))}` : '—')}
      />
      <Table.Column<LevelRow>
        dataIndex="updated_at"
        title={t('stock.fields.updated_at')}
        responsive={['md']}
        render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
      />
    </Table>
  );
}

function BatchesTab({ product }: { product: ProductRecord }) {
  const t = useTranslate();
  const [showEmpty, setShowEmpty] = useState(false);
  const seeCosts = useCapability('view_costs');
  const rpc = useRpcQueryFn();
  const { result, query } = useList<BatchRow>({
    resource: 'stock_batches',
    pagination: { pageSize: 200 },
    filters: [
      { field: 'product_id', operator: 'eq', value: product.id },
      ...(showEmpty ? [] : [{ field: 'qty_on_hand', operator: 'gt' as const, value: 0 }]),
    ],
    sorters: [{ field: 'expiry_date', order: 'asc' }, { field: 'received_at', order: 'asc' }],
    meta: { select: 'id, warehouse_id, warehouse_name, batch_no, expiry_date, qty_on_hand, received_at, expiry_status, days_to_expiry' },
  });
  const costs = useQuery({
    queryKey: ['batch_costs', product.id, showEmpty],
    enabled: seeCosts,
    queryFn: async () => {
      const rows = await rpc<BatchCost[]>('batch_costs', { p_product_id: product.id, p_include_empty: showEmpty });
      return new Map(rows.map((row) => [row.batch_id, row]));
    },
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Switch size="small" checked={showEmpty} onChange={setShowEmpty} />
        <Typography.Text type="secondary">{t('stock_batches.filters.showEmpty')}</Typography.Text>
      </Space>
      <Table<BatchRow>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={result.data}
        pagination={false}
        locale={{ emptyText: <EmptyHint text={t('stock_batches.empty.none')} /> }}
      >
        <Table.Column<BatchRow> dataIndex="batch_no" title={t('stock_batches.fields.batch_no')} />
        <Table.Column<BatchRow> dataIndex="warehouse_name" title={t('stock_batches.fields.warehouse')} />
        <Table.Column<BatchRow> dataIndex="expiry_date" title={t('stock_batches.fields.expiry_date')} render={(value: string | null) => value ?? '—'} />
        <Table.Column<BatchRow>
          dataIndex="expiry_status"
          title={t('stock_batches.fields.expiry_status')}
          render={(status: ExpiryStatus, row) => <ExpiryTag status={status} days={row.days_to_expiry} />}
        />
        <Table.Column<BatchRow> dataIndex="qty_on_hand" title={t('stock_batches.fields.qty_on_hand')} align="right" render={formatQty} />
        {seeCosts && (
          <Table.Column<BatchRow>
            key="unit_cost"
            title={t('stock_batches.fields.unit_cost')}
            align="right"
            render={(_, row) => {
              const cost = costs.data?.get(row.id);
              return cost ? formatCost(cost.unit_cost) : '—';
            }}
          />
        )}
        {seeCosts && (
          <Table.Column<BatchRow>
            key="value"
            title={t('stock_batches.fields.stock_value')}
            align="right"
            render={(_, row) => {
              const cost = costs.data?.get(row.id);
              return cost ? formatMoney(cost.stock_value) : '—';
            }}
          />
        )}
        <Table.Column<BatchRow>
          dataIndex="received_at"
          title={t('stock_batches.fields.received_at')}
          responsive={['md']}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD" />}
        />
      </Table>
    </Space>
  );
}
