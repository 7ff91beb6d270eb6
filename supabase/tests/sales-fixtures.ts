/**
 * Test data and assertions shared by the sales / orders test files. Every file makes its own
 * warehouse, products and customers (unique codes), so files sharing one database never see each
 * other's stock.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import { sql } from './helpers.ts';

export const tag = () => Math.random().toString(36).slice(2, 8).toUpperCase();

export async function makeWarehouse(label = 'T'): Promise<string> {
  const code = `${label}${tag()}`;
  const [row] = await sql<{ id: string }>(`insert into public.warehouses (code, name) values ($1, $2) returning id`, [
    code,
    `测试仓 ${code}`,
  ]);
  return row.id;
}

export async function makeCategory(name: string, parentId: string | null = null): Promise<string> {
  const [row] = await sql<{ id: string }>(`insert into public.categories (name, parent_id) values ($1, $2) returning id`, [
    `${name}-${tag()}`,
    parentId,
  ]);
  return row.id;
}

export interface TestProduct {
  id: string;
  sku: string;
  name: string;
}

export async function makeProduct(
  opts: { price?: number | string; status?: string; categoryId?: string | null; name?: string } = {},
): Promise<TestProduct> {
  const sku = `T-${tag()}-${tag()}`;
  const name = opts.name ?? `测试商品 ${sku}`;
  const [row] = await sql<{ id: string }>(
    `insert into public.products (sku, name, list_price, status, category_id) values ($1, $2, $3, $4, $5) returning id`,
    [sku, name, String(opts.price ?? '10.00'), opts.status ?? 'on_sale', opts.categoryId ?? null],
  );
  return { id: row.id, sku, name };
}

/** Stock-in through the stock module's primitives: one batch at a cost, with an optional expiry. */
export async function stockIn(
  productId: string,
  warehouseId: string,
  qty: number | string,
  unitCost: number | string,
  opts: { batchNo?: string; expiresInDays?: number | null } = {},
): Promise<string> {
  const batchNo = opts.batchNo ?? `B${tag()}`;
  const [row] = await sql<{ id: string }>(
    `select private.find_or_create_batch($1, $2, $3,
       case when $4::integer is null then null else private.business_date() + $4::integer end, $5::numeric) as id`,
    [productId, warehouseId, batchNo, opts.expiresInDays ?? null, String(unitCost)],
  );
  await sql(`select private.receive_into_batch($1, $2::numeric, 'receipt', 'test', null, null)`, [row.id, String(qty)]);
  return row.id;
}

export async function makeCustomer(name = `客户${tag()}`): Promise<string> {
  const [row] = await sql<{ id: string }>(`insert into public.customers (name, phone) values ($1, '13800000000') returning id`, [
    name,
  ]);
  await sql(
    `insert into public.customer_addresses (customer_id, recipient, phone, province, city, address_line, is_default)
     values ($1, $2, '13800000000', '浙江省', '杭州市', '西湖区文三路 1 号', true)`,
    [row.id, name],
  );
  return row.id;
}

export async function level(productId: string, warehouseId: string) {
  const rows = await sql<{ on_hand: string; reserved: string; available: string }>(
    `select on_hand, reserved, available from public.stock_levels where product_id = $1 and warehouse_id = $2`,
    [productId, warehouseId],
  );
  const r = rows[0] ?? { on_hand: '0', reserved: '0', available: '0' };
  return { onHand: Number(r.on_hand), reserved: Number(r.reserved), available: Number(r.available) };
}

interface RpcError {
  code?: string;
  message: string;
  details?: string | null;
  hint?: string | null;
}

/** Calls an RPC and returns its data, failing the test on error. */
export async function call<T = any>(client: SupabaseClient, fn: string, args: Record<string, unknown>): Promise<T> {
  const { data, error } = await client.rpc(fn, args);
  if (error) throw new Error(`${fn} failed: ${error.message} ${error.details ?? ''}`);
  return data as T;
}

/** Calls an RPC that must fail with the machine code (message and hint); returns the parsed detail. */
export async function failsWith(
  client: SupabaseClient,
  fn: string,
  args: Record<string, unknown>,
  code: string,
): Promise<Record<string, any>> {
  const { data, error } = await client.rpc(fn, args);
  expect(data, `${fn} should have failed with ${code}`).toBeNull();
  expect(error, `${fn} should have failed with ${code}`).not.toBeNull();
  const e = error as RpcError;
  expect({ message: e.message, hint: e.hint }).toEqual({ message: code, hint: code });
  try {
    return e.details ? JSON.parse(e.details) : {};
  } catch {
    return { raw: e.details };
  }
}

export const lines = (...items: Array<[TestProduct | string, number | string, (number | string)?]>) =>
  items.map(([p, qty, price]) => ({
    product_id: typeof p === 'string' ? p : p.id,
    qty,
    ...(price === undefined ? {} : { unit_price: price }),
  }));

/** A snapshot of everything the sales module writes, to prove that refused input changed nothing. */
export async function salesSnapshot() {
  const [row] = await sql<Record<string, string>>(`
    select
      (select count(*) from public.sales_orders) as orders,
      (select count(*) from public.sales_order_lines) as order_lines,
      (select count(*) from public.coupon_redemptions) as redemptions,
      (select count(*) from public.payments) as payments,
      (select count(*) from public.shipments) as shipments,
      (select count(*) from public.returns) as returns,
      (select count(*) from public.stock_movements) as movements,
      (select coalesce(sum(reserved), 0) from public.stock_levels) as reserved,
      (select coalesce(sum(on_hand), 0) from public.stock_levels) as on_hand,
      (select coalesce(sum(shipped_qty + reserved_qty + returned_qty), 0) from public.sales_order_lines) as line_qty`);
  return row;
}

/**
 * The sales side of the stock invariants: an order line never has more reserved + shipped than
 * ordered; what open orders hold reserved is exactly what stock_levels has reserved for them (per
 * product and warehouse, for the warehouses given); shipped quantities equal the shipment ledger;
 * COGS equals the batch costs of the shipments; and balances equal the ledger.
 */
export async function assertSalesInvariants(warehouseIds: string[]) {
  const overLines = await sql(`
    select id from public.sales_order_lines
    where reserved_qty + shipped_qty > qty or returned_qty > shipped_qty + exchanged_qty or reserved_qty < 0`);
  expect(overLines).toEqual([]);

  const reservedMismatch = await sql(
    `with held as (
       select l.product_id, o.warehouse_id, sum(l.reserved_qty) as qty
       from public.sales_order_lines l join public.sales_orders o on o.id = l.order_id
       where o.warehouse_id = any ($1::uuid[])
       group by 1, 2)
     select s.product_id, s.warehouse_id, s.reserved, coalesce(h.qty, 0) as held
     from public.stock_levels s left join held h using (product_id, warehouse_id)
     where s.warehouse_id = any ($1::uuid[]) and s.reserved <> coalesce(h.qty, 0)`,
    [warehouseIds],
  );
  expect(reservedMismatch).toEqual([]);

  const ledgerMismatch = await sql(
    `select s.product_id, s.warehouse_id, s.on_hand, coalesce(sum(m.qty), 0) as ledger
     from public.stock_levels s
     left join public.stock_movements m on m.product_id = s.product_id and m.warehouse_id = s.warehouse_id
     where s.warehouse_id = any ($1::uuid[])
     group by s.product_id, s.warehouse_id, s.on_hand
     having s.on_hand <> coalesce(sum(m.qty), 0) or s.on_hand < 0 or s.reserved > s.on_hand`,
    [warehouseIds],
  );
  expect(ledgerMismatch).toEqual([]);

  const shippedMismatch = await sql(
    `select sl.id
     from public.shipment_lines sl
     join public.shipments s on s.id = sl.shipment_id
     left join public.stock_movements m on m.source_line_id = sl.id and m.movement_type = 'shipment'
     where s.warehouse_id = any ($1::uuid[])
     group by sl.id, sl.qty
     having sl.qty <> -coalesce(sum(m.qty), 0)`,
    [warehouseIds],
  );
  expect(shippedMismatch).toEqual([]);

  const cogsMismatch = await sql(
    `select c.order_line_id
     from public.sales_order_line_costs c
     join public.sales_orders o on o.id = c.order_id
     where o.warehouse_id = any ($1::uuid[])
       and c.cogs_amount <> coalesce((
         select sum(bc.cost_amount) from public.shipment_line_batch_costs bc
         join public.shipment_lines sl on sl.id = bc.shipment_line_id
         where sl.order_line_id = c.order_line_id), 0)`,
    [warehouseIds],
  );
  expect(cogsMismatch).toEqual([]);
}
