/**
 * Customers and sales orders in a real browser (Debian's Chromium, the production build the global
 * setup serves), each test checking what the user sees and what the database then holds: a salesperson
 * creates a customer and enters an order with a coupon (the live preview equals the stored totals) and
 * confirms it (stock reserved); too large a quantity is refused on its line with nothing reserved; a
 * warehouse keeper ships the order in two parts; each role sees only its own buttons and no costs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { salesZhCN as s } from '../i18n/areas/sales/zh-CN.ts';
import { asUser, DEMO_USERS, sql } from '../../supabase/tests/helpers.ts';
import '../test/stack-info.ts';
import { buttonName, pick as pickOption, poll, signIn as signInAs } from '../test/ui.ts';

const stack = inject('stack');
const RUN = randomUUID().slice(0, 6).toUpperCase();

type Fixture = {
  warehouse: string;
  warehouseName: string;
  p1: string;
  p1Sku: string;
  p1Barcode: string;
  p2: string;
  p2Sku: string;
  coupon: string;
  customer: string;
  customerName: string;
  order: string;
  orderNo: string;
  draft: string;
};

const money = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

describe.skipIf(!stack?.appUrl)('customers and sales orders (browser)', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const f = {} as Fixture;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    // Arranged as postgres: a warehouse, two products on sale, a coupon; stock received by the keeper.
    f.warehouseName = `E2E 销售仓 ${RUN}`;
    const [w] = await sql<{ id: string }>(`insert into public.warehouses (code, name) values ($1, $2) returning id`, [`S${RUN}`, f.warehouseName]);
    f.warehouse = w.id;
    f.p1Sku = `E2E-TEA-${RUN}`;
    f.p2Sku = `E2E-CUP-${RUN}`;
    f.p1Barcode = `69${parseInt(RUN, 16).toString().padStart(11, '0')}`;
    const [p1, p2] = await sql<{ id: string }>(
      `insert into public.products (sku, barcode, name, unit, list_price, status) values
         ($1, $2, $3, '盒', 50, 'on_sale'),
         ($4, null, $5, '个', 30, 'on_sale')
       returning id`,
      [f.p1Sku, f.p1Barcode, `测试乌龙茶 ${RUN}`, f.p2Sku, `测试茶杯 ${RUN}`],
    );
    f.p1 = p1.id;
    f.p2 = p2.id;
    await asUser(
      'warehouse',
      (c) =>
        c.query(`select public.receive_stock($1, $2::jsonb, 'E2E', null)`, [
          f.warehouse,
          JSON.stringify([
            { product_id: f.p1, qty: 10, unit_cost: 20 },
            { product_id: f.p2, qty: 10, unit_cost: 12.5 },
          ]),
        ]),
      { commit: true },
    );
    f.coupon = `E2E${RUN}`;
    await sql(`insert into public.coupons (code, name, kind, amount_off, min_spend) values ($1, $2, 'amount', 15, 50)`, [f.coupon, `E2E 立减15 ${RUN}`]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const signIn = (role: keyof typeof DEMO_USERS) => signInAs(page, stack.appUrl, role);
  const pick = (select: Locator, search: string, text = search) => pickOption(page, select, search, text);
  const level = async (product: string) =>
    (await sql<{ on_hand: string; reserved: string }>(`select on_hand, reserved from public.stock_levels where product_id = $1 and warehouse_id = $2`, [product, f.warehouse]))[0];
  const status = () => page.locator('[data-testid=order-status] [data-status]').getAttribute('data-status');

  it('a salesperson creates a customer, enters an order with a coupon and confirms it', async () => {
    await signIn('sales');
    await page.goto(`${stack.appUrl}/customers/create`);
    f.customerName = `E2E 客户 ${RUN}`;
    await page.locator('#name').fill(f.customerName);
    await page.locator('#phone').fill('138 0000 1234');
    await page.getByRole('button', { name: buttonName(s.customers.actions.addAddress) }).click();
    await page.locator('#addresses_0_recipient').fill('测试收货人');
    await page.locator('#addresses_0_phone').fill('13800001234');
    await page.locator('#addresses_0_address_line').fill('文三路 100 号');
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await page.waitForURL(/\/customers\/show\//);
    f.customer = page.url().split('/').pop()!;
    const [customer] = await sql<{ name: string; phone: string; created_by: string }>(`select name, phone, created_by from public.customers where id = $1`, [f.customer]);
    expect(customer).toEqual({ name: f.customerName, phone: '138 0000 1234', created_by: DEMO_USERS.sales.id });
    const addresses = await sql<{ recipient: string; is_default: boolean }>(`select recipient, is_default from public.customer_addresses where customer_id = $1`, [f.customer]);
    expect(addresses).toEqual([{ recipient: '测试收货人', is_default: true }]);

    // From the customer's page to a new order for them.
    await page.getByRole('button', { name: buttonName(s.customers.actions.newOrder) }).click();
    await page.waitForURL(/\/orders\/create\?customer_id=/);
    await page.locator('.ant-select-selection-item', { hasText: f.customerName }).waitFor();
    await pick(page.locator('#warehouse_id'), f.warehouseName);
    // Scanning the barcode twice: one line, quantity 2.
    const scan = page.getByPlaceholder(s.sales_orders.actions.scanPlaceholder);
    await scan.fill(f.p1Barcode);
    await scan.press('Enter');
    await poll(() => page.locator('#lines_0_qty').inputValue()).toBe('1');
    await scan.fill(f.p1Barcode);
    await scan.press('Enter');
    await poll(() => page.locator('#lines_0_qty').inputValue()).toBe('2');
    await poll(() => page.getByTestId('available-0').textContent()).toContain('10');
    await page.getByRole('button', { name: buttonName(s.sales_orders.actions.addLine) }).click();
    await pick(page.locator('#lines_1_product_id'), f.p2Sku);
    await page.locator('#lines_1_qty').fill('3');
    await page.locator('#coupon_code').fill(f.coupon.toLowerCase());
    // The live preview: the database's prices with the coupon.
    const preview = page.getByTestId('price-preview');
    await poll(() => page.getByTestId('preview-coupon').textContent()).toBe('−¥15.00');
    await poll(() => preview.getAttribute('data-stale')).toBe('false');
    await poll(async () => money(await page.getByTestId('preview-subtotal').textContent())).toBe(190);
    const shownTotal = money(await page.getByTestId('preview-total').textContent());
    const shownPromotion = money(await page.getByTestId('preview-promotion').textContent());
    expect(shownTotal).toBeCloseTo(190 - shownPromotion - 15, 2);

    await page.getByRole('button', { name: buttonName(s.sales_orders.actions.saveAndConfirm) }).click();
    await page.waitForURL(/\/orders\/show\//);
    f.order = page.url().split('/').pop()!;
    await poll(status).toBe('confirmed');
    await poll(async () => money(await page.getByTestId('order-total').textContent())).toBe(shownTotal);

    const [order] = await sql<{ order_no: string; status: string; customer_id: string; subtotal: string; coupon_discount: string; promotion_discount: string; total_amount: string; ship_to: { recipient: string } }>(
      `select order_no, status, customer_id, subtotal, coupon_discount, promotion_discount, total_amount, ship_to from public.sales_orders where id = $1`,
      [f.order],
    );
    f.orderNo = order.order_no;
    expect(order).toMatchObject({ status: 'confirmed', customer_id: f.customer, subtotal: '190.00', coupon_discount: '15.00' });
    expect(Number(order.total_amount)).toBe(shownTotal);
    expect(Number(order.promotion_discount)).toBe(shownPromotion);
    expect(order.ship_to.recipient).toBe('测试收货人');
    expect(await level(f.p1)).toEqual({ on_hand: '10.000', reserved: '2.000' });
    expect(await level(f.p2)).toEqual({ on_hand: '10.000', reserved: '3.000' });
  }, 150_000);

  it('too large a quantity is refused on its line when confirming, and nothing is reserved', async () => {
    await signIn('sales');
    await page.goto(`${stack.appUrl}/orders/create?customer_id=${f.customer}`);
    await page.locator('.ant-select-selection-item', { hasText: f.customerName }).waitFor();
    await pick(page.locator('#warehouse_id'), f.warehouseName);
    await pick(page.locator('#lines_0_product_id'), f.p2Sku);
    await page.locator('#lines_0_qty').fill('1');
    await page.getByRole('button', { name: buttonName(s.sales_orders.actions.addLine) }).click();
    await pick(page.locator('#lines_1_product_id'), f.p1Sku);
    await page.locator('#lines_1_qty').fill('50');
    // 8 of the tea are available (2 are reserved for the first order).
    await poll(() => page.getByTestId('available-1').textContent()).toContain('8');
    await page.getByRole('button', { name: buttonName(s.sales_orders.actions.saveAndConfirm) }).click();

    const message = s.sales_orders.errors.insufficientStock.replace('{{available}}', '8').replace('{{requested}}', '50');
    const rows = page.locator('.lines-table .ant-table-row');
    await rows.nth(1).getByText(message).waitFor();
    expect(await rows.nth(0).getByText(message).count()).toBe(0);
    expect(page.url()).toMatch(/\/orders\/create/);
    // Save and confirm is one transaction: nothing was saved, nothing reserved.
    const ordersOf = () => sql<{ id: string; status: string }>(`select id, status from public.sales_orders where customer_id = $1 order by created_at`, [f.customer]);
    expect((await ordersOf()).map((o) => o.status)).toEqual(['confirmed']);
    expect(await page.getByTestId('draft-saved').count()).toBe(0);
    expect(await level(f.p1)).toEqual({ on_hand: '10.000', reserved: '2.000' });
    expect(await level(f.p2)).toEqual({ on_hand: '10.000', reserved: '3.000' });

    // Kept as a draft instead (a draft reserves nothing) until the goods come in.
    await page.getByRole('button', { name: buttonName(s.sales_orders.actions.saveDraft) }).click();
    await page.waitForURL(/\/orders\/show\//);
    await poll(async () => (await ordersOf()).map((o) => o.status)).toEqual(['confirmed', 'draft']);
    f.draft = (await ordersOf())[1].id;
    expect(await level(f.p1)).toEqual({ on_hand: '10.000', reserved: '2.000' });
  }, 120_000);

  it('a warehouse keeper ships the order in two parts', async () => {
    await signIn('warehouse');
    await page.goto(`${stack.appUrl}/orders/show/${f.order}`);
    await poll(status).toBe('confirmed');
    const dialog = page.locator('.ant-modal:visible');
    const header = page.locator('.ant-page-header-heading-extra');
    // The dialog closes once the shipment is saved and the order refetched; if the database refused it,
    // fail with the message the user sees instead of a bare timeout.
    const dialogClosed = async () => {
      const closed = page.locator('.ant-modal-wrap:visible').waitFor({ state: 'detached', timeout: 45_000 }).then(() => null);
      const refused = page.locator('.ant-notification-notice-error').first().waitFor({ timeout: 45_000 }).then(async () =>
        page.locator('.ant-notification-notice-error').first().innerText());
      const error = await Promise.race([closed, refused.catch(() => new Promise<never>(() => {}))]);
      expect(error, 'the shipment was refused').toBeNull();
    };
    const shipRow = (sku: string) => dialog.locator('.ant-table-row', { hasText: sku }).locator('input');

    // First part: all of the tea, none of the cups.
    await page.waitForLoadState('networkidle');
    await header.getByRole('button', { name: buttonName(s.sales_orders.actions.ship) }).click();
    await poll(() => shipRow(f.p1Sku).inputValue()).toBe('2');
    await poll(() => shipRow(f.p2Sku).inputValue()).toBe('3');
    await shipRow(f.p2Sku).fill('0');
    await pick(dialog.locator('#carrier'), '顺丰');
    await dialog.locator('#tracking_no').fill(`SF${RUN}01`);
    await dialog.getByRole('button', { name: buttonName(s.sales_orders.actions.ship) }).click();
    await dialogClosed();
    await poll(status).toBe('partially_shipped');
    await poll(() => page.getByTestId('shipped-1').textContent()).toBe('2');
    expect(await page.getByTestId('shipped-2').textContent()).toBe('0');
    await page.getByTestId('order-shipments').locator('.ant-table-row').first().waitFor();
    let lines = await sql<{ line_no: number; shipped_qty: string; reserved_qty: string }>(
      `select line_no, shipped_qty, reserved_qty from public.sales_order_lines where order_id = $1 order by line_no`,
      [f.order],
    );
    expect(lines).toEqual([
      { line_no: 1, shipped_qty: '2.000', reserved_qty: '0.000' },
      { line_no: 2, shipped_qty: '0.000', reserved_qty: '3.000' },
    ]);
    let shipments = await sql<{ carrier_code: string; tracking_no: string; qty: string }>(
      `select s.carrier_code, s.tracking_no, sum(l.qty) as qty from public.shipments s join public.shipment_lines l on l.shipment_id = s.id
        where s.order_id = $1 group by s.id order by s.shipped_at`,
      [f.order],
    );
    expect(shipments).toEqual([{ carrier_code: 'SF', tracking_no: `SF${RUN}01`, qty: '2.000' }]);

    // The rest: the dialog now offers only the cups.
    await page.waitForLoadState('networkidle');
    await header.getByRole('button', { name: buttonName(s.sales_orders.actions.ship) }).click();
    await poll(() => shipRow(f.p2Sku).inputValue()).toBe('3');
    expect(await dialog.locator('.ant-table-row', { hasText: f.p1Sku }).count()).toBe(0);
    await pick(dialog.locator('#carrier'), '中通');
    await dialog.locator('#tracking_no').fill(`ZTO${RUN}02`);
    await dialog.getByRole('button', { name: buttonName(s.sales_orders.actions.ship) }).click();
    await dialogClosed();
    await poll(status).toBe('shipped');
    await poll(() => page.getByTestId('shipped-2').textContent()).toBe('3');
    await poll(() => page.getByTestId('order-shipments').locator('.ant-table-row').count()).toBe(2);
    expect(await page.getByRole('button', { name: buttonName(s.sales_orders.actions.ship) }).count()).toBe(0);

    lines = await sql(`select line_no, shipped_qty, reserved_qty from public.sales_order_lines where order_id = $1 order by line_no`, [f.order]);
    expect(lines).toEqual([
      { line_no: 1, shipped_qty: '2.000', reserved_qty: '0.000' },
      { line_no: 2, shipped_qty: '3.000', reserved_qty: '0.000' },
    ]);
    shipments = await sql(
      `select s.carrier_code, s.tracking_no, sum(l.qty) as qty from public.shipments s join public.shipment_lines l on l.shipment_id = s.id
        where s.order_id = $1 group by s.id order by s.shipped_at`,
      [f.order],
    );
    expect(shipments).toEqual([
      { carrier_code: 'SF', tracking_no: `SF${RUN}01`, qty: '2.000' },
      { carrier_code: 'ZTO', tracking_no: `ZTO${RUN}02`, qty: '3.000' },
    ]);
    expect((await sql(`select status from public.sales_orders where id = $1`, [f.order]))[0].status).toBe('shipped');
    expect(await level(f.p1)).toEqual({ on_hand: '8.000', reserved: '0.000' });
    expect(await level(f.p2)).toEqual({ on_hand: '7.000', reserved: '0.000' });
  }, 150_000);

  it('sales sees no ship button and no cost; the warehouse sees no confirm, cancel or new order', async () => {
    await signIn('sales');
    await page.goto(`${stack.appUrl}/orders/show/${f.draft}`);
    await poll(status).toBe('draft');
    await page.getByTestId('order-lines').locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: buttonName(s.sales_orders.actions.confirm) }).count()).toBe(1);
    expect(await page.getByRole('button', { name: buttonName(s.sales_orders.actions.cancel) }).count()).toBe(1);
    await page.goto(`${stack.appUrl}/orders/show/${f.order}`);
    await poll(status).toBe('shipped');
    await page.getByTestId('order-lines').locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: buttonName(s.sales_orders.actions.ship) }).count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(s.sales_orders.fields.cogs);
    expect(await page.getByRole('button', { name: buttonName(s.sales_orders.actions.requestReturn) }).count()).toBe(1);

    await signIn('warehouse');
    await page.goto(`${stack.appUrl}/orders/show/${f.draft}`);
    await poll(status).toBe('draft');
    await page.getByTestId('order-lines').locator('.ant-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of [s.sales_orders.actions.confirm, s.sales_orders.actions.cancel, s.sales_orders.actions.ship, s.sales_orders.actions.recordPayment]) {
      expect(await page.getByRole('button', { name: buttonName(name) }).count(), name).toBe(0);
    }
    await page.goto(`${stack.appUrl}/orders`);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: buttonName('新建') }).count()).toBe(0);

    // An admin sees the cost of goods of the shipped order.
    await signIn('admin');
    await page.goto(`${stack.appUrl}/orders/show/${f.order}`);
    await poll(status).toBe('shipped');
    await poll(() => page.getByTestId('order-lines').innerText()).toContain(s.sales_orders.fields.cogs);
    await poll(() => page.getByTestId('order-lines').innerText()).toContain('¥40.00');
  }, 150_000);
});
