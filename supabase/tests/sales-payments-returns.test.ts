/**
 * Payments (every method, pending → confirmed, refunds as negative payments, derived payment_status)
 * and returns / exchanges (request → approve | reject → receive: restock to the original batch at its
 * cost, or scrap → refund | replacement shipment).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, sql } from './helpers.ts';
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
let finance: SupabaseClient;
let admin: SupabaseClient;
let wh: string;
let customer: string;
let milk: TestProduct;
let soap: TestProduct;

beforeAll(async () => {
  [sales, warehouse, finance, admin] = await Promise.all([
    signInAs('sales'),
    signInAs('warehouse'),
    signInAs('finance'),
    signInAs('admin'),
  ]);
  wh = await makeWarehouse('PY');
  customer = await makeCustomer();
  milk = await makeProduct({ price: '10.00' });
  soap = await makeProduct({ price: '5.00' });
  await stockIn(milk.id, wh, 10, '4.00', { batchNo: 'M-OLD', expiresInDays: 20 });
  await stockIn(milk.id, wh, 50, '6.00', { batchNo: 'M-NEW', expiresInDays: 90 });
  await stockIn(soap.id, wh, 100, '2.00', { batchNo: 'S-1' });
});

afterAll(async () => {
  await assertSalesInvariants([wh]);
  await assertStockInvariants();
});

/** A confirmed order (optionally shipped and delivered). */
async function order(items: ReturnType<typeof lines>, { ship = false, deliver = false } = {}) {
  const o = await call(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: items });
  await call(sales, 'confirm_sales_order', { p_order_id: o.id });
  if (ship) {
    const s = await call(warehouse, 'ship_sales_order', { p_order_id: o.id, p_carrier: 'YTO', p_tracking_no: 'YT0001' });
    if (deliver) await call(warehouse, 'mark_shipment_delivered', { p_shipment_id: s.id });
  }
  return o;
}

const orderRow = async (id: string) => {
  const { data } = await finance.from('sales_orders').select('payment_status, paid_amount, refunded_amount, total_amount').eq('id', id).single();
  return { ...data!, paid_amount: Number(data!.paid_amount), refunded_amount: Number(data!.refunded_amount) };
};

describe('payments', () => {
  it('counter payments succeed at once and drive payment_status from unpaid to paid', async () => {
    const o = await order(lines([milk, 3])); // 30.00
    expect((await orderRow(o.id)).payment_status).toBe('unpaid');
    const cash = await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 10 });
    expect(cash).toMatchObject({ status: 'succeeded', kind: 'payment', method: 'cash' });
    expect(cash.payment_no).toMatch(/^PAY-\d{8}-\d{4,}$/);
    expect(await orderRow(o.id)).toMatchObject({ payment_status: 'partially_paid', paid_amount: 10 });
    await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'card', p_amount: 20 });
    expect(await orderRow(o.id)).toMatchObject({ payment_status: 'paid', paid_amount: 30 });
    const over = await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 0.01 }, 'overpayment');
    expect(over.outstanding).toBe(0);
  });

  it('online payments by sales wait for finance; finance records any method as received', async () => {
    const o = await order(lines([milk, 5])); // 50.00
    const wx = await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'wechat_pay', p_amount: 20, p_provider_ref: `wx-${o.id}` });
    const ali = await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'alipay', p_amount: 10, p_provider_ref: `ali-${o.id}` });
    expect([wx.status, ali.status]).toEqual(['pending', 'pending']);
    expect((await orderRow(o.id)).payment_status).toBe('unpaid');
    // Pending money counts as promised: no overpayment beyond it.
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 20.01 }, 'overpayment');
    await failsWith(sales, 'confirm_payment', { p_payment_id: wx.id }, 'not_authorized');
    expect((await call(finance, 'confirm_payment', { p_payment_id: wx.id })).status).toBe('succeeded');
    expect((await call(finance, 'confirm_payment', { p_payment_id: ali.id, p_succeeded: false })).status).toBe('failed');
    await failsWith(finance, 'confirm_payment', { p_payment_id: wx.id }, 'invalid_status_transition');
    expect(await orderRow(o.id)).toMatchObject({ payment_status: 'partially_paid', paid_amount: 20 });
    const bank = await call(finance, 'record_payment', { p_order_id: o.id, p_method: 'bank_transfer', p_amount: 25, p_provider_ref: `bt-${o.id}` });
    expect(bank.status).toBe('succeeded');
    const other = await call(admin, 'record_payment', { p_order_id: o.id, p_method: 'other', p_amount: 5 });
    expect(other.status).toBe('succeeded');
    expect(await orderRow(o.id)).toMatchObject({ payment_status: 'paid', paid_amount: 50 });
    // A provider reference is used once per method.
    await failsWith(finance, 'record_payment', { p_order_id: o.id, p_method: 'wechat_pay', p_amount: 1, p_provider_ref: `wx-${o.id}` }, 'duplicate_payment');
  });

  it('cash on delivery is recorded once a shipment is delivered', async () => {
    const o = await order(lines([soap, 2]), { ship: true });
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'cod', p_amount: 10 }, 'cod_not_delivered');
    const { data: shipment } = await sales.from('shipments').select('id').eq('order_id', o.id).single();
    await call(warehouse, 'mark_shipment_delivered', { p_shipment_id: shipment!.id });
    expect((await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'cod', p_amount: 10 })).status).toBe('succeeded');
    expect((await orderRow(o.id)).payment_status).toBe('paid');
  });

  it('refunds are negative payments by finance; a full refund makes the order refunded', async () => {
    const o = await order(lines([soap, 4])); // 20.00
    const p = await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 20 });
    await failsWith(sales, 'refund_payment', { p_payment_id: p.id, p_amount: 5 }, 'not_authorized');
    const r1 = await call(finance, 'refund_payment', { p_payment_id: p.id, p_amount: 5, p_reason: '差价' });
    expect(r1).toMatchObject({ kind: 'refund', amount: -5, refund_of: p.id, status: 'succeeded', method: 'cash' });
    expect(r1.payment_no).toMatch(/^RF-/);
    expect(await orderRow(o.id)).toMatchObject({ payment_status: 'paid', refunded_amount: 5 });
    const over = await failsWith(finance, 'refund_payment', { p_payment_id: p.id, p_amount: 15.01 }, 'over_refund');
    expect(over.refundable).toBe(15);
    await failsWith(finance, 'refund_payment', { p_payment_id: p.id, p_amount: 1.001 }, 'invalid_amount');
    await call(sales, 'cancel_sales_order', { p_order_id: o.id });
    await call(finance, 'refund_payment', { p_payment_id: p.id });
    expect(await orderRow(o.id)).toMatchObject({ payment_status: 'refunded', refunded_amount: 20 });
    const { data: original } = await finance.from('payments').select('status').eq('id', p.id).single();
    expect(original!.status).toBe('refunded');
    await failsWith(finance, 'refund_payment', { p_payment_id: p.id }, 'invalid_status_transition');
    // A cancelled order takes no more money.
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 1 }, 'invalid_status_transition');
  });

  it('refuses bad methods, amounts and text without writing anything', async () => {
    const o = await order(lines([soap, 1]));
    const before = await salesSnapshot();
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'bitcoin', p_amount: 1 }, 'invalid_payment_method');
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: "cash'; --", p_amount: 1 }, 'invalid_payment_method');
    for (const amount of [0, -1, 1.001]) {
      await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: amount }, 'invalid_amount');
    }
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 1, p_note: 'x'.repeat(10_000) }, 'text_too_long');
    await failsWith(sales, 'record_payment', { p_order_id: o.id, p_method: 'alipay', p_amount: 1, p_provider_ref: 'x'.repeat(10_000) }, 'text_too_long');
    await failsWith(await signInAs('warehouse'), 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 1 }, 'not_authorized');
    expect(await salesSnapshot()).toEqual(before);
  });

  it('every payment method is accepted', async () => {
    const o = await order(lines([soap, 20]), { ship: true, deliver: true }); // 100.00
    const methods = ['alipay', 'wechat_pay', 'cash', 'cod', 'bank_transfer', 'card', 'other'];
    for (const m of methods) await call(finance, 'record_payment', { p_order_id: o.id, p_method: m, p_amount: 10 });
    const { data } = await finance.from('payments').select('method').eq('order_id', o.id);
    expect(new Set(data!.map((p) => p.method))).toEqual(new Set(methods));
  });
});

describe('returns', () => {
  it('request → approve → receive (restock to the original batch at its cost) → refund', async () => {
    // 12 milk: FEFO ships 10 of M-OLD (cost 4) and 2 of M-NEW (cost 6).
    const o = await order(lines([milk, 12], [soap, 2]), { ship: true, deliver: true });
    await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 130 });
    const milkLine = o.lines.find((l: any) => l.product_id === milk.id);
    const before = await level(milk.id, wh);

    const r = await call(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: milkLine.id, qty: 3 }], p_reason: '临期' });
    expect(r).toMatchObject({ status: 'requested', kind: 'return', refund_amount: 30 });
    expect(r.return_no).toMatch(/^RT-/);
    await failsWith(sales, 'approve_return', { p_return_id: r.id }, 'not_authorized');
    await failsWith(warehouse, 'receive_return', { p_return_id: r.id }, 'invalid_status_transition');
    await call(finance, 'approve_return', { p_return_id: r.id, p_note: '同意' });
    await failsWith(finance, 'refund_return', { p_return_id: r.id }, 'invalid_status_transition');
    const received = await call(warehouse, 'receive_return', { p_return_id: r.id });
    expect(received.status).toBe('received');
    expect(received.lines[0].disposition).toBe('restock');

    // Back into the batches it left, at their cost; which units came back is unknown, so they get the
    // earliest expiry of the shipment (M-OLD), never a longer shelf life.
    expect((await level(milk.id, wh)).onHand).toBe(before.onHand + 3);
    const back = await sql<{ batch_no: string; qty: string }>(
      `select b.batch_no, sum(m.qty) as qty from public.stock_movements m join public.stock_batches b on b.id = m.batch_id
       where m.source_type = 'return' and m.source_id = $1 group by b.batch_no order by b.batch_no`,
      [r.id],
    );
    expect(back.map((x) => [x.batch_no, Number(x.qty)])).toEqual([['M-OLD', 3]]);
    const { data: costs } = await finance.from('sales_order_line_costs').select('cogs_amount, returned_cost_amount').eq('order_line_id', milkLine.id).single();
    expect(Number(costs!.cogs_amount)).toBe(10 * 4 + 2 * 6);
    expect(Number(costs!.returned_cost_amount)).toBe(3 * 4);

    const refunded = await call(finance, 'refund_return', { p_return_id: r.id });
    expect(refunded).toMatchObject({ status: 'refunded', refunded_amount: 30 });
    const { data: refunds } = await finance.from('payments').select('amount, kind, return_id').eq('order_id', o.id).eq('kind', 'refund');
    expect(refunds).toEqual([{ amount: -30, kind: 'refund', return_id: r.id }]);
    expect(await orderRow(o.id)).toMatchObject({ paid_amount: 130, refunded_amount: 30 });
    const { data: lineAfter } = await sales.from('sales_order_lines').select('returned_qty').eq('id', milkLine.id).single();
    expect(Number(lineAfter!.returned_qty)).toBe(3);
    // The refunded goods came back: the customer owes nothing, so nothing more can be collected.
    const owed = await failsWith(finance, 'record_payment', { p_order_id: o.id, p_method: 'bank_transfer', p_amount: 30 }, 'overpayment');
    expect(owed).toMatchObject({ outstanding: 0 });
  });

  it('refuses returning more than shipped minus already returned; a rejection frees the quantity', async () => {
    const o = await order(lines([soap, 5]), { ship: true });
    const lineId = o.lines[0].id;
    const before = await salesSnapshot();
    const over = await failsWith(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty: 6 }] }, 'over_return');
    expect(over).toMatchObject({ sku: soap.sku, shipped: 5, already_returned: 0, requested: 6, returnable: 5 });
    for (const qty of [0, -1, 'x']) {
      await failsWith(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty }] }, 'invalid_quantity');
    }
    await failsWith(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty: 1 }], p_reason: 'x'.repeat(10_000) }, 'text_too_long');
    await failsWith(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty: 1 }], p_kind: 'steal' }, 'invalid_return_kind');
    expect(await salesSnapshot()).toEqual(before);

    const nasty = `'); delete from public.returns; -- "\\" %`;
    const first = await call(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty: 4 }], p_reason: nasty });
    expect(first.reason).toBe(nasty);
    const again = await failsWith(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty: 2 }] }, 'over_return');
    expect(again).toMatchObject({ already_returned: 4, returnable: 1 });
    expect((await call(admin, 'reject_return', { p_return_id: first.id, p_note: nasty })).decision_note).toBe(nasty);
    await failsWith(finance, 'approve_return', { p_return_id: first.id }, 'invalid_status_transition');
    expect((await call(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: lineId, qty: 5 }] })).status).toBe('requested');

    // Nothing shipped yet: nothing to return.
    const unshipped = await order(lines([soap, 1]));
    await failsWith(sales, 'request_return', { p_order_id: unshipped.id, p_lines: [{ line_id: unshipped.lines[0].id, qty: 1 }] }, 'invalid_status_transition');
  });

  it('scrapped goods stay out of stock and their cost stays a loss; the refund is capped at what was paid', async () => {
    const o = await order(lines([soap, 10]), { ship: true, deliver: true }); // 50.00
    await call(sales, 'record_payment', { p_order_id: o.id, p_method: 'cash', p_amount: 20 });
    const r = await call(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: o.lines[0].id, qty: 6 }] }); // 30.00
    await call(admin, 'approve_return', { p_return_id: r.id });
    const onHand = (await level(soap.id, wh)).onHand;
    await failsWith(warehouse, 'receive_return', { p_return_id: r.id, p_lines: [{ line_id: r.lines[0].id, disposition: 'burn' }] }, 'invalid_disposition');
    await call(warehouse, 'receive_return', { p_return_id: r.id, p_lines: [{ line_id: r.lines[0].id, disposition: 'scrap' }] });
    expect((await level(soap.id, wh)).onHand).toBe(onHand);
    const { data: costs } = await finance.from('sales_order_line_costs').select('scrapped_cost_amount, returned_cost_amount').eq('order_line_id', o.lines[0].id).single();
    expect([Number(costs!.scrapped_cost_amount), Number(costs!.returned_cost_amount)]).toEqual([12, 0]);
    const refunded = await call(finance, 'refund_return', { p_return_id: r.id });
    expect(refunded.refunded_amount).toBe(20);
    expect((await orderRow(o.id)).payment_status).toBe('refunded');
  });

  it('an exchange ships the replacement as a new shipment', async () => {
    const o = await order(lines([milk, 2]), { ship: true, deliver: true });
    const line = o.lines[0];
    const r = await call(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: line.id, qty: 1 }], p_kind: 'exchange', p_reason: '包装破损' });
    expect(r).toMatchObject({ kind: 'exchange', refund_amount: 0 });
    await call(finance, 'approve_return', { p_return_id: r.id });
    await failsWith(warehouse, 'ship_exchange', { p_return_id: r.id }, 'invalid_status_transition');
    await call(warehouse, 'receive_return', { p_return_id: r.id });
    await failsWith(finance, 'refund_return', { p_return_id: r.id }, 'invalid_status_transition');
    const before = await level(milk.id, wh);
    const done = await call(warehouse, 'ship_exchange', { p_return_id: r.id, p_carrier: 'JD', p_tracking_no: 'JD0001' });
    expect(done.status).toBe('exchanged');
    expect(done.shipment).toMatchObject({ kind: 'exchange', return_id: r.id, tracking_no: 'JD0001' });
    expect(done.shipment.tracking_url).toContain('JD0001');
    expect(await level(milk.id, wh)).toMatchObject({ onHand: before.onHand - 1, reserved: before.reserved });
    const { data: lineAfter } = await sales.from('sales_order_lines').select('shipped_qty, returned_qty, exchanged_qty').eq('id', line.id).single();
    expect([lineAfter!.shipped_qty, lineAfter!.returned_qty, lineAfter!.exchanged_qty].map(Number)).toEqual([2, 1, 1]);
    // The customer still holds 2: returning both is allowed, a third unit is not.
    const over = await failsWith(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: line.id, qty: 3 }] }, 'over_return');
    expect(over).toMatchObject({ shipped: 3, already_returned: 1, returnable: 2 });
    expect((await call(sales, 'request_return', { p_order_id: o.id, p_lines: [{ line_id: line.id, qty: 2 }] })).status).toBe('requested');
  });
});
