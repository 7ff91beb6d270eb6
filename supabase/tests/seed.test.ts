/**
 * The demo company of supabase/seed.sql, as a user would check it after `npm start`: three warehouses, a
 * Chinese catalogue in a category tree, ~100 customers, 90 days of orders in every state with every
 * payment method, shipments, returns, transfers (one still on the road), write-offs and open alerts of
 * every kind; every demo role signs in and sees its part; and the stock and sales invariants hold.
 *
 * Other test files add their own data to the same database, so the demo data is picked out by what the
 * seed gives it: warehouse codes WH01–WH03, order idempotency keys `seed-n`, the demo category roots.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLES, DEMO_USERS, db, signInAs, sql, type AppRole } from './helpers.ts';
import { assertStockInvariants } from './invariants.ts';
import { assertSalesInvariants } from './sales-fixtures.ts';

const ROOTS = ['食品饮料', '日用百货', '个护美妆', '家居清洁', '数码配件', '办公文具'];
const STATUSES = ['draft', 'confirmed', 'partially_shipped', 'shipped', 'completed', 'cancelled'];
const METHODS = ['alipay', 'wechat_pay', 'cash', 'cod', 'bank_transfer', 'card', 'other'];

const clients = {} as Record<AppRole, SupabaseClient>;
let warehouses: Record<string, string> = {};

beforeAll(async () => {
  for (const role of APP_ROLES) clients[role] = await signInAs(role);
  const rows = await sql<{ id: string; code: string }>(`select id, code from public.warehouses where code in ('WH01', 'WH02', 'WH03')`);
  warehouses = Object.fromEntries(rows.map((r) => [r.code, r.id]));
});

afterAll(async () => {
  await assertStockInvariants();
  await assertSalesInvariants(Object.values(warehouses));
});

/** Counts of `key` in rows. */
const tally = (rows: Array<Record<string, unknown>>, key: string) =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [String(r[key])]: (acc[String(r[key])] ?? 0) + 1 }), {});

describe('the demo company', () => {
  it('has three active warehouses', async () => {
    const rows = await sql(`select code, name, active from public.warehouses where code in ('WH01', 'WH02', 'WH03') order by code`);
    expect(rows).toEqual([
      { code: 'WH01', name: '上海主仓', active: true },
      { code: 'WH02', name: '北京仓', active: true },
      { code: 'WH03', name: '广州仓', active: true },
    ]);
  });

  it('has ~200 products with sku, EAN-13 barcode, spec, unit and price in a category tree of three levels', async () => {
    const products = await sql<{ sku: string; barcode: string; name: string; spec: string; unit: string; list_price: string; status: string; depth: number; track_batches: boolean; shelf_life_days: number | null }>(`
      with recursive tree as (
        select id, 1 as depth from public.categories where parent_id is null and name = any ($1)
        union all
        select c.id, t.depth + 1 from public.categories c join tree t on c.parent_id = t.id)
      select p.sku, p.barcode, p.name, p.spec, p.unit, p.list_price, p.status, t.depth, p.track_batches, p.shelf_life_days
      from public.products p join tree t on t.id = p.category_id`, [ROOTS]);
    expect(products.length).toBeGreaterThanOrEqual(150);
    expect(Math.min(...products.map((p) => p.depth))).toBeGreaterThanOrEqual(2);
    expect(Math.max(...products.map((p) => p.depth))).toBe(3);
    for (const p of products) {
      expect(p.name).toMatch(/[\u4e00-\u9fff]/);
      expect(p.spec).not.toBe('');
      expect(Number(p.list_price)).toBeGreaterThan(0);
      expect(p.barcode).toMatch(/^69\d{11}$/);
      const digits = p.barcode.split('').map(Number);
      const check = (10 - (digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0) % 10)) % 10;
      expect(digits[12], `${p.sku} EAN-13 check digit`).toBe(check);
    }
    const status = tally(products, 'status');
    expect(status.on_sale).toBeGreaterThan(150);
    expect(status.draft).toBeGreaterThan(0);
    expect(status.off_sale).toBeGreaterThan(0);
    // Food, dairy and cosmetics are batch-tracked with a shelf life.
    expect(products.filter((p) => p.track_batches && p.shelf_life_days).length).toBeGreaterThan(80);
  });

  it('has about a hundred customers with addresses, who were there before today', async () => {
    const [row] = await sql<{ customers: number; with_address: number }>(`
      select count(*)::int as customers, count(*) filter (where exists (
               select 1 from public.customer_addresses a where a.customer_id = c.id))::int as with_address
      from public.customers c where c.created_by = $1 and c.created_at < now() - interval '1 hour'`, [DEMO_USERS.sales.id]);
    expect(row.customers).toBeGreaterThanOrEqual(95);
    expect(row.customers).toBeLessThanOrEqual(110);
    expect(row.with_address).toBeGreaterThanOrEqual(95);
  });

  it('has orders in every status over the last 90 days, numbered for the day they carry', async () => {
    const orders = await sql<{ order_no: string; status: string; day: string; days_ago: number }>(`
      select o.order_no, o.status, to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') as day,
             (private.business_date() - (o.created_at at time zone 'Asia/Shanghai')::date) as days_ago
      from public.sales_orders o where o.idempotency_key like 'seed-%'`);
    expect(orders.length).toBeGreaterThanOrEqual(230);
    const status = tally(orders, 'status');
    for (const s of STATUSES) expect(status[s], `orders in status ${s}`).toBeGreaterThan(0);
    expect(Math.max(...orders.map((o) => o.days_ago))).toBeGreaterThanOrEqual(85);
    expect(Math.min(...orders.map((o) => o.days_ago))).toBeLessThanOrEqual(1);
    for (const o of orders) expect(o.order_no).toMatch(new RegExp(`^SO-${o.day}-\\d{4}$`));
    expect(new Set(orders.map((o) => o.order_no)).size).toBe(orders.length);
  });

  it('has payments with every method, refunds, pending payments for finance, shipments and returns in every state', async () => {
    const payments = await sql<{ method: string; kind: string; status: string }>(`
      select p.method, p.kind, p.status from public.payments p
      join public.sales_orders o on o.id = p.order_id where o.idempotency_key like 'seed-%'`);
    const methods = tally(payments.filter((p) => p.kind === 'payment' && p.status === 'succeeded'), 'method');
    for (const m of METHODS) expect(methods[m], `succeeded ${m} payments`).toBeGreaterThan(0);
    expect(payments.some((p) => p.kind === 'refund')).toBe(true);
    expect(payments.some((p) => p.status === 'pending')).toBe(true);

    const shipments = await sql<{ kind: string; status: string; carrier_code: string }>(`
      select s.kind, s.status, s.carrier_code from public.shipments s
      join public.sales_orders o on o.id = s.order_id where o.idempotency_key like 'seed-%'`);
    expect(shipments.length).toBeGreaterThan(150);
    expect(new Set(shipments.map((s) => s.status))).toEqual(new Set(['shipped', 'delivered']));
    expect(shipments.some((s) => s.kind === 'exchange')).toBe(true);
    expect(new Set(shipments.map((s) => s.carrier_code)).size).toBeGreaterThanOrEqual(5);

    const returns = await sql<{ status: string }>(`
      select r.status from public.returns r join public.sales_orders o on o.id = r.order_id where o.idempotency_key like 'seed-%'`);
    expect(new Set(returns.map((r) => r.status))).toEqual(
      new Set(['requested', 'approved', 'rejected', 'received', 'refunded', 'exchanged']),
    );
  });

  it('has stock documents of every kind, a transfer received and one still in transit', async () => {
    const wh = Object.values(warehouses);
    const [docs] = await sql<Record<string, number>>(`
      select (select count(*)::int from public.stock_receipts where warehouse_id = any ($1)) as receipts,
             (select count(*)::int from public.stock_adjustments where warehouse_id = any ($1) and kind = 'stocktake') as stocktakes,
             (select count(*)::int from public.stock_adjustments where warehouse_id = any ($1) and kind = 'adjustment') as adjustments,
             (select count(*)::int from public.stock_write_offs where warehouse_id = any ($1)) as write_offs,
             (select count(*)::int from public.stock_transfers where from_warehouse_id = any ($1) and status = 'received') as received,
             (select count(*)::int from public.stock_transfers where from_warehouse_id = any ($1) and status = 'in_transit') as in_transit`, [wh]);
    expect(docs.receipts).toBeGreaterThanOrEqual(10);
    expect(docs.stocktakes).toBeGreaterThanOrEqual(1);
    expect(docs.adjustments).toBeGreaterThanOrEqual(1);
    expect(docs.write_offs).toBeGreaterThanOrEqual(1);
    expect(docs.received).toBeGreaterThanOrEqual(1);
    expect(docs.in_transit).toBeGreaterThanOrEqual(1);
    const transit = await sql(`select * from public.stock_in_transit where from_warehouse_id = $1`, [warehouses.WH01]);
    expect(transit.length).toBeGreaterThan(0);

    // Batches: lots expiring soon and lots already expired are on the shelves.
    const batches = await sql<{ expiry_status: string }>(`
      select expiry_status from public.stock_batch_list where warehouse_id = any ($1) and qty_on_hand > 0`, [wh]);
    const expiry = tally(batches, 'expiry_status');
    expect(expiry.expiring).toBeGreaterThan(0);
    expect(expiry.expired).toBeGreaterThan(0);
    expect(expiry.ok).toBeGreaterThan(100);
  });

  it('has open alerts of each kind in its warehouses', async () => {
    const alerts = await sql<{ kind: string }>(`
      select kind from public.alerts where warehouse_id = any ($1) and status <> 'resolved'`, [Object.values(warehouses)]);
    const kinds = tally(alerts, 'kind');
    expect(kinds.low_stock).toBeGreaterThan(0);
    expect(kinds.expiring).toBeGreaterThan(0);
    expect(kinds.expired).toBeGreaterThan(0);
  });
});

describe('every demo role signs in and sees its part', () => {
  it('sales: customers, orders, stock levels and transfers, but no receipts or costs', async () => {
    const c = clients.sales;
    const customers = await c.from('customers').select('id', { count: 'exact', head: true });
    expect(customers.count).toBeGreaterThanOrEqual(100);
    const orders = await c.from('sales_orders').select('id', { count: 'exact', head: true }).like('idempotency_key', 'seed-%');
    expect(orders.count).toBeGreaterThanOrEqual(230);
    const levels = await c.from('stock_levels').select('available').eq('warehouse_id', warehouses.WH01);
    expect(levels.data!.length).toBeGreaterThan(150);
    const transfers = await c.from('stock_transfers').select('status').eq('from_warehouse_id', warehouses.WH01);
    expect(transfers.data!.map((t) => t.status)).toContain('in_transit');
    const receipts = await c.from('stock_receipts').select('id').eq('warehouse_id', warehouses.WH01);
    expect(receipts.data).toEqual([]);
    expect((await c.rpc('batch_costs', { p_warehouse_id: warehouses.WH01 })).error?.hint).toBe('not_authorized');
  });

  it('warehouse: receipts, batches with expiry, shipments and alerts, but no payments', async () => {
    const c = clients.warehouse;
    const receipts = await c.from('stock_receipts').select('receipt_no, supplier').eq('warehouse_id', warehouses.WH01);
    expect(receipts.data!.length).toBeGreaterThan(5);
    const batches = await c.from('stock_batch_list').select('batch_no, expiry_status').eq('warehouse_id', warehouses.WH01).eq('expiry_status', 'expiring');
    expect(batches.data!.length).toBeGreaterThan(0);
    const alerts = await c.from('alerts').select('kind').eq('status', 'open').in('warehouse_id', Object.values(warehouses));
    expect(new Set(alerts.data!.map((a) => a.kind))).toEqual(new Set(['low_stock', 'expiring', 'expired']));
    const shipments = await c.from('shipments').select('id', { count: 'exact', head: true }).eq('warehouse_id', warehouses.WH01);
    expect(shipments.count).toBeGreaterThan(100);
    const payments = await c.from('payments').select('id').limit(1);
    expect(payments.data).toEqual([]);
  });

  it('finance: payments, batch costs and a sales report spread over the last three months', async () => {
    const c = clients.finance;
    const pending = await c.from('payments').select('payment_no').eq('status', 'pending');
    expect(pending.data!.length).toBeGreaterThan(0);
    const costs = await c.rpc('batch_costs', { p_warehouse_id: warehouses.WH01 });
    expect(costs.error).toBeNull();
    expect((costs.data as Array<{ unit_cost: number }>).length).toBeGreaterThan(150);
    const today = (await sql<{ d: string }>(`select private.business_date()::text as d`))[0].d;
    const from = (await sql<{ d: string }>(`select (private.business_date() - 95)::text as d`))[0].d;
    const report = await c.rpc('report_sales', { p_from: from, p_to: today, p_granularity: 'month', p_dimension: 'none' });
    expect(report.error).toBeNull();
    const months = (report.data as Array<{ revenue: number; cogs: number }>).filter((r) => Number(r.revenue) > 0);
    expect(months.length).toBeGreaterThanOrEqual(3);
    for (const m of months) expect(Number(m.cogs)).toBeGreaterThan(0);
  });

  it('admin: the audit log names the demo staff who built the company', async () => {
    const c = clients.admin;
    for (const [role, table] of [['admin', 'products'], ['warehouse', 'stock_receipts'], ['sales', 'sales_orders']] as const) {
      const { count, error } = await c
        .from('audit_log')
        .select('id', { count: 'exact', head: true })
        .eq('table_name', table)
        .eq('action', 'insert')
        .eq('changed_by', DEMO_USERS[role].id);
      expect(error).toBeNull();
      expect(count, `${table} inserted by ${role}`).toBeGreaterThan(5);
    }
  });
});

describe('the seeded numbers add up', () => {
  it('report rollups equal a rebuild from the dated documents', async () => {
    const tables = ['report_sales_by_product', 'report_sales_by_warehouse', 'report_stock_value'];
    const before: Record<string, unknown[]> = {};
    const client = await db().connect();
    try {
      await client.query('begin');
      for (const t of tables) before[t] = (await client.query(`select * from private.${t} order by 1, 2, 3, 4`)).rows;
      await client.query('select private.rebuild_report_rollups()');
      for (const t of tables) {
        const after = (await client.query(`select * from private.${t} order by 1, 2, 3, 4`)).rows;
        expect(after, t).toEqual(before[t]);
      }
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
