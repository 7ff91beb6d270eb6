/**
 * The role matrix of the sales module, both ways, through supabase-js: who reads which table, who
 * writes which, who may call which RPC; anonymous visitors and users without a role get nothing.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, type AppRole, APP_ROLES, newClient, signInAs, uniqueEmail } from './helpers.ts';
import { assertStockInvariants } from './invariants.ts';
import { assertSalesInvariants, call, failsWith, lines, makeCustomer, makeProduct, makeWarehouse, stockIn, tag } from './sales-fixtures.ts';

const clients = {} as Record<AppRole, SupabaseClient>;
let noRole: SupabaseClient;
let ids: Record<string, string>;

beforeAll(async () => {
  for (const role of APP_ROLES) clients[role] = await signInAs(role);
  noRole = newClient();
  const { error } = await noRole.auth.signUp({ email: uniqueEmail('norole'), password: 'Pw-123456!' });
  if (error) throw error;

  // One order through every step, so that every table has rows to see.
  const wh = await makeWarehouse('RM');
  const customer = await makeCustomer();
  const product = await makeProduct({ price: '10.00' });
  await stockIn(product.id, wh, 50, '3.00', { batchNo: 'RM-1', expiresInDays: 100 });
  const { data: promo } = await clients.admin
    .from('promotions')
    .insert({ name: '角色测试', kind: 'amount_off', scope: 'product', product_id: product.id, amount_off: 1 })
    .select('id')
    .single();
  const code = `R${tag()}`;
  await clients.admin.from('coupons').insert({ code, name: '角色券', kind: 'amount', amount_off: 1 });
  const order = await call(clients.sales, 'create_sales_order', {
    p_customer_id: customer, p_warehouse_id: wh, p_lines: lines([product, 4]), p_coupon_code: code,
  });
  await call(clients.sales, 'confirm_sales_order', { p_order_id: order.id });
  const shipment = await call(clients.warehouse, 'ship_sales_order', { p_order_id: order.id, p_carrier: 'EMS', p_tracking_no: 'EM0001' });
  await call(clients.warehouse, 'mark_shipment_delivered', { p_shipment_id: shipment.id });
  const payment = await call(clients.sales, 'record_payment', { p_order_id: order.id, p_method: 'cash', p_amount: 10 });
  const ret = await call(clients.sales, 'request_return', { p_order_id: order.id, p_lines: [{ line_id: order.lines[0].id, qty: 1 }] });
  await call(clients.finance, 'approve_return', { p_return_id: ret.id });
  await call(clients.warehouse, 'receive_return', { p_return_id: ret.id });
  ids = { order: order.id, customer, promo: promo!.id, code, shipment: shipment.id, payment: payment.id, ret: ret.id, wh, product: product.id };
});

afterAll(async () => {
  await assertSalesInvariants([ids.wh]);
  await assertStockInvariants();
});

// Which roles see rows of each table (filtered to this file's order where the table allows).
const READS: Array<[string, (ids: Record<string, string>) => [string, string], AppRole[]]> = [
  ['customers', (i) => ['id', i.customer], ['admin', 'sales', 'warehouse', 'finance']],
  ['customer_addresses', (i) => ['customer_id', i.customer], ['admin', 'sales', 'warehouse', 'finance']],
  ['customer_order_stats', (i) => ['customer_id', i.customer], ['admin', 'sales', 'warehouse', 'finance']],
  ['promotions', (i) => ['id', i.promo], ['admin', 'sales', 'finance']],
  ['coupons', (i) => ['code', i.code], ['admin', 'sales', 'finance']],
  ['coupon_redemptions', (i) => ['sales_order_id', i.order], ['admin', 'sales', 'finance']],
  ['sales_orders', (i) => ['id', i.order], ['admin', 'sales', 'warehouse', 'finance']],
  ['sales_order_lines', (i) => ['order_id', i.order], ['admin', 'sales', 'warehouse', 'finance']],
  ['sales_order_discounts', (i) => ['order_id', i.order], ['admin', 'sales', 'warehouse', 'finance']],
  ['sales_order_line_costs', (i) => ['order_id', i.order], ['admin', 'finance']],
  ['sales_order_line_margins', (i) => ['order_id', i.order], ['admin', 'finance']],
  ['sales_order_margins', (i) => ['order_id', i.order], ['admin', 'finance']],
  ['payments', (i) => ['order_id', i.order], ['admin', 'sales', 'finance']],
  ['carriers', () => ['code', 'SF'], ['admin', 'sales', 'warehouse', 'finance']],
  ['shipments', (i) => ['order_id', i.order], ['admin', 'sales', 'warehouse', 'finance']],
  ['shipment_lines', (i) => ['shipment_id', i.shipment], ['admin', 'sales', 'warehouse', 'finance']],
  ['shipment_events', (i) => ['shipment_id', i.shipment], ['admin', 'sales', 'warehouse', 'finance']],
  ['returns', (i) => ['order_id', i.order], ['admin', 'sales', 'warehouse', 'finance']],
  ['return_lines', (i) => ['return_id', i.ret], ['admin', 'sales', 'warehouse', 'finance']],
];

describe('reading', () => {
  for (const [table, filter, allowed] of READS) {
    it(`${table}: ${allowed.join(', ')} read; others see nothing`, async () => {
      const [column, value] = filter(ids);
      for (const role of APP_ROLES) {
        const { data, error } = await clients[role].from(table).select('*').eq(column, value);
        expect(error, `${role} reading ${table}`).toBeNull();
        if (allowed.includes(role)) expect(data!.length, `${role} reading ${table}`).toBeGreaterThan(0);
        else expect(data, `${role} reading ${table}`).toEqual([]);
      }
      const { data: nothing } = await noRole.from(table).select('*').eq(column, value);
      expect(nothing ?? [], `no role reading ${table}`).toEqual([]);
      const { data: anon, error: anonError } = await anonClient().from(table).select('*').eq(column, value);
      expect(anon ?? [], `anon reading ${table}`).toEqual([]);
      expect(anonError, `anon reading ${table}`).not.toBeNull();
    });
  }

  it('batches shipped and returned: every staff role sees them; costs only admin and finance', async () => {
    for (const role of APP_ROLES) {
      const { data } = await clients[role].from('shipment_line_batches').select('id, batch_id, qty, shipment_lines!inner(shipment_id)').eq('shipment_lines.shipment_id', ids.shipment);
      expect(data!.length, role).toBeGreaterThan(0);
      const { data: costs } = await clients[role].from('shipment_line_batch_costs').select('unit_cost, shipment_lines!inner(shipment_id)').eq('shipment_lines.shipment_id', ids.shipment);
      expect((costs ?? []).length > 0, role).toBe(role === 'admin' || role === 'finance');
      const { data: back } = await clients[role].from('return_line_batches').select('id, return_lines!inner(return_id)').eq('return_lines.return_id', ids.ret);
      expect(back!.length, role).toBeGreaterThan(0);
    }
  });
});

describe('writing tables', () => {
  it('customers: sales and admins add and edit, admins delete; warehouse and finance cannot', async () => {
    for (const role of ['admin', 'sales'] as const) {
      const { data, error } = await clients[role].from('customers').insert({ name: `新客户-${role}`, tags: ['VIP', ' VIP ', '批发'] }).select('id, tags, created_by').single();
      expect(error).toBeNull();
      expect(data!.tags).toEqual(['VIP', '批发']);
      const { error: addr } = await clients[role].from('customer_addresses').insert({ customer_id: data!.id, recipient: '王五', phone: '139', address_line: '某路 1 号', is_default: true });
      expect(addr).toBeNull();
      const { data: upd } = await clients[role].from('customers').update({ phone: '021-1234' }).eq('id', data!.id).select('phone');
      expect(upd).toEqual([{ phone: '021-1234' }]);
    }
    for (const role of ['warehouse', 'finance'] as const) {
      const { error } = await clients[role].from('customers').insert({ name: 'x' });
      expect(error?.code, role).toBe('42501');
      const { data } = await clients[role].from('customers').update({ name: 'hacked' }).eq('id', ids.customer).select('id');
      expect(data, role).toEqual([]);
    }
    const { data: gone } = await clients.sales.from('customers').delete().eq('name', '新客户-sales').select('id');
    expect(gone).toEqual([]);
    const { data: deleted } = await clients.admin.from('customers').delete().eq('name', '新客户-sales').select('id');
    expect(deleted).toHaveLength(1);
    // A customer with orders cannot be deleted.
    const { error: inUse } = await clients.admin.from('customers').delete().eq('id', ids.customer);
    expect(inUse?.code).toBe('23503');
    const { error: long } = await clients.sales.from('customers').insert({ name: 'x'.repeat(10_000) });
    expect(long?.message).toBe('text_too_long');
    const { error: longTag } = await clients.sales.from('customers').insert({ name: 'y', tags: ['t'.repeat(31)] });
    expect(longTag?.message).toBe('text_too_long');
    const nasty = `Robert'); drop table public.customers;--`;
    const { data: verbatim } = await clients.sales.from('customers').insert({ name: nasty, note: nasty }).select('name, note').single();
    expect(verbatim).toEqual({ name: nasty, note: nasty });
  });

  it('only one default address per customer', async () => {
    const base = { customer_id: ids.customer, recipient: '收件人', phone: '1', address_line: '路' };
    await clients.sales.from('customer_addresses').insert({ ...base, is_default: true, label: '新家' });
    const { data } = await clients.sales.from('customer_addresses').select('label').eq('customer_id', ids.customer).eq('is_default', true);
    expect(data).toEqual([{ label: '新家' }]);
  });

  it('promotions, coupons and carriers: admins only', async () => {
    for (const role of ['sales', 'warehouse', 'finance'] as const) {
      expect((await clients[role].from('promotions').insert({ name: 'x', kind: 'amount_off', scope: 'all', amount_off: 1, active: false })).error, role).not.toBeNull();
      expect((await clients[role].from('coupons').insert({ code: `X${tag()}`, name: 'x', kind: 'amount', amount_off: 1 })).error, role).not.toBeNull();
      expect((await clients[role].from('carriers').insert({ code: `X${tag()}`, name: 'x' })).error, role).not.toBeNull();
      const { data } = await clients[role].from('promotions').update({ active: false }).eq('id', ids.promo).select('id');
      expect(data ?? [], role).toEqual([]);
    }
    const carrier = `T${tag()}`;
    const { error } = await clients.admin.from('carriers').insert({ code: carrier, name: '测试快递', tracking_url_template: 'https://t.example/{tracking_no}', active: false });
    expect(error).toBeNull();
    const { error: badTemplate } = await clients.admin.from('carriers').insert({ code: `U${tag()}`, name: 'x', tracking_url_template: 'javascript:alert(1)' });
    expect(badTemplate).not.toBeNull();
  });

  it('documents are read-only tables for every role', async () => {
    for (const role of APP_ROLES) {
      const c = clients[role];
      expect((await c.from('payments').update({ amount: 1 }).eq('id', ids.payment)).error, role).not.toBeNull();
      expect((await c.from('shipments').update({ status: 'delivered' }).eq('id', ids.shipment)).error, role).not.toBeNull();
      expect((await c.from('returns').update({ status: 'refunded' }).eq('id', ids.ret)).error, role).not.toBeNull();
      expect((await c.from('sales_order_line_costs').update({ cogs_amount: 0 }).eq('order_id', ids.order)).error, role).not.toBeNull();
      expect((await c.from('coupon_redemptions').delete().eq('sales_order_id', ids.order)).error, role).not.toBeNull();
      expect((await c.from('shipment_events').insert({ shipment_id: ids.shipment, status: 'note' })).error, role).not.toBeNull();
    }
  });
});

// RPC → roles allowed. Each is called with ids that do not exist: an allowed role gets past the
// role check (and fails on the id), any other role gets not_authorized.
const NOWHERE = '00000000-0000-4000-8000-0000000000ff';
const RPCS: Array<[string, Record<string, unknown>, AppRole[]]> = [
  ['price_cart', { p_customer_id: null, p_lines: [] }, ['admin', 'sales']],
  ['create_sales_order', { p_customer_id: NOWHERE, p_warehouse_id: NOWHERE, p_lines: [] }, ['admin', 'sales']],
  ['confirm_sales_order', { p_order_id: NOWHERE }, ['admin', 'sales']],
  ['cancel_sales_order', { p_order_id: NOWHERE }, ['admin', 'sales']],
  ['complete_sales_order', { p_order_id: NOWHERE }, ['admin', 'sales']],
  ['ship_sales_order', { p_order_id: NOWHERE }, ['admin', 'warehouse']],
  ['mark_shipment_delivered', { p_shipment_id: NOWHERE }, ['admin', 'warehouse']],
  ['add_shipment_event', { p_shipment_id: NOWHERE, p_status: 'in_transit' }, ['admin', 'warehouse']],
  ['delivery_note', { p_shipment_id: NOWHERE }, ['admin', 'sales', 'warehouse', 'finance']],
  ['record_payment', { p_order_id: NOWHERE, p_method: 'cash', p_amount: 1 }, ['admin', 'sales', 'finance']],
  ['confirm_payment', { p_payment_id: NOWHERE }, ['admin', 'finance']],
  ['refund_payment', { p_payment_id: NOWHERE }, ['admin', 'finance']],
  ['request_return', { p_order_id: NOWHERE, p_lines: [] }, ['admin', 'sales']],
  ['approve_return', { p_return_id: NOWHERE }, ['admin', 'finance']],
  ['reject_return', { p_return_id: NOWHERE }, ['admin', 'finance']],
  ['receive_return', { p_return_id: NOWHERE }, ['admin', 'warehouse']],
  ['refund_return', { p_return_id: NOWHERE }, ['admin', 'finance']],
  ['ship_exchange', { p_return_id: NOWHERE }, ['admin', 'warehouse']],
];

describe('free text', () => {
  it('every text input of every RPC refuses 10 000 characters with text_too_long, before anything else', async () => {
    const long = 'x'.repeat(10_000);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['create_sales_order', { p_customer_id: NOWHERE, p_warehouse_id: NOWHERE, p_lines: [], p_note: long }, 'note'],
      ['create_sales_order', { p_customer_id: NOWHERE, p_warehouse_id: NOWHERE, p_lines: [], p_idempotency_key: long }, 'idempotency_key'],
      ['cancel_sales_order', { p_order_id: NOWHERE, p_reason: long }, 'reason'],
      ['ship_sales_order', { p_order_id: NOWHERE, p_note: long }, 'note'],
      ['mark_shipment_delivered', { p_shipment_id: NOWHERE, p_note: long }, 'note'],
      ['add_shipment_event', { p_shipment_id: NOWHERE, p_status: 'note', p_description: long }, 'description'],
      ['add_shipment_event', { p_shipment_id: NOWHERE, p_status: 'note', p_location: long }, 'location'],
      ['record_payment', { p_order_id: NOWHERE, p_method: 'cash', p_amount: 1, p_note: long }, 'note'],
      ['record_payment', { p_order_id: NOWHERE, p_method: 'alipay', p_amount: 1, p_provider_ref: long }, 'provider_ref'],
      ['confirm_payment', { p_payment_id: NOWHERE, p_provider_ref: long }, 'provider_ref'],
      ['refund_payment', { p_payment_id: NOWHERE, p_reason: long }, 'reason'],
      ['request_return', { p_order_id: NOWHERE, p_lines: [], p_reason: long }, 'reason'],
      ['approve_return', { p_return_id: NOWHERE, p_note: long }, 'note'],
      ['reject_return', { p_return_id: NOWHERE, p_note: long }, 'note'],
      ['refund_return', { p_return_id: NOWHERE, p_note: long }, 'note'],
      ['ship_exchange', { p_return_id: NOWHERE, p_note: long }, 'note'],
    ];
    for (const [fn, args, field] of cases) {
      const detail = await failsWith(clients.admin, fn, args, 'text_too_long');
      expect(detail, fn).toMatchObject({ field, length: 10_000 });
    }
    for (const [table, row] of [
      ['customers', { name: long }],
      ['customer_addresses', { customer_id: ids.customer, recipient: 'a', phone: '1', address_line: long }],
      ['promotions', { name: 'x', kind: 'amount_off', scope: 'all', amount_off: 1, active: false, note: long }],
      ['coupons', { code: `L${tag()}`, name: long, kind: 'amount', amount_off: 1 }],
      ['carriers', { code: `L${tag()}`, name: long }],
    ] as const) {
      const { error } = await clients.admin.from(table).insert(row);
      expect(error?.message, table).toBe('text_too_long');
    }
  });
});

describe('calling RPCs', () => {
  for (const [fn, args, allowed] of RPCS) {
    it(`${fn}: ${allowed.join(', ')}`, async () => {
      for (const role of APP_ROLES) {
        const { error } = await clients[role].rpc(fn, args);
        expect(error, `${role} calling ${fn}`).not.toBeNull();
        if (allowed.includes(role)) expect(error!.message, `${role} calling ${fn}`).not.toBe('not_authorized');
        else expect(error!.message, `${role} calling ${fn}`).toBe('not_authorized');
      }
      await failsWith(noRole, fn, args, 'not_authorized');
      const { error: anonError } = await anonClient().rpc(fn, args);
      expect(anonError, `anon calling ${fn}`).not.toBeNull();
      expect(anonError!.message).not.toMatch(/^(order|shipment|payment|return)_not_found$/);
    });
  }
});
