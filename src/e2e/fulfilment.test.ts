/**
 * Fulfilment and finance in a real browser (Debian's Chromium, the production build the global setup
 * serves), each step checking what the user sees and what the database then holds: an order of this
 * run shipped in two shipments prints two delivery notes with exactly their own lines; finance records
 * the full payment; sales requests a return, finance approves it, the warehouse restocks it into the
 * batch it shipped from and finance refunds it; coupon usage on screen equals the redemptions; an admin
 * deactivates a promotion and finds the change, with its diff, in the audit log, which sales may not open.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import { operationsZhCN as ops } from '../i18n/areas/operations/zh-CN.ts';
import { DEMO_USERS, signInAs as apiSignIn, sql } from '../../supabase/tests/helpers.ts';
import { call, makeCustomer, makeProduct, makeWarehouse, stockIn, type TestProduct } from '../../supabase/tests/sales-fixtures.ts';
import '../test/stack-info.ts';
import { buttonName, clickAction as clickDocumentAction, confirmPopover as confirmOpenPopover, poll, signIn as signInAs } from '../test/ui.ts';

const stack = inject('stack');
const RUN = randomUUID().slice(0, 6).toUpperCase();

type Fixture = {
  warehouse: string;
  milk: TestProduct;
  soap: TestProduct;
  milkBatch: string;
  order: string;
  orderNo: string;
  total: number;
  shipments: string[];
  returnId: string;
  promotion: string;
};

describe.skipIf(!stack?.appUrl)('shipments, payments, returns, promotions and the audit log (browser)', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const f = {} as Fixture;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    // Arranged through the same RPCs the screens use, as the roles that own each step: a warehouse, two
    // products in stock, an order of 5 + 3 units confirmed by sales and shipped by the warehouse in two
    // shipments (3 milk + 3 soap, then the last 2 milk).
    f.warehouse = await makeWarehouse('FF');
    const customer = await makeCustomer(`E2E 客户 ${RUN}`);
    f.milk = await makeProduct({ price: '12.50', name: `E2E 牛奶 ${RUN}` });
    f.soap = await makeProduct({ price: '4.00', name: `E2E 香皂 ${RUN}` });
    f.milkBatch = await stockIn(f.milk.id, f.warehouse, 20, '6.00', { batchNo: `M${RUN}`, expiresInDays: 120 });
    await stockIn(f.soap.id, f.warehouse, 20, '1.50', { batchNo: `S${RUN}` });
    const [sales, warehouse] = await Promise.all([apiSignIn('sales'), apiSignIn('warehouse')]);
    const order = await call(sales, 'create_sales_order', {
      p_customer_id: customer,
      p_warehouse_id: f.warehouse,
      p_lines: [
        { product_id: f.milk.id, qty: 5 },
        { product_id: f.soap.id, qty: 3 },
      ],
    });
    f.order = order.id;
    await call(sales, 'confirm_sales_order', { p_order_id: f.order });
    const lines = await sql<{ id: string; product_id: string }>(`select id, product_id from public.sales_order_lines where order_id = $1`, [f.order]);
    const lineOf = (p: TestProduct) => lines.find((l) => l.product_id === p.id)!.id;
    const first = await call(warehouse, 'ship_sales_order', {
      p_order_id: f.order,
      p_lines: [
        { line_id: lineOf(f.milk), qty: 3 },
        { line_id: lineOf(f.soap), qty: 3 },
      ],
      p_carrier: 'SF',
      p_tracking_no: `SF${RUN}01`,
    });
    const second = await call(warehouse, 'ship_sales_order', { p_order_id: f.order, p_carrier: 'YTO', p_tracking_no: `YT${RUN}02` });
    f.shipments = [first.id, second.id];
    const [row] = await sql<{ order_no: string; total_amount: string; status: string }>(
      `select order_no, total_amount, status from public.sales_orders where id = $1`,
      [f.order],
    );
    expect(row.status).toBe('shipped');
    f.orderNo = row.order_no;
    f.total = Number(row.total_amount);
    await Promise.all([sales.auth.signOut(), warehouse.auth.signOut()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const signIn = (role: keyof typeof DEMO_USERS) => signInAs(page, stack.appUrl, role);
  const confirmPopover = () => confirmOpenPopover(page);
  const clickAction = (label: string) => clickDocumentAction(page, label);
  const modalOk = () => page.locator('.ant-modal-footer .ant-btn-primary').filter({ visible: true }).click();
  const status = () => page.locator('.ant-descriptions [data-status]').first().getAttribute('data-status');

  it('each delivery note shows exactly its own shipment’s lines and quantities', async () => {
    await signIn('warehouse');
    for (const id of f.shipments) {
      const expected = await sql<{ sku: string; qty: string }>(
        `select p.sku, sl.qty from public.shipment_lines sl join public.products p on p.id = sl.product_id where sl.shipment_id = $1 order by p.sku`,
        [id],
      );
      const [shipment] = await sql<{ shipment_no: string }>(`select shipment_no from public.shipments where id = $1`, [id]);
      await page.goto(`${stack.appUrl}/shipments/show/${id}/print`);
      await poll(() => page.getByTestId('dn-shipment-no').textContent()).toBe(shipment.shipment_no);
      await expect.poll(() => page.getByTestId('dn-order-no').textContent()).toBe(f.orderNo);
      const lines = page.getByTestId('dn-line');
      await poll(() => lines.count()).toBe(expected.length);
      const shown = await lines.evaluateAll((rows) =>
        rows.map((row) => ({ sku: row.getAttribute('data-sku'), qty: Number(row.getAttribute('data-qty')), text: row.querySelector('[data-testid=dn-qty]')?.textContent })),
      );
      shown.sort((a, b) => String(a.sku).localeCompare(String(b.sku)));
      expect(shown.map(({ sku, qty }) => ({ sku, qty }))).toEqual(expected.map((e) => ({ sku: e.sku, qty: Number(e.qty) })));
      expect(shown.map((s) => s.text)).toEqual(expected.map((e) => String(Number(e.qty))));
      const total = expected.reduce((sum, e) => sum + Number(e.qty), 0);
      expect(await page.getByTestId('dn-total-qty').textContent()).toBe(String(total));
      // The print button and the app chrome disappear on paper.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.ant-layout-sider').first().isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: buttonName(ops.shipments.actions.print) }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    }
    // The first note lists milk and soap, the second only the last 2 milk.
    expect(await sql(`select count(*)::int as n from public.shipment_lines where shipment_id = $1`, [f.shipments[1]])).toEqual([{ n: 1 }]);
  }, 90_000);

  it('finance records the full payment and the order becomes paid', async () => {
    await signIn('finance');
    await page.goto(`${stack.appUrl}/payments/create?order_id=${f.order}`);
    const money = page.getByTestId('order-money');
    await poll(() => money.locator('[data-payment-status]').getAttribute('data-payment-status')).toBe('unpaid');
    // The amount defaults to what is outstanding: the whole order.
    await poll(async () => Number(await page.locator('#amount').inputValue())).toBe(f.total);
    await page.locator('#provider_ref').fill(`E2E${RUN}`);
    await page.getByRole('button', { name: buttonName(ops.payments.actions.record) }).click();

    await page.waitForURL(/\/payments\/show\//);
    const id = page.url().split('/').pop()!;
    const [payment] = await sql<{ order_id: string; amount: string; status: string; method: string; provider_ref: string }>(
      `select order_id, amount, status, method, provider_ref from public.payments where id = $1`,
      [id],
    );
    expect(payment).toEqual({ order_id: f.order, amount: f.total.toFixed(2), status: 'succeeded', method: 'bank_transfer', provider_ref: `E2E${RUN}` });
    const [order] = await sql<{ payment_status: string; paid_amount: string }>(`select payment_status, paid_amount from public.sales_orders where id = $1`, [f.order]);
    expect(order).toEqual({ payment_status: 'paid', paid_amount: f.total.toFixed(2) });
    await poll(() => page.getByTestId('order-money').locator('[data-payment-status]').getAttribute('data-payment-status')).toBe('paid');
    await poll(() => status()).toBe('succeeded');
  }, 90_000);

  it('a return goes requested → approved → received (restocked to its batch) → refunded', async () => {
    const onHand = async () =>
      Number((await sql<{ on_hand: string }>(`select on_hand from public.stock_levels where product_id = $1 and warehouse_id = $2`, [f.milk.id, f.warehouse]))[0].on_hand);
    const batchQty = async () => Number((await sql<{ q: string }>(`select qty_on_hand as q from public.stock_batches where id = $1`, [f.milkBatch]))[0].q);
    const before = { onHand: await onHand(), batch: await batchQty() };

    // Sales files the request from the order.
    await signIn('sales');
    await page.goto(`${stack.appUrl}/returns/create?order_id=${f.order}`);
    const row = page.locator('.ant-table-row', { hasText: f.milk.sku });
    await poll(() => page.getByTestId(`returnable-${f.milk.sku}`).textContent()).toBe('5');
    await row.locator('input').fill('2');
    await page.locator('#reason').fill(`E2E 包装破损 ${RUN}`);
    await poll(() => page.getByTestId('refund-estimate').textContent()).not.toBe('¥0.00');
    await page.getByRole('button', { name: buttonName(ops.returns.actions.submit) }).click();
    await page.waitForURL(/\/returns\/show\//);
    f.returnId = page.url().split('/').pop()!;
    await poll(() => status()).toBe('requested');
    const [requested] = await sql<{ status: string; kind: string; requested_by: string; qty: string; refund_amount: string }>(
      `select r.status, r.kind, r.requested_by, l.qty, r.refund_amount from public.returns r join public.return_lines l on l.return_id = r.id where r.id = $1`,
      [f.returnId],
    );
    expect(requested).toMatchObject({ status: 'requested', kind: 'return', requested_by: DEMO_USERS.sales.id, qty: '2.000' });
    // Sales cannot decide, receive or refund: no such buttons.
    for (const label of [ops.returns.actions.approve, ops.returns.actions.reject, ops.returns.actions.receive, ops.returns.actions.refund]) {
      expect(await page.getByRole('button', { name: buttonName(label) }).count()).toBe(0);
    }

    // Finance decides (approve_return is admin / finance in the SQL).
    await signIn('finance');
    await page.goto(`${stack.appUrl}/returns/show/${f.returnId}`);
    await poll(() => status()).toBe('requested');
    expect(await page.getByRole('button', { name: buttonName(ops.returns.actions.receive) }).count()).toBe(0);
    await clickAction(ops.returns.actions.approve);
    await page.locator('#note').fill('E2E 同意');
    await modalOk();
    await poll(() => status()).toBe('approved');
    expect((await sql(`select status, decision_note from public.returns where id = $1`, [f.returnId]))[0]).toEqual({ status: 'approved', decision_note: 'E2E 同意' });

    // The warehouse receives it back into the batch it shipped from.
    await signIn('warehouse');
    await page.goto(`${stack.appUrl}/returns/show/${f.returnId}`);
    await poll(() => status()).toBe('approved');
    await clickAction(ops.returns.actions.receive);
    await modalOk();
    await poll(() => status()).toBe('received');
    await poll(() => page.locator('[data-disposition]').first().getAttribute('data-disposition')).toBe('restock');
    expect(await onHand()).toBe(before.onHand + 2);
    expect(await batchQty()).toBe(before.batch + 2);
    const batches = await sql<{ batch_id: string; qty: string; disposition: string }>(
      `select b.batch_id, b.qty, b.disposition from public.return_line_batches b join public.return_lines l on l.id = b.return_line_id where l.return_id = $1`,
      [f.returnId],
    );
    expect(batches).toEqual([{ batch_id: f.milkBatch, qty: '2.000', disposition: 'restock' }]);
    expect((await sql(`select status from public.returns where id = $1`, [f.returnId]))[0].status).toBe('received');

    // Finance refunds it: a negative payment on the order's payment.
    await signIn('finance');
    await page.goto(`${stack.appUrl}/returns/show/${f.returnId}`);
    await poll(() => status()).toBe('received');
    await clickAction(ops.returns.actions.refund);
    await confirmPopover();
    await poll(() => status()).toBe('refunded');
    const [ret] = await sql<{ refund_amount: string; refunded_amount: string }>(`select refund_amount, refunded_amount from public.returns where id = $1`, [f.returnId]);
    expect(Number(ret.refund_amount)).toBeGreaterThan(0);
    expect(ret.refunded_amount).toBe(ret.refund_amount);
    const refunds = await sql<{ payment_no: string; amount: string; kind: string }>(`select payment_no, amount, kind from public.payments where return_id = $1`, [f.returnId]);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ kind: 'refund', amount: `-${ret.refund_amount}` });
    const [order] = await sql<{ refunded_amount: string }>(`select refunded_amount from public.sales_orders where id = $1`, [f.order]);
    expect(order.refunded_amount).toBe(ret.refund_amount);
    // On screen: the refunded amount and the refund document.
    await poll(() => page.getByTestId('return-refunded').textContent()).toBe(`¥${Number(ret.refund_amount).toFixed(2)}`);
    await page.getByTestId('return-refunds').getByText(refunds[0].payment_no).waitFor();
    // And on the refund's own page, the order now shows the refunded amount.
    await page.getByTestId('return-refunds').getByText(refunds[0].payment_no).click();
    await page.waitForURL(/\/payments\/show\//);
    await poll(() => page.getByTestId('order-refunded').textContent()).toBe(`¥${Number(ret.refund_amount).toFixed(2)}`);
    await poll(() => page.getByTestId('payment-amount').first().textContent()).toBe(`¥-${Number(ret.refund_amount).toFixed(2)}`);
  }, 150_000);

  it('coupon usage on the list equals the database, and an admin deactivates a promotion', async () => {
    const [promo] = await sql<{ id: string }>(
      `insert into public.promotions (name, kind, percent_off, starts_at) values ($1, 'percent_off', 5, now() - interval '1 day') returning id`,
      [`E2E 全场95折 ${RUN}`],
    );
    f.promotion = promo.id;
    const usage = await sql<{ code: string; used: number; total_limit: number | null; per_customer_limit: number | null }>(
      `select c.code, c.total_limit, c.per_customer_limit,
              (select count(*)::int from public.coupon_redemptions r where r.coupon_id = c.id and r.voided_at is null) as used
         from public.coupons c order by c.created_at desc limit 20`,
    );
    expect(usage.length).toBeGreaterThan(0);

    await signIn('admin');
    await page.goto(`${stack.appUrl}/coupons`);
    for (const coupon of usage) {
      const cell = page.getByTestId(`usage-${coupon.code}`);
      await poll(() => cell.getAttribute('data-used')).toBe(String(coupon.used));
      expect(await cell.textContent()).toContain(`${coupon.used} / ${coupon.total_limit ?? '∞'}`);
      const perCustomer = await page.getByTestId(`per-customer-${coupon.code}`).textContent();
      expect(perCustomer).toBe(coupon.per_customer_limit ? `${coupon.per_customer_limit} 次` : ops.coupons.value.unlimited);
    }

    await page.goto(`${stack.appUrl}/promotions`);
    await page.getByPlaceholder(ops.promotions.filters.search).fill(RUN);
    await page.getByPlaceholder(ops.promotions.filters.search).press('Enter');
    const row = page.locator('.ant-table-row', { hasText: `E2E 全场95折 ${RUN}` });
    await poll(() => row.locator('[data-state]').getAttribute('data-state')).toBe('running');
    await row.getByRole('button', { name: buttonName(ops.promotions.actions.deactivate) }).click();
    await confirmPopover();
    await poll(() => row.locator('[data-state]').getAttribute('data-state')).toBe('inactive');
    expect((await sql(`select active from public.promotions where id = $1`, [f.promotion]))[0].active).toBe(false);
  }, 90_000);

  it('the audit log shows the deactivation with its diff to admins, and is closed to sales', async () => {
    const entries = await sql<{ id: string; changed_by: string; old_active: boolean; new_active: boolean }>(
      `select id, changed_by, (old_data ->> 'active')::boolean as old_active, (new_data ->> 'active')::boolean as new_active
         from public.audit_log where table_name = 'promotions' and row_id = $1 and action = 'update'`,
      [f.promotion],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ changed_by: DEMO_USERS.admin.id, old_active: true, new_active: false });

    await page.goto(
      `${stack.appUrl}/audit-log?filters[0][field]=row_id&filters[0][operator]=eq&filters[0][value]=${f.promotion}&filters[1][field]=action&filters[1][operator]=eq&filters[1][value]=update`,
    );
    const row = page.locator('.ant-table-row', { hasText: `E2E 全场95折 ${RUN}` });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(ops.audit_log.tables.promotions);
    await poll(() => row.getByTestId('changed-keys').textContent()).toContain('active');
    await row.locator('.ant-table-row-expand-icon').click();
    const key = page.getByTestId('audit-diff').getByTestId('diff-key-active');
    await poll(() => key.getAttribute('data-change')).toBe('changed');
    const diffRow = page.getByTestId('audit-diff').locator('tbody tr', { has: page.getByTestId('diff-key-active') });
    expect(await diffRow.locator('td').nth(1).textContent()).toBe('true');
    expect(await diffRow.locator('td').nth(2).textContent()).toBe('false');
    expect(await page.getByTestId('audit-diff').getByTestId('diff-key-name').getAttribute('data-change')).toBe('same');

    await signIn('sales');
    await page.goto(`${stack.appUrl}/audit-log`);
    await page.getByText(zhCN.pages.forbidden.title, { exact: true }).waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
  }, 90_000);
});
