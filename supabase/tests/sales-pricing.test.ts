/**
 * Pricing: promotions (percent, per-unit amount, threshold 满减; all / category tree / product; time
 * window; best single per line), coupons (percent / amount, min spend, window, total and
 * per-customer limits) and the promise that the preview equals the order.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, signInAs, sql } from './helpers.ts';
import {
  assertSalesInvariants,
  call,
  failsWith,
  lines,
  makeCategory,
  makeCustomer,
  makeProduct,
  makeWarehouse,
  salesSnapshot,
  stockIn,
  tag,
  type TestProduct,
} from './sales-fixtures.ts';
import { assertStockInvariants } from './invariants.ts';

let sales: SupabaseClient;
let admin: SupabaseClient;
let wh: string;
let customer: string;
let juice: TestProduct; // in 饮料 (child of 食品): category promotion on 食品 applies
let rice: TestProduct; // product threshold promotion
let pen: TestProduct; // no promotion
let snack: TestProduct; // two promotions compete
const promoIds: string[] = [];

async function promotion(row: Record<string, unknown>) {
  const { data, error } = await admin.from('promotions').insert(row).select('id').single();
  if (error) throw new Error(error.message);
  promoIds.push(data.id);
  return data.id as string;
}

async function coupon(row: Record<string, unknown>) {
  const code = `T${tag()}`;
  const { error } = await admin.from('coupons').insert({ code: code.toLowerCase(), name: '测试券', ...row });
  if (error) throw new Error(`${error.message} ${error.details}`);
  return code;
}

beforeAll(async () => {
  [sales, admin] = await Promise.all([signInAs('sales'), signInAs('admin')]);
  wh = await makeWarehouse('PR');
  customer = await makeCustomer();
  const food = await makeCategory('食品');
  const drinks = await makeCategory('饮料', food);
  const stationery = await makeCategory('文具');
  juice = await makeProduct({ price: '12.00', categoryId: drinks });
  rice = await makeProduct({ price: '59.90', categoryId: food });
  pen = await makeProduct({ price: '2.50', categoryId: stationery });
  snack = await makeProduct({ price: '8.00', categoryId: food });
  for (const p of [juice, rice, pen, snack]) await stockIn(p.id, wh, 1000, '1.00');
  await promotion({ name: '食品九折', kind: 'percent_off', scope: 'category', category_id: food, percent_off: 10 });
  await promotion({ name: '大米满100减15', kind: 'threshold', scope: 'product', product_id: rice.id, threshold_amount: 100, amount_off: 15 });
  await promotion({ name: '零食直降1.5', kind: 'amount_off', scope: 'product', product_id: snack.id, amount_off: 1.5 });
  // Out of its window: never applies.
  await promotion({
    name: '过期五折', kind: 'percent_off', scope: 'all', percent_off: 50,
    starts_at: '2020-01-01T00:00:00Z', ends_at: '2020-02-01T00:00:00Z',
  });
  await promotion({ name: '停用五折', kind: 'percent_off', scope: 'all', percent_off: 50, active: false });
});

afterAll(async () => {
  await sql(`update public.promotions set active = false where id = any ($1::uuid[])`, [promoIds]);
  await assertSalesInvariants([wh]);
  await assertStockInvariants();
});

const price = (client: SupabaseClient, items: unknown, code: string | null = null, who: string | null = customer) =>
  call(client, 'price_cart', { p_customer_id: who, p_lines: items, p_coupon_code: code });

describe('promotions', () => {
  it('applies the best single promotion per line, including sub-categories, per-unit and threshold kinds', async () => {
    const cart = await price(sales, lines([juice, 3], [rice, 2], [pen, 4], [snack, 2]));
    const [j, r, p, s] = cart.lines;
    // Juice: 36.00, 食品九折 via its parent category → 3.60.
    expect(j).toMatchObject({ subtotal: 36, promotion_discount: 3.6, line_total: 32.4 });
    expect(j.promotion.name).toBe('食品九折');
    // Rice: 119.80; 九折 = 11.98 vs 满100减15 = 15 → the threshold wins.
    expect(r).toMatchObject({ subtotal: 119.8, promotion_discount: 15, line_total: 104.8 });
    expect(r.promotion.name).toBe('大米满100减15');
    // Pen: no promotion in its category.
    expect(p).toMatchObject({ subtotal: 10, promotion_discount: 0, line_total: 10, promotion: null });
    // Snack: 16.00; 九折 = 1.60 vs 直降 1.5 × 2 = 3.00 → per-unit amount wins.
    expect(s).toMatchObject({ subtotal: 16, promotion_discount: 3, line_total: 13 });
    expect(cart).toMatchObject({ subtotal: 181.8, promotion_discount: 21.6, coupon_discount: 0, total: 160.2 });
  });

  it('below the threshold the next best promotion applies; a typed price is a net price without promotions', async () => {
    const cart = await price(sales, lines([rice, 1], [juice, 1, '10.00']));
    expect(cart.lines[0]).toMatchObject({ subtotal: 59.9, promotion_discount: 5.99 });
    expect(cart.lines[0].promotion.name).toBe('食品九折');
    expect(cart.lines[1]).toMatchObject({ unit_price: 10, list_price: 12, price_overridden: true, promotion_discount: 0, line_total: 10 });
  });

  it('refuses inconsistent promotions with a code and an admin-only write', async () => {
    const { error } = await admin.from('promotions').insert({ name: 'x', kind: 'percent_off', scope: 'all', percent_off: 100 });
    expect(error?.message).toBe('invalid_promotion');
    const { error: decimals } = await admin.from('promotions').insert({ name: 'x', kind: 'amount_off', scope: 'all', amount_off: 1.005 });
    expect(decimals?.message).toBe('invalid_price');
    const { error: scope } = await admin.from('promotions').insert({ name: 'x', kind: 'amount_off', scope: 'product', amount_off: 1 });
    expect(scope?.message).toBe('invalid_promotion');
    const { error: long } = await admin.from('promotions').insert({ name: 'x'.repeat(10_000), kind: 'amount_off', scope: 'all', amount_off: 1 });
    expect(long?.message).toBe('text_too_long');
    const { error: bySales } = await sales.from('promotions').insert({ name: 'x', kind: 'amount_off', scope: 'all', amount_off: 1 });
    expect(bySales).not.toBeNull();
  });
});

describe('coupons', () => {
  it('applies after promotions, shares the discount over the lines, and the order stores every discount', async () => {
    const code = await coupon({ kind: 'amount', amount_off: 10, min_spend: 50 });
    const items = lines([juice, 3], [rice, 2], [pen, 1]);
    const preview = await price(sales, items, code.toLowerCase());
    // After promotions: 32.40 + 104.80 + 2.50 = 139.70; coupon 10.00 → 129.70.
    expect(preview).toMatchObject({ subtotal: 158.3, promotion_discount: 18.6, coupon_discount: 10, discount_total: 28.6, total: 129.7 });
    expect(preview.coupon).toMatchObject({ code, discount: 10 });
    const shares = preview.lines.map((l: any) => l.coupon_discount);
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(10, 2);
    expect(preview.lines.reduce((a: number, l: any) => a + l.line_total, 0)).toBeCloseTo(129.7, 2);

    // Preview = order.
    const order = await call(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: items, p_coupon_code: code });
    expect(Number(order.total_amount)).toBe(preview.total);
    expect(Number(order.subtotal)).toBe(preview.subtotal);
    expect(Number(order.promotion_discount)).toBe(preview.promotion_discount);
    expect(Number(order.coupon_discount)).toBe(preview.coupon_discount);
    for (const [i, line] of order.lines.entries()) {
      expect({
        product_id: line.product_id, qty: Number(line.qty), unit_price: Number(line.unit_price), subtotal: Number(line.subtotal),
        promotion_discount: Number(line.promotion_discount), coupon_discount: Number(line.coupon_discount), line_total: Number(line.line_total),
      }).toEqual({
        product_id: preview.lines[i].product_id, qty: preview.lines[i].qty, unit_price: preview.lines[i].unit_price, subtotal: preview.lines[i].subtotal,
        promotion_discount: preview.lines[i].promotion_discount, coupon_discount: preview.lines[i].coupon_discount, line_total: preview.lines[i].line_total,
      });
    }
    const { data: discounts } = await sales.from('sales_order_discounts').select('source, label, amount').eq('order_id', order.id).order('amount');
    expect(discounts!.map((d) => [d.source, Number(d.amount)])).toEqual([
      ['promotion', 3.6],
      ['coupon', 10],
      ['promotion', 15],
    ]);
  });

  it('a percent coupon takes its share of the total after promotions', async () => {
    const code = await coupon({ kind: 'percent', percent_off: 5 });
    const cart = await price(sales, lines([pen, 3], [snack, 1]), code);
    // 7.50 + (8.00 − 1.50) = 14.00; 5 % = 0.70.
    expect(cart).toMatchObject({ coupon_discount: 0.7, total: 13.3 });
  });

  it('refuses unknown, inactive, not yet started and expired coupons, and a short minimum spend', async () => {
    const inactive = await coupon({ kind: 'amount', amount_off: 5, active: false });
    const future = await coupon({ kind: 'amount', amount_off: 5, starts_at: '2099-01-01T00:00:00Z' });
    const expired = await coupon({ kind: 'amount', amount_off: 5, starts_at: '2020-01-01T00:00:00Z', ends_at: '2020-12-31T00:00:00Z' });
    const minSpend = await coupon({ kind: 'amount', amount_off: 5, min_spend: 100 });
    const items = lines([pen, 2]);
    await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: items, p_coupon_code: 'NOSUCHCODE' }, 'coupon_not_found');
    await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: items, p_coupon_code: inactive }, 'coupon_inactive');
    await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: items, p_coupon_code: future }, 'coupon_not_started');
    await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: items, p_coupon_code: expired }, 'coupon_expired');
    const short = await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: items, p_coupon_code: minSpend }, 'coupon_min_spend');
    expect(short).toMatchObject({ min_spend: 100, amount: 5, short: 95 });
    const before = await salesSnapshot();
    await failsWith(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: items, p_coupon_code: expired }, 'coupon_expired');
    expect(await salesSnapshot()).toEqual(before);
  });

  it('enforces the per-customer and total limits; a cancelled order gives its use back', async () => {
    const perCustomer = await coupon({ kind: 'amount', amount_off: 1, per_customer_limit: 1 });
    const other = await makeCustomer();
    const first = await call(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: lines([pen, 2]), p_coupon_code: perCustomer });
    const detail = await failsWith(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: lines([pen, 2]), p_coupon_code: perCustomer }, 'coupon_limit_reached');
    expect(detail).toMatchObject({ scope: 'customer', limit: 1 });
    await call(sales, 'create_sales_order', { p_customer_id: other, p_warehouse_id: wh, p_lines: lines([pen, 2]), p_coupon_code: perCustomer });
    await call(sales, 'cancel_sales_order', { p_order_id: first.id });
    await call(sales, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: lines([pen, 2]), p_coupon_code: perCustomer });

    const total = await coupon({ kind: 'amount', amount_off: 1, total_limit: 3 });
    // Eight parallel orders race for three uses: exactly three win.
    const buyers = await Promise.all(Array.from({ length: 8 }, () => makeCustomer()));
    const clients = await Promise.all(buyers.map(() => signInAs('sales')));
    const results = await Promise.all(
      buyers.map((b, i) => clients[i].rpc('create_sales_order', { p_customer_id: b, p_warehouse_id: wh, p_lines: lines([pen, 2]), p_coupon_code: total })),
    );
    expect(results.filter((r) => !r.error)).toHaveLength(3);
    for (const r of results.filter((x) => x.error)) expect(r.error!.message).toBe('coupon_limit_reached');
    const [{ count }] = await sql<{ count: string }>(
      `select count(*) from public.coupon_redemptions r join public.coupons c on c.id = r.coupon_id where c.code = $1 and r.voided_at is null`,
      [total],
    );
    expect(Number(count)).toBe(3);
  });
});

describe('input validation', () => {
  it('refuses bad quantities, prices, products and line shapes with codes naming the field', async () => {
    const off = await makeProduct({ status: 'off_sale' });
    const draft = await makeProduct({ status: 'draft' });
    const cases: Array<[unknown, string]> = [
      [lines([pen, 0]), 'invalid_quantity'],
      [lines([pen, -2]), 'invalid_quantity'],
      [lines([pen, '1.0005']), 'invalid_quantity'],
      [lines([pen, 'NaN']), 'invalid_quantity'],
      [[{ product_id: pen.id }], 'invalid_quantity'],
      [lines([pen, 1, '0.001']), 'invalid_price'],
      [lines([pen, 1, '-0.01']), 'invalid_price'],
      [lines([pen, 1, 'free']), 'invalid_price'],
      [lines([off, 1]), 'product_not_on_sale'],
      [lines([draft, 1]), 'product_not_on_sale'],
      [lines(['00000000-0000-4000-8000-000000000000', 1]), 'product_not_found'],
      [[{ product_id: 42, qty: 1 }], 'product_not_found'],
      [[], 'lines_required'],
      [null, 'lines_required'],
      [{ product_id: pen.id, qty: 1 }, 'lines_required'],
      [[1, 2], 'invalid_line'],
      [Array.from({ length: 201 }, () => ({ product_id: pen.id, qty: 1 })), 'too_many_lines'],
    ];
    for (const [items, code] of cases) {
      await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: items, p_coupon_code: null }, code);
    }
    const detail = await failsWith(sales, 'price_cart', { p_customer_id: customer, p_lines: lines([pen, 1], [pen, 0]) }, 'invalid_quantity');
    expect(detail.field).toBe('lines[2].qty');
  });

  it('accepts fractional quantities (kg) to 3 decimals and rounds amounts to cents', async () => {
    const cart = await price(sales, lines([pen, '1.333']));
    expect(cart.lines[0]).toMatchObject({ qty: 1.333, subtotal: 3.33 });
  });

  it('is for sales and admins only', async () => {
    for (const role of ['warehouse', 'finance'] as const) {
      await failsWith(await signInAs(role), 'price_cart', { p_customer_id: customer, p_lines: lines([pen, 1]) }, 'not_authorized');
    }
    const { error } = await anonClient().rpc('price_cart', { p_customer_id: customer, p_lines: lines([pen, 1]) });
    expect(error).not.toBeNull();
    expect((await price(admin, lines([pen, 1]))).total).toBe(2.5);
  });
});
