/**
 * The Excel exports of the lists: which resource, select, default filters and sort (the same as the
 * list's useTable in components/<resource>/*Table.tsx, so the file holds what the list shows, every page
 * of it), and the columns of the file. Status-like values are translated with the list's own keys. The
 * list pages render `<ListExportButton list="products" />` (lists.tsx) in their header. No preset selects
 * a cost the list does not show (RLS decides the rows). supabase/tests/list-exports.test.ts runs them all.
 */
import type { CrudFilter, CrudSort } from '@refinedev/core';
import { changedKeys, type Json } from '../../components/audit-log/diff.ts';
import { recordLabel } from '../../components/audit-log/tables.ts';
import { statsOf } from '../../components/customers/customer.ts';
import { scheduleState } from '../../components/promotions/promotion.ts';
import { addressLine, type ShipTo } from '../../components/shipments/shipment.ts';
import { toNumberOrNull, type ExcelColumn } from './values.ts';

export type Row = Record<string, unknown>;
/** Refine's translate: a missing key answers `defaultMessage` (i18n-provider.ts), never i18next's defaultValue. */
export type Translate = (key: string, options?: Record<string, unknown>, defaultMessage?: string) => string;
/** What some columns need besides the row: names of people (audit log "changed by"). */
export type ExportContext = { personName: (id: string | null | undefined) => string };
export type Preset = {
  resource: string;
  meta: Record<string, unknown>;
  defaultFilters?: CrudFilter[];
  defaultSorters?: CrudSort[];
  /** Always applied, like the list's `filters.permanent`. */
  permanentFilters?: CrudFilter[];
  tiebreaker: string | null;
  /** Loads the people (profiles) for ExportContext.personName. */
  needsPeople?: boolean;
  columns: (t: Translate, ctx: ExportContext) => ExcelColumn<Row>[];
};

const c = (t: Translate, key: string) => t(`excel.columns.${key}`);
const sum = (rows: unknown, key: 'on_hand' | 'reserved' | 'available') =>
  Array.isArray(rows) ? rows.reduce((s: number, l: Row) => s + Number(l[key] ?? 0), 0) : 0;
/** An embedded `table(count)` arrives as [{ count }]. */
const count = (embed: unknown) => (Array.isArray(embed) ? Number((embed[0] as Row | undefined)?.count ?? 0) : 0);
/** Excel refuses cells longer than 32,767 characters. */
const cellText = (text: string) => (text.length > 32_000 ? `${text.slice(0, 32_000)}…` : text);
const json = (value: unknown) => (value === null || value === undefined ? undefined : cellText(JSON.stringify(value)));
/** A percentage stored as 15 (= 15 %) as the fraction Excel's % format shows. */
const fraction = (value: unknown) => {
  const n = toNumberOrNull(value);
  return n === null ? undefined : n / 100;
};

const stats = (r: Row) => statsOf(r as Parameters<typeof statsOf>[0]);
const schedule = (r: Row) => scheduleState(r as Parameters<typeof scheduleState>[0]);

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
      { key: 'source_type', title: c(t, 'source_type'), value: (r) => t(`stock_movements.sources.${String(r.source_type)}`, {}, String(r.source_type)) },
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
  customers: {
    resource: 'customers',
    // CustomersTable: CUSTOMER_LIST_COLUMNS (order statistics from the customer_order_stats view).
    meta: { select: 'id, kind, name, contact_name, phone, email, tags, active, created_at, customer_order_stats(order_count, total_amount, last_order_at)' },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'name', title: c(t, 'customer') },
      { key: 'contact_name', title: c(t, 'contact_name') },
      { key: 'kind', title: c(t, 'type'), value: (r) => t(`customers.kinds.${String(r.kind)}`) },
      { key: 'phone', title: c(t, 'phone') },
      { key: 'email', title: c(t, 'email') },
      { key: 'tags', title: c(t, 'tags'), value: (r) => (Array.isArray(r.tags) ? r.tags.join(', ') : undefined) },
      { key: 'order_count', title: c(t, 'order_count'), type: 'integer', value: (r) => stats(r)?.order_count ?? 0, total: 'sum' },
      { key: 'lifetime_value', title: c(t, 'lifetime_value'), type: 'money', value: (r) => stats(r)?.total_amount ?? 0, total: 'sum' },
      { key: 'last_order_at', title: c(t, 'last_order_at'), type: 'date', value: (r) => stats(r)?.last_order_at },
      { key: 'active', title: c(t, 'status'), value: (r) => t(r.active ? 'customers.status.active' : 'customers.status.inactive') },
      { key: 'created_at', title: c(t, 'created_on'), type: 'date' },
    ],
  },
  sales_orders: {
    resource: 'sales_orders',
    // SalesOrdersTable: ORDER_LIST_COLUMNS.
    meta: {
      select:
        'id, order_no, customer_id, warehouse_id, salesperson_id, status, payment_status, total_amount, paid_amount, refunded_amount, created_at, customer:customers(name, phone), warehouse:warehouses(name, code), salesperson:profiles!salesperson_id(full_name)',
    },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'order_no', title: c(t, 'order_no') },
      { key: 'created_at', title: c(t, 'ordered_at'), type: 'datetime' },
      { key: 'customer.name', title: c(t, 'customer') },
      { key: 'customer.phone', title: c(t, 'phone') },
      { key: 'warehouse.name', title: c(t, 'warehouse') },
      { key: 'salesperson.full_name', title: c(t, 'salesperson') },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`sales_orders.status.${String(r.status)}`) },
      { key: 'payment_status', title: c(t, 'payment_status'), value: (r) => t(`sales_orders.payment_status.${String(r.payment_status)}`) },
      { key: 'total_amount', title: c(t, 'total_amount'), type: 'money', total: 'sum' },
      { key: 'paid_amount', title: c(t, 'paid_amount'), type: 'money', total: 'sum' },
      { key: 'refunded_amount', title: c(t, 'refunded_amount'), type: 'money', total: 'sum' },
    ],
  },
  shipments: {
    resource: 'shipments',
    // ShipmentsTable: SHIPMENT_COLUMNS.
    meta: {
      select:
        'id, shipment_no, order_id, return_id, kind, warehouse_id, carrier_code, tracking_no, status, ship_to, note, shipped_at, delivered_at, tracking_url, sales_orders(order_no, customers(name)), warehouses(name), carriers(name), returns!shipments_return_id_fkey(return_no)',
    },
    defaultSorters: [{ field: 'shipped_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'shipment_no', title: c(t, 'shipment_no') },
      // The list tags exchange shipments only.
      { key: 'kind', title: c(t, 'type'), value: (r) => (r.kind === 'exchange' ? t('shipments.kind.exchange') : undefined) },
      { key: 'sales_orders.order_no', title: c(t, 'order_no') },
      { key: 'sales_orders.customers.name', title: c(t, 'customer') },
      { key: 'warehouses.name', title: c(t, 'warehouse') },
      { key: 'carriers.name', title: c(t, 'carrier') },
      { key: 'tracking_no', title: c(t, 'tracking_no') },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`shipments.status.${String(r.status)}`) },
      { key: 'shipped_at', title: c(t, 'shipped_at'), type: 'datetime' },
      { key: 'delivered_at', title: c(t, 'delivered_at'), type: 'datetime' },
      {
        key: 'ship_to',
        title: c(t, 'ship_to'),
        value: (r) => {
          const to = r.ship_to as ShipTo | null;
          return to ? [to.recipient, to.phone, addressLine(to)].filter(Boolean).join(' ') : undefined;
        },
      },
      { key: 'note', title: c(t, 'note') },
    ],
  },
  payments: {
    resource: 'payments',
    // PaymentsTable: PAYMENT_COLUMNS. Refunds are stored negative, so the sum is the net received.
    meta: {
      select:
        'id, payment_no, order_id, kind, method, amount, status, provider_ref, refund_of, return_id, note, paid_at, created_at, confirmed_at, recorded_by, confirmed_by, sales_orders(order_no, payment_status, customers(name))',
    },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'payment_no', title: c(t, 'payment_no') },
      { key: 'kind', title: c(t, 'type'), value: (r) => t(`payments.kind.${String(r.kind)}`) },
      { key: 'sales_orders.order_no', title: c(t, 'order_no') },
      { key: 'sales_orders.customers.name', title: c(t, 'customer') },
      { key: 'method', title: c(t, 'method'), value: (r) => t(`payments.methods.${String(r.method)}`) },
      { key: 'amount', title: c(t, 'amount'), type: 'money', total: 'sum' },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`payments.status.${String(r.status)}`) },
      { key: 'provider_ref', title: c(t, 'provider_ref') },
      { key: 'paid_at', title: c(t, 'paid_at'), type: 'datetime' },
      { key: 'created_at', title: c(t, 'recorded_at'), type: 'datetime' },
      { key: 'note', title: c(t, 'note') },
    ],
  },
  returns: {
    resource: 'returns',
    // ReturnsTable: RETURN_COLUMNS.
    meta: {
      select:
        'id, return_no, order_id, customer_id, kind, status, reason, decision_note, refund_amount, refunded_amount, requested_at, decided_at, received_at, closed_at, created_at, sales_orders(order_no, warehouse_id), customers(name), return_lines(count)',
    },
    defaultSorters: [{ field: 'requested_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'return_no', title: c(t, 'return_no') },
      { key: 'kind', title: c(t, 'type'), value: (r) => t(`returns.kind.${String(r.kind)}`) },
      { key: 'sales_orders.order_no', title: c(t, 'order_no') },
      { key: 'customers.name', title: c(t, 'customer') },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`returns.status.${String(r.status)}`) },
      { key: 'lines', title: c(t, 'lines'), type: 'integer', value: (r) => count(r.return_lines) },
      { key: 'refund_amount', title: c(t, 'refund_amount'), type: 'money', total: 'sum' },
      { key: 'refunded_amount', title: c(t, 'refunded_amount'), type: 'money', total: 'sum' },
      { key: 'reason', title: c(t, 'reason') },
      { key: 'decision_note', title: c(t, 'decision_note') },
      { key: 'requested_at', title: c(t, 'requested_at'), type: 'datetime' },
      { key: 'closed_at', title: c(t, 'closed_at'), type: 'datetime' },
    ],
  },
  promotions: {
    resource: 'promotions',
    // PromotionsTable: PROMOTION_COLUMNS.
    meta: {
      select:
        'id, name, kind, scope, category_id, product_id, percent_off, amount_off, threshold_amount, starts_at, ends_at, active, note, created_at, updated_at, categories(name), products(sku, name)',
    },
    defaultSorters: [{ field: 'starts_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'name', title: c(t, 'promotion') },
      { key: 'kind', title: c(t, 'type'), value: (r) => t(`promotions.kind.${String(r.kind)}`) },
      { key: 'percent_off', title: c(t, 'percent_off'), type: 'percent', value: (r) => fraction(r.percent_off) },
      { key: 'threshold_amount', title: c(t, 'threshold_amount'), type: 'money' },
      { key: 'amount_off', title: c(t, 'amount_off'), type: 'money' },
      {
        key: 'scope',
        title: c(t, 'scope'),
        value: (r) => {
          if (r.scope === 'all') return t('promotions.scope.all');
          const target = r.scope === 'category' ? (r.categories as Row | null)?.name : (r.products as Row | null)?.name;
          return `${t(`promotions.scope.${String(r.scope)}`)} · ${String(target ?? '')}`;
        },
      },
      { key: 'starts_at', title: c(t, 'starts_at'), type: 'datetime' },
      { key: 'ends_at', title: c(t, 'ends_at'), type: 'datetime', value: (r) => r.ends_at ?? t('promotions.fields.noEnd') },
      { key: 'state', title: c(t, 'status'), value: (r) => t(`promotions.state.${schedule(r)}`) },
      { key: 'note', title: c(t, 'note') },
    ],
  },
  coupons: {
    resource: 'coupons',
    // CouponsTable: COUPON_COLUMNS and the redemptions that count (not voided), as its permanent filter.
    meta: {
      select:
        'id, code, name, kind, percent_off, amount_off, min_spend, starts_at, ends_at, total_limit, per_customer_limit, active, note, created_at, updated_at, coupon_redemptions(count)',
    },
    permanentFilters: [{ field: 'coupon_redemptions.voided_at', operator: 'null', value: true }],
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'code', title: c(t, 'coupon_code') },
      { key: 'name', title: c(t, 'name') },
      { key: 'kind', title: c(t, 'type'), value: (r) => t(`coupons.kind.${String(r.kind)}`) },
      { key: 'percent_off', title: c(t, 'percent_off'), type: 'percent', value: (r) => fraction(r.percent_off) },
      { key: 'amount_off', title: c(t, 'amount_off'), type: 'money' },
      { key: 'min_spend', title: c(t, 'min_spend'), type: 'money' },
      { key: 'used', title: c(t, 'used'), type: 'integer', value: (r) => count(r.coupon_redemptions), total: 'sum' },
      { key: 'total_limit', title: c(t, 'total_limit'), type: 'integer', value: (r) => r.total_limit ?? t('coupons.value.unlimited') },
      { key: 'per_customer_limit', title: c(t, 'per_customer_limit'), type: 'integer', value: (r) => r.per_customer_limit ?? t('coupons.value.unlimited') },
      { key: 'starts_at', title: c(t, 'starts_at'), type: 'datetime' },
      { key: 'ends_at', title: c(t, 'ends_at'), type: 'datetime', value: (r) => r.ends_at ?? t('promotions.fields.noEnd') },
      { key: 'state', title: c(t, 'status'), value: (r) => t(`promotions.state.${schedule(r)}`) },
      { key: 'note', title: c(t, 'note') },
    ],
  },
  stock_batches: {
    resource: 'stock_batches',
    // StockBatchesTable: the stock_batch_list view (no costs), batches in stock, earliest expiry first.
    meta: {
      table: 'stock_batch_list',
      select: 'id, product_id, sku, product_name, unit, warehouse_id, warehouse_name, batch_no, expiry_date, qty_on_hand, received_at, expiry_status, days_to_expiry',
    },
    defaultFilters: [{ field: 'qty_on_hand', operator: 'gt', value: 0 }],
    defaultSorters: [{ field: 'expiry_date', order: 'asc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'sku', title: c(t, 'sku') },
      { key: 'product_name', title: c(t, 'name') },
      { key: 'unit', title: c(t, 'unit') },
      { key: 'warehouse_name', title: c(t, 'warehouse') },
      { key: 'batch_no', title: c(t, 'batch_no') },
      { key: 'expiry_date', title: c(t, 'expiry_date'), type: 'date' },
      { key: 'expiry_status', title: c(t, 'expiry_status'), value: (r) => t(`stock.expiry.status.${String(r.expiry_status)}`) },
      { key: 'days_to_expiry', title: c(t, 'days_to_expiry'), type: 'integer' },
      { key: 'qty_on_hand', title: c(t, 'qty_on_hand'), type: 'quantity', total: 'sum' },
      { key: 'received_at', title: c(t, 'received_on'), type: 'date' },
    ],
  },
  stock_receipts: {
    resource: 'stock_receipts',
    // StockReceiptsTable: RECEIPT_LIST_COLUMNS (no costs: those are on the receipt's page).
    meta: { select: 'id, receipt_no, warehouse_id, supplier, note, created_at, warehouses(name), stock_receipt_lines(count)' },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'receipt_no', title: c(t, 'receipt_no') },
      { key: 'warehouses.name', title: c(t, 'warehouse') },
      { key: 'supplier', title: c(t, 'supplier') },
      { key: 'lines', title: c(t, 'lines'), type: 'integer', value: (r) => count(r.stock_receipt_lines) },
      { key: 'note', title: c(t, 'note') },
      { key: 'created_at', title: c(t, 'created'), type: 'datetime' },
    ],
  },
  stocktakes: {
    resource: 'stocktakes',
    // StocktakesTable: stock_adjustments (stocktakes ST-… and adjustments AJ-…), ADJUSTMENT_COLUMNS.
    meta: { table: 'stock_adjustments', select: 'id, adjustment_no, kind, warehouse_id, reason, note, created_at, warehouses(name), stock_adjustment_lines(count)' },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'adjustment_no', title: c(t, 'adjustment_no') },
      { key: 'kind', title: c(t, 'type'), value: (r) => t(`stocktakes.kinds.${String(r.kind)}`) },
      { key: 'warehouses.name', title: c(t, 'warehouse') },
      { key: 'reason', title: c(t, 'reason') },
      { key: 'lines', title: c(t, 'lines'), type: 'integer', value: (r) => count(r.stock_adjustment_lines) },
      { key: 'note', title: c(t, 'note') },
      { key: 'created_at', title: c(t, 'created'), type: 'datetime' },
    ],
  },
  transfers: {
    resource: 'transfers',
    // TransfersTable: stock_transfers, TRANSFER_COLUMNS.
    meta: {
      table: 'stock_transfers',
      select:
        'id, transfer_no, status, from_warehouse_id, to_warehouse_id, note, created_at, dispatched_at, received_at, cancelled_at, from:warehouses!from_warehouse_id(name), to:warehouses!to_warehouse_id(name), stock_transfer_lines(count)',
    },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'transfer_no', title: c(t, 'transfer_no') },
      { key: 'from.name', title: c(t, 'from_warehouse') },
      { key: 'to.name', title: c(t, 'to_warehouse') },
      { key: 'status', title: c(t, 'status'), value: (r) => t(`transfers.status.${String(r.status)}`) },
      { key: 'lines', title: c(t, 'lines'), type: 'integer', value: (r) => count(r.stock_transfer_lines) },
      { key: 'note', title: c(t, 'note') },
      { key: 'created_at', title: c(t, 'created'), type: 'datetime' },
      { key: 'dispatched_at', title: c(t, 'dispatched_at'), type: 'datetime' },
      { key: 'received_at', title: c(t, 'transfer_received_at'), type: 'datetime' },
    ],
  },
  write_offs: {
    resource: 'write_offs',
    // WriteOffsTable: stock_write_offs, WRITE_OFF_COLUMNS.
    meta: { table: 'stock_write_offs', select: 'id, write_off_no, warehouse_id, reason, note, created_at, warehouses(name), stock_write_off_lines(count)' },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'write_off_no', title: c(t, 'write_off_no') },
      { key: 'warehouses.name', title: c(t, 'warehouse') },
      { key: 'reason', title: c(t, 'reason') },
      { key: 'lines', title: c(t, 'lines'), type: 'integer', value: (r) => count(r.stock_write_off_lines) },
      { key: 'note', title: c(t, 'note') },
      { key: 'created_at', title: c(t, 'created'), type: 'datetime' },
    ],
  },
  warehouses: {
    resource: 'warehouses',
    // WarehousesTable: WAREHOUSE_COLUMNS.
    meta: { select: 'id, code, name, address, active, created_at' },
    defaultSorters: [{ field: 'code', order: 'asc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'code', title: c(t, 'warehouse_code') },
      { key: 'name', title: c(t, 'warehouse') },
      { key: 'address', title: c(t, 'address') },
      { key: 'active', title: c(t, 'status'), value: (r) => t(r.active ? 'warehouses.status.active' : 'warehouses.status.inactive') },
      { key: 'created_at', title: c(t, 'created'), type: 'datetime' },
    ],
  },
  brands: {
    resource: 'brands',
    // BrandsTable: BRAND_COLUMNS.
    meta: { select: 'id, name, created_at, updated_at, products(count)' },
    defaultSorters: [{ field: 'name', order: 'asc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'name', title: c(t, 'brand') },
      { key: 'products', title: c(t, 'product_count'), type: 'integer', value: (r) => count(r.products) },
      { key: 'created_at', title: c(t, 'created'), type: 'datetime' },
      { key: 'updated_at', title: c(t, 'updated_at'), type: 'datetime' },
    ],
  },
  audit_log: {
    resource: 'audit_log',
    // AuditLogTable (admins only: RLS and the route). The old and new rows as JSON text.
    meta: { select: 'id, table_name, row_id, action, old_data, new_data, changed_by, changed_at', count: 'estimated' },
    defaultSorters: [{ field: 'changed_at', order: 'desc' }],
    tiebreaker: 'id',
    needsPeople: true,
    columns: (t, ctx) => [
      { key: 'changed_at', title: c(t, 'changed_at'), type: 'datetime' },
      { key: 'changed_by', title: c(t, 'changed_by'), value: (r) => ctx.personName(r.changed_by as string | null) },
      { key: 'table', title: c(t, 'table'), value: (r) => t(`audit_log.tables.${String(r.table_name)}`, {}, String(r.table_name)) },
      { key: 'table_name', title: c(t, 'table_name') },
      { key: 'action', title: c(t, 'action'), value: (r) => t(`audit_log.action.${String(r.action)}`) },
      { key: 'record', title: c(t, 'record'), value: (r) => recordLabel((r.new_data ?? r.old_data) as Row | null) ?? r.row_id },
      { key: 'row_id', title: c(t, 'row_id') },
      {
        key: 'changes',
        title: c(t, 'changed_keys'),
        value: (r) =>
          r.action === 'update'
            ? changedKeys(r.old_data as Record<string, Json> | null, r.new_data as Record<string, Json> | null).join(', ')
            : t(`audit_log.summary.${String(r.action)}`),
      },
      { key: 'old_data', title: c(t, 'old_data'), value: (r) => json(r.old_data) },
      { key: 'new_data', title: c(t, 'new_data'), value: (r) => json(r.new_data) },
    ],
  },
  profiles: {
    resource: 'profiles',
    // ProfilesTable (staff; admins only): PROFILE_COLUMNS.
    meta: { select: 'id, email, full_name, role, active, created_at, updated_at' },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'full_name', title: c(t, 'full_name') },
      { key: 'email', title: c(t, 'email') },
      { key: 'role', title: c(t, 'role'), value: (r) => t(r.role ? `roles.${String(r.role)}` : 'roles.none') },
      { key: 'active', title: c(t, 'status'), value: (r) => t(r.active ? 'profiles.status.active' : 'profiles.status.inactive') },
      { key: 'created_at', title: c(t, 'registered_at'), type: 'datetime' },
      { key: 'updated_at', title: c(t, 'updated_at'), type: 'datetime' },
    ],
  },
  staff_invitations: {
    resource: 'staff_invitations',
    // InvitationsTable (admins only): INVITATION_COLUMNS.
    meta: { select: 'id, email, role, created_at, accepted_at' },
    defaultSorters: [{ field: 'created_at', order: 'desc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'email', title: t('staff_invitations.fields.email') },
      { key: 'role', title: t('staff_invitations.fields.role'), value: (r) => t(`roles.${String(r.role)}`) },
      { key: 'status', title: t('staff_invitations.fields.status'), value: (r) => t(r.accepted_at ? 'staff_invitations.status.accepted' : 'staff_invitations.status.pending') },
      { key: 'created_at', title: t('staff_invitations.fields.created_at'), type: 'datetime' },
      { key: 'accepted_at', title: t('staff_invitations.fields.accepted_at'), type: 'datetime' },
    ],
  },
  categories: {
    resource: 'categories',
    // The category tree as a flat sheet: each category with its parent, in the tree's sort order.
    meta: { select: 'id, name, sort_order, parent:parent_id(name), products(count)' },
    defaultSorters: [{ field: 'sort_order', order: 'asc' }, { field: 'name', order: 'asc' }],
    tiebreaker: 'id',
    columns: (t) => [
      { key: 'name', title: c(t, 'category') },
      { key: 'parent.name', title: c(t, 'parent_category') },
      { key: 'sort_order', title: c(t, 'sort_order'), type: 'integer' },
      { key: 'products', title: c(t, 'product_count'), type: 'integer', value: (r) => count(r.products) },
    ],
  },
} satisfies Record<string, Preset>;

export type ListExportKey = keyof typeof LIST_EXPORTS;

