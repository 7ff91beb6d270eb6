/**
 * Sales orders through supabase-js, as the app drives them: create → confirm (reserve) → ship
 * (FEFO, COGS) → deliver → complete, cancellation, idempotency, status guards, and refused input
 * that must change nothing.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, signInAs, sql } from './helpers.ts';
import {
  assertSalesInvariants,
  call,
  failsWith,
  level,
  lines,
  makeCustomer,
  makeProduct,
  makeWarehouse,
  salesSnapshot,
  stockIn,
  type TestProduct,
} from './sales-fixtures.ts';
import { assertStockInvariants } from './invariants.ts';

let sales: SupabaseClient;
let warehouse: SupabaseClient;
let admin: SupabaseClient;
let finance: SupabaseClient;
let wh: string;
let customer: string;
let tea: TestProduct;
let rice: TestProduct;
let offSale: TestProduct;

beforeAll(async () => {
  [sales, warehouse, admin, finance] = await Promise.all([
    signInAs('sales'),
    signInAs('warehouse'),
    signInAs('admin'),
    signInAs('finance'),
  ]);
  wh = await makeWarehouse('LC');
  customer = await makeCustomer();
  tea = await makeProduct({ price: '3.50', name: '绿茶 500ml' });
  rice = await makeProduct({ price: '59.90', name: '大米 5kg' });
  offSale = await makeProduct({ price: '9.90', status: 'off_sale' });
  // Three tea batches: FEFO must take B-SOON (expires in 10 days), then B-MID (30), then B-LATE (60).
  await stockIn(tea.id, wh, 5, '1.00', { batchNo: 'B-SOON', expiresInDays: 10 });
  await stockIn(tea.id, wh, 10, '1.10', { batchNo: 'B-MID', expiresInDays: 30 });
  await stockIn(tea.id, wh, 20, '1.20', { batchNo: 'B-LATE', expiresInDays: 60 });
  await stockIn(rice.id, wh, 100, '40.00', { batchNo: 'R-1' });
});

afterAll(async () => {
  await assertSalesInvariants([wh]);
  await assertStockInvariants();
});

const createOrder = (client: SupabaseClient, items: ReturnType<typeof lines>, extra: Record<string, unknown> = {}) =>
  call(client, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: items, ...extra });

describe('the order lifecycle', () => {
  it('creates a draft with a readable number, the salesperson, the ship-to address and its lines', async () => {
    const order = await createOrder(sales, lines([tea, 2], [rice, 1]), { p_note: '请尽快发货' });
    expect(order.order_no).toMatch(/^SO-\d{8}-\d{4,}$/);
    expect(order.status).toBe('draft');
    expect(order.payment_status).toBe('unpaid');
    expect(order.salesperson_id).toBe('00000000-0000-4000-8000-000000000002');
    expect(order.ship_to).toMatchObject({ city: '杭州市', address_line: '西湖区文三路 1 号' });
    expect(order.lines).toHaveLength(2);
    expect(Number(order.total_amount)).toBe(2 * 3.5 + 59.9);
    // A draft reserves nothing.
    expect((await level(tea.id, wh)).reserved).toBe(0);
  });

  it('saves and confirms in one call; a shortage then saves nothing at all', async () => {
    const confirmed = await createOrder(sales, lines([rice, 1]), { p_confirm: true, p_idempotency_key: `one-call-${Date.now()}` });
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.lines[0].reserved_qty).toBe(1);
    const released = await call(sales, 'cancel_sales_order', { p_order_id: confirmed.id, p_reason: 'test' });
    expect(released.status).toBe('cancelled');

    const before = await salesSnapshot();
    const key = `one-call-short-${Date.now()}`;
    const detail = await failsWith(
      sales, 'create_sales_order',
      { p_customer_id: customer, p_warehouse_id: wh, p_lines: lines([rice, 1], [tea, 10_000]), p_confirm: true, p_idempotency_key: key },
      'insufficient_stock',
    );
    expect(detail).toMatchObject({ product_id: tea.id });
    expect(await salesSnapshot()).toEqual(before);
    // The key was not spent: a corrected retry with it creates the order.
    const retried = await createOrder(sales, lines([rice, 1]), { p_confirm: true, p_idempotency_key: key });
    expect(retried).toMatchObject({ status: 'confirmed', replayed: false });
    await call(sales, 'cancel_sales_order', { p_order_id: retried.id, p_reason: 'test' });
  });

  it('confirming reserves stock; shipping FEFO across three batches captures COGS; delivery and completion follow', async () => {
    const order = await createOrder(sales, lines([tea, 18], [rice, 2]));
    const confirmed = await call(sales, 'confirm_sales_order', { p_order_id: order.id });
    expect(confirmed.status).toBe('confirmed');
    expect(await level(tea.id, wh)).toMatchObject({ onHand: 35, reserved: 18, available: 17 });

    const teaLine = order.lines.find((l: any) => l.product_id === tea.id);
    // First shipment: 7 tea — all of B-SOON (5) then 2 of B-MID.
    const first = await call(warehouse, 'ship_sales_order', {
      p_order_id: order.id,
      p_lines: [{ line_id: teaLine.id, qty: 7 }],
      p_carrier: 'SF',
      p_tracking_no: 'SF1234567890',
    });
    expect(first.order_status).toBe('partially_shipped');
    expect(first.tracking_url).toBe('https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890');
    expect(await level(tea.id, wh)).toMatchObject({ onHand: 28, reserved: 11, available: 17 });

    // Second shipment: the rest — 11 tea (8 more of B-MID, 3 of B-LATE) and the rice.
    const second = await call(warehouse, 'ship_sales_order', { p_order_id: order.id, p_carrier: 'ZTO', p_tracking_no: 'ZT00001' });
    expect(second.order_status).toBe('shipped');
    expect(await level(tea.id, wh)).toMatchObject({ onHand: 17, reserved: 0, available: 17 });

    // Batches consumed, read by the warehouse keeper (no costs there) ...
    const { data: batches } = await warehouse
      .from('shipment_line_batches')
      .select('qty, stock_batches(batch_no), shipment_lines!inner(shipment_id, order_line_id)')
      .eq('shipment_lines.order_line_id', teaLine.id);
    const byBatch: Record<string, number> = {};
    for (const b of batches ?? []) byBatch[(b as any).stock_batches.batch_no] = (byBatch[(b as any).stock_batches.batch_no] ?? 0) + Number(b.qty);
    expect(byBatch).toEqual({ 'B-SOON': 5, 'B-MID': 10, 'B-LATE': 3 });

    // ... and the cost, which only admin and finance see: 5×1.00 + 10×1.10 + 3×1.20 = 19.60.
    const { data: costs } = await finance.from('sales_order_line_costs').select('cogs_amount').eq('order_line_id', teaLine.id);
    expect(Number(costs![0].cogs_amount)).toBe(19.6);
    const { data: salesCosts } = await sales.from('sales_order_line_costs').select('cogs_amount').eq('order_line_id', teaLine.id);
    expect(salesCosts).toEqual([]);
    const { data: margin } = await finance.from('sales_order_margins').select('net_revenue, net_cogs, gross_profit').eq('order_id', order.id);
    expect(Number(margin![0].net_cogs)).toBe(19.6 + 80);
    expect(Number(margin![0].gross_profit)).toBeCloseTo(18 * 3.5 + 2 * 59.9 - 99.6, 2);

    // The printable delivery note of the first shipment: batches and expiry, no costs.
    const note = await call(warehouse, 'delivery_note', { p_shipment_id: first.id });
    expect(note).toMatchObject({ title: '发货单', order_no: order.order_no, tracking_no: 'SF1234567890' });
    expect(note.lines[0].batches.map((b: any) => b.batch_no)).toEqual(['B-SOON', 'B-MID']);
    expect(JSON.stringify(note)).not.toMatch(/cost/);

    // Completion waits for delivery.
    await failsWith(sales, 'complete_sales_order', { p_order_id: order.id }, 'shipments_not_delivered');
    await call(warehouse, 'mark_shipment_delivered', { p_shipment_id: first.id });
    await call(warehouse, 'mark_shipment_delivered', { p_shipment_id: second.id });
    await failsWith(warehouse, 'mark_shipment_delivered', { p_shipment_id: second.id }, 'invalid_status_transition');
    const done = await call(sales, 'complete_sales_order', { p_order_id: order.id });
    expect(done.status).toBe('completed');

    const { data: events } = await sales.from('shipment_events').select('status').eq('shipment_id', first.id).order('occurred_at');
    expect(events!.map((e) => e.status)).toEqual(['shipped', 'delivered']);
    const event = await call(warehouse, 'add_shipment_event', { p_shipment_id: second.id, p_status: 'note', p_description: '客户来电改约', p_location: '杭州' });
    expect(event).toMatchObject({ status: 'note', description: '客户来电改约', location: '杭州' });
    await failsWith(warehouse, 'add_shipment_event', { p_shipment_id: second.id, p_status: 'delivered' }, 'invalid_event_status');
    await failsWith(warehouse, 'add_shipment_event', { p_shipment_id: second.id, p_status: 'note', p_location: 'x'.repeat(10_000) }, 'text_too_long');
    const { data: withUrl } = await sales.from('shipments').select('shipment_no, tracking_url').eq('id', second.id).single();
    expect(withUrl!.tracking_url).toContain('ZT00001');
  });

  it('a shortage names the product and reserves nothing of the order', async () => {
    const order = await createOrder(sales, lines([rice, 1], [tea, 1000]));
    const before = await level(rice.id, wh);
    const detail = await failsWith(sales, 'confirm_sales_order', { p_order_id: order.id }, 'insufficient_stock');
    expect(detail).toMatchObject({ sku: tea.sku, product: tea.name, requested: 1000 });
    expect(await level(rice.id, wh)).toEqual(before);
    const { data } = await sales.from('sales_orders').select('status').eq('id', order.id).single();
    expect(data!.status).toBe('draft');
  });

  it('cancelling releases what is still reserved, also after a partial shipment', async () => {
    const order = await createOrder(sales, lines([rice, 5]));
    await call(sales, 'confirm_sales_order', { p_order_id: order.id });
    const reserved = (await level(rice.id, wh)).reserved;
    await call(warehouse, 'ship_sales_order', { p_order_id: order.id, p_lines: [{ line_id: order.lines[0].id, qty: 2 }], p_carrier: 'PICKUP' });
    expect((await level(rice.id, wh)).reserved).toBe(reserved - 2);
    const cancelled = await call(sales, 'cancel_sales_order', { p_order_id: order.id, p_reason: '客户改主意' });
    expect(cancelled.status).toBe('cancelled');
    expect((await level(rice.id, wh)).reserved).toBe(reserved - 5);
    await failsWith(sales, 'cancel_sales_order', { p_order_id: order.id }, 'invalid_status_transition');
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id }, 'invalid_status_transition');
  });

  it('a product taken off sale after the draft cannot be confirmed', async () => {
    const fading = await makeProduct({ price: '1.00' });
    await stockIn(fading.id, wh, 10, '0.50');
    const order = await createOrder(sales, lines([fading, 1]));
    await sql(`update public.products set status = 'off_sale' where id = $1`, [fading.id]);
    const detail = await failsWith(sales, 'confirm_sales_order', { p_order_id: order.id }, 'product_not_on_sale');
    expect(detail).toMatchObject({ sku: fading.sku, status: 'off_sale' });
    expect((await level(fading.id, wh)).reserved).toBe(0);
  });

  it('refuses status transitions out of order', async () => {
    const order = await createOrder(sales, lines([rice, 1]));
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id }, 'invalid_status_transition');
    await failsWith(sales, 'complete_sales_order', { p_order_id: order.id }, 'invalid_status_transition');
    await call(sales, 'confirm_sales_order', { p_order_id: order.id });
    const detail = await failsWith(sales, 'confirm_sales_order', { p_order_id: order.id }, 'invalid_status_transition');
    expect(detail).toMatchObject({ from: 'confirmed', to: 'confirmed' });
    await call(warehouse, 'ship_sales_order', { p_order_id: order.id, p_carrier: 'PICKUP' });
    await failsWith(sales, 'cancel_sales_order', { p_order_id: order.id }, 'invalid_status_transition');
    // Self pickup is delivered at once, so the order can complete.
    expect((await call(sales, 'complete_sales_order', { p_order_id: order.id })).status).toBe('completed');
    await failsWith(sales, 'confirm_sales_order', { p_order_id: '00000000-0000-4000-8000-00000000dead' }, 'order_not_found');
  });

  it('refuses shipping more than ordered, and bad shipment lines, without touching stock', async () => {
    const order = await createOrder(sales, lines([rice, 3]));
    await call(sales, 'confirm_sales_order', { p_order_id: order.id });
    const lineId = order.lines[0].id;
    const before = await salesSnapshot();
    const over = await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_lines: [{ line_id: lineId, qty: 4 }] }, 'over_shipment');
    expect(over).toMatchObject({ sku: rice.sku, ordered: 3, shipped: 0, requested: 4 });
    // The same line twice counts as the sum.
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_lines: [{ line_id: lineId, qty: 2 }, { line_id: lineId, qty: 2 }] }, 'over_shipment');
    for (const qty of [0, -1, 1.2345, 'abc', null]) {
      await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_lines: [{ line_id: lineId, qty }] }, 'invalid_quantity');
    }
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_lines: [{ line_id: tea.id, qty: 1 }] }, 'order_line_not_found');
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_lines: [] }, 'lines_required');
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_carrier: 'NOPE' }, 'unknown_carrier');
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_carrier: 'SF', p_tracking_no: "1'; drop table x;--" }, 'invalid_tracking_no');
    await failsWith(warehouse, 'ship_sales_order', { p_order_id: order.id, p_note: 'x'.repeat(10_000) }, 'text_too_long');
    expect(await salesSnapshot()).toEqual(before);
  });
});

describe('idempotency', () => {
  it('a retry with the same key returns the first order', async () => {
    const key = `retry-${Date.now()}`;
    const first = await createOrder(sales, lines([rice, 1]), { p_idempotency_key: key });
    const again = await createOrder(sales, lines([rice, 1]), { p_idempotency_key: key });
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.id).toBe(first.id);
    expect(again.order_no).toBe(first.order_no);
  });

  it('two identical requests racing make one order', async () => {
    const key = `race-${Date.now()}`;
    const clients = await Promise.all(Array.from({ length: 8 }, () => signInAs('sales')));
    const results = await Promise.all(clients.map((c) => createOrder(c, lines([rice, 1]), { p_idempotency_key: key })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const [{ count }] = await sql<{ count: string }>(`select count(*) from public.sales_orders where idempotency_key = $1`, [key]);
    expect(Number(count)).toBe(1);
  });

  it('keys are per creator: the same key from another user is another order', async () => {
    const key = `per-user-${Date.now()}`;
    const a = await createOrder(sales, lines([rice, 1]), { p_idempotency_key: key });
    const b = await createOrder(admin, lines([rice, 1]), { p_idempotency_key: key });
    expect(a.id).not.toBe(b.id);
  });
});

describe('refused input changes nothing', () => {
  it('zero/negative/over-precise quantities, bad prices, unknown or off-sale products, long text', async () => {
    const before = await salesSnapshot();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ p_lines: lines([rice, 0]) }, 'invalid_quantity'],
      [{ p_lines: lines([rice, -1]) }, 'invalid_quantity'],
      [{ p_lines: lines([rice, 1.0001]) }, 'invalid_quantity'],
      [{ p_lines: [{ product_id: rice.id, qty: '1; drop table public.sales_orders' }] }, 'invalid_quantity'],
      [{ p_lines: lines([rice, 1, 9.999]) }, 'invalid_price'],
      [{ p_lines: lines([rice, 1, -5]) }, 'invalid_price'],
      [{ p_lines: lines(['00000000-0000-4000-8000-00000000beef', 1]) }, 'product_not_found'],
      [{ p_lines: [{ product_id: "x' or '1'='1", qty: 1 }] }, 'product_not_found'],
      [{ p_lines: lines([offSale, 1]) }, 'product_not_on_sale'],
      [{ p_lines: [] }, 'lines_required'],
      [{ p_lines: lines([rice, 1]), p_note: 'x'.repeat(10_000) }, 'text_too_long'],
      [{ p_lines: lines([rice, 1]), p_idempotency_key: 'k'.repeat(10_000) }, 'text_too_long'],
      [{ p_lines: lines([rice, 1]), p_coupon_code: 'x'.repeat(10_000) }, 'coupon_not_found'],
      [{ p_lines: lines([rice, 1]), p_warehouse_id: '00000000-0000-4000-8000-00000000beef' }, 'warehouse_not_found'],
    ];
    for (const [args, code] of cases) {
      await failsWith(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, ...args }, code);
    }
    const detail = await failsWith(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: lines([offSale, 1]) }, 'product_not_on_sale');
    expect(detail).toMatchObject({ sku: offSale.sku, status: 'off_sale' });
    expect(await salesSnapshot()).toEqual(before);
  });

  it('stores SQL meta-characters verbatim in every free-text field', async () => {
    const nasty = `O'Brien"; drop table public.sales_orders; -- \\ % _ $$ ${'`'}`;
    const order = await createOrder(sales, lines([rice, 1]), { p_note: nasty, p_idempotency_key: nasty });
    expect(order.note).toBe(nasty);
    expect(order.idempotency_key).toBe(nasty);
    await call(sales, 'confirm_sales_order', { p_order_id: order.id });
    const shipment = await call(warehouse, 'ship_sales_order', { p_order_id: order.id, p_carrier: 'SF', p_tracking_no: 'SF-1', p_note: nasty });
    expect(shipment.note).toBe(nasty);
    const payment = await call(sales, 'record_payment', { p_order_id: order.id, p_method: 'cash', p_amount: 59.9, p_note: nasty });
    expect(payment.note).toBe(nasty);
    const { data } = await sales.from('sales_orders').select('note').eq('id', order.id).single();
    expect(data!.note).toBe(nasty);
    const [{ exists }] = await sql<{ exists: boolean }>(`select to_regclass('public.sales_orders') is not null as exists`);
    expect(exists).toBe(true);
  });
});

describe('direct writes', () => {
  it('nobody writes status, amounts or lines directly; sales may edit the note', async () => {
    const order = await createOrder(sales, lines([rice, 1]));
    for (const client of [admin, sales, warehouse, finance]) {
      const { error: statusError } = await client.from('sales_orders').update({ status: 'completed' }).eq('id', order.id);
      expect(statusError).not.toBeNull();
      const { error: amountError } = await client.from('sales_orders').update({ total_amount: 0.01 }).eq('id', order.id);
      expect(amountError).not.toBeNull();
      const { error: lineError } = await client.from('sales_order_lines').update({ qty: 100 }).eq('order_id', order.id);
      expect(lineError).not.toBeNull();
      const { error: insertError } = await client.from('sales_orders').insert({ order_no: 'SO-FAKE', customer_id: customer, warehouse_id: wh, subtotal: 0, total_amount: 0 });
      expect(insertError).not.toBeNull();
    }
    // Even the service role (which bypasses RLS) is refused by the guard trigger.
    const service = serviceClient();
    const { error: serviceError } = await service.from('sales_orders').update({ status: 'completed' }).eq('id', order.id);
    expect(serviceError?.message).toBe('readonly_field');
    const { error: serviceInsert } = await service.from('payments').insert({ payment_no: 'X', order_id: order.id, method: 'cash', amount: 1, status: 'succeeded', paid_at: new Date().toISOString() });
    expect(serviceInsert?.message).toBe('use_rpc');

    const { data, error } = await sales.from('sales_orders').update({ note: '改备注' }).eq('id', order.id).select('note, status, total_amount');
    expect(error).toBeNull();
    expect(data).toEqual([{ note: '改备注', status: 'draft', total_amount: order.total_amount }]);
    const { data: fromWarehouse } = await warehouse.from('sales_orders').update({ note: 'no' }).eq('id', order.id).select('note');
    expect(fromWarehouse).toEqual([]);
    const { error: longNote } = await sales.from('sales_orders').update({ note: 'x'.repeat(10_000) }).eq('id', order.id);
    expect(longNote?.message).toBe('text_too_long');
  });
});
