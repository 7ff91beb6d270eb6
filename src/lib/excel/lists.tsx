/**
 * The Excel exports of the catalogue / stock / alert lists: which resource, select, default filters and
 * sort (the same as the list's useTable), and the columns of the file. The list pages render
 * `<ListExportButton list="products" />` in their header.
 */
import { useTranslate, type CrudFilter, type CrudSort } from '@refinedev/core';
import { ExportButton } from './ExportButton.tsx';
import type { ExcelColumn } from './values.ts';

type Row = Record<string, unknown>;
type Translate = (key: string, options?: Record<string, unknown>) => string;
type Preset = {
  resource: string;
  meta: Record<string, unknown>;
  defaultFilters?: CrudFilter[];
  defaultSorters?: CrudSort[];
  tiebreaker: string | null;
  columns: (t: Translate) => ExcelColumn<Row>[];
};

const c = (t: Translate, key: string) => t(`excel.columns.${key}`);
const sum = (rows: unknown, key: 'on_hand' | 'reserved' | 'available') =>
  Array.isArray(rows) ? rows.reduce((s: number, l: Row) => s + Number(l[key] ?? 0), 0) : 0;

export const LIST_EXPORTS = {
  products: {
    resource: 'products',
    // Same embeds and virtual filters as ProductsTable (its "stock state" filter expands to embeds).
    meta: {
      select: 'id, sku, barcode, name, spec, unit, list_price, status, safety_stock, updated_at, categories(name), brands(name), stock_levels(on_hand, reserved, available)',
    },
    defaultSorters: [{ field: 'updated_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'sku', title: c(t, 'sku') },
      { key: 'barcode', title: c(t, 'barcode') },
      { key: 'name', title: c(t, 'name') },
      { key: 'spec', title: c(t, 'spec') },
      { key: 'unit', title: c(t, 'unit') },
      { key: 'categories.name', title: c(t, 'category') },
      { key: 'brands.name', title: c(t, 'brand') },
      { key: 'list_price', title: c(t, 'list_price'), type: 'money' },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`products.status.${String(r.status)}`) },
      { key: 'safety_stock', title: c(t, 'safety_stock'), type: 'quantity' },
      { key: 'on_hand', title: c(t, 'on_hand'), type: 'quantity', value: (r) => sum(r.stock_levels, 'on_hand'), total: 'sum' },
      { key: 'available', title: c(t, 'available'), type: 'quantity', value: (r) => sum(r.stock_levels, 'available'), total: 'sum' },
      { key: 'updated_at', title: c(t, 'updated_at'), type: 'datetime' },
    ],
  },
  stock_levels: {
    resource: 'stock_levels',
    meta: { select: 'product_id, warehouse_id, on_hand, reserved, available, updated_at, products(sku, name, spec, unit, safety_stock), warehouses(name, code)' },
    defaultFilters: [{ field: 'on_hand', operator: 'gt', value: 0 }],
    defaultSorters: [{ field: 'updated_at', order: 'desc' }],
    tiebreaker: null, // no id: (product_id, warehouse_id) below
    columns: (t) => [
      { key: 'products.sku', title: c(t, 'sku') },
      { key: 'products.name', title: c(t, 'name') },
      { key: 'products.spec', title: c(t, 'spec') },
      { key: 'products.unit', title: c(t, 'unit') },
      { key: 'warehouses.code', title: c(t, 'warehouse_code') },
      { key: 'warehouses.name', title: c(t, 'warehouse') },
      { key: 'on_hand', title: c(t, 'on_hand'), type: 'quantity', total: 'sum' },
      { key: 'reserved', title: c(t, 'reserved'), type: 'quantity', total: 'sum' },
      { key: 'available', title: c(t, 'available'), type: 'quantity', total: 'sum' },
      { key: 'products.safety_stock', title: c(t, 'safety_stock'), type: 'quantity' },
      { key: 'updated_at', title: c(t, 'updated_at'), type: 'datetime' },
    ],
  },
  stock_movements: {
    resource: 'stock_movements',
    meta: { table: 'stock_movement_list', select: 'id, movement_type, sku, product_name, warehouse_name, batch_no, qty, source_type, created_at', count: 'estimated' },
    defaultSorters: [{ field: 'id', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'created_at', title: c(t, 'created_at'), type: 'datetime' },
      { key: 'movement_type', title: c(t, 'movement_type'), value: (r) => t(`stock_movements.types.${String(r.movement_type)}`) },
      { key: 'sku', title: c(t, 'sku') },
      { key: 'product_name', title: c(t, 'name') },
      { key: 'warehouse_name', title: c(t, 'warehouse') },
      { key: 'batch_no', title: c(t, 'batch_no') },
      { key: 'qty', title: c(t, 'qty'), type: 'quantity' },
      { key: 'source_type', title: c(t, 'source_type'), value: (r) => t(`stock_movements.sources.${String(r.source_type)}`, { defaultValue: String(r.source_type) }) },
    ],
  },
  alerts: {
    resource: 'alerts',
    meta: { select: 'id, kind, status, details, raised_at, acknowledged_at, resolved_at, products(sku, name, unit), warehouses(name), stock_batches(batch_no, expiry_date, qty_on_hand)' },
    defaultFilters: [{ field: 'status', operator: 'in', value: ['open', 'acknowledged'] }],
    defaultSorters: [{ field: 'raised_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'kind', title: c(t, 'kind'), value: (r) => t(`alerts.kinds.${String(r.kind)}`) },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`alerts.status.${String(r.status)}`) },
      { key: 'products.sku', title: c(t, 'sku') },
      { key: 'products.name', title: c(t, 'name') },
      { key: 'warehouses.name', title: c(t, 'warehouse') },
      { key: 'stock_batches.batch_no', title: c(t, 'batch_no') },
      { key: 'stock_batches.expiry_date', title: c(t, 'expiry_date'), type: 'date' },
      { key: 'available', title: c(t, 'available'), type: 'quantity', value: (r) => (r.details as Row | null)?.available ?? (r.stock_batches as Row | null)?.qty_on_hand },
      { key: 'safety_stock', title: c(t, 'safety_stock'), type: 'quantity', value: (r) => (r.details as Row | null)?.safety_stock },
      { key: 'raised_at', title: c(t, 'raised_at'), type: 'datetime' },
      { key: 'acknowledged_at', title: c(t, 'acknowledged_at'), type: 'datetime' },
      { key: 'resolved_at', title: c(t, 'resolved_at'), type: 'datetime' },
    ],
  },
} satisfies Record<string, Preset>;

export type ListExportKey = keyof typeof LIST_EXPORTS;

/** The export button of one of the lists above, with the list's current filters and sort. */
export function ListExportButton({ list }: { list: ListExportKey }) {
  const t = useTranslate();
  const preset: Preset = LIST_EXPORTS[list];
  return (
    <ExportButton
      resource={preset.resource}
      title={t(`excel.lists.${list}`)}
      columns={preset.columns(t)}
      meta={preset.meta}
      defaultFilters={preset.defaultFilters}
      defaultSorters={preset.defaultSorters}
      tiebreaker={preset.tiebreaker}
    />
  );
}
