/**
 * The catalogue, stock and alert screens in a real browser (Debian's Chromium, the production build the
 * global setup serves), each test checking what the user sees and what the database then holds:
 * stock-in raises the level, a stocktake posts an adjustment, a transfer goes draft → in transit →
 * received, the alert badge counts and acknowledging works, an admin creates a product (with the
 * database's refusals shown on the fields), and sales sees no costs and no stock-moving buttons.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import { inventoryZhCN as inv } from '../i18n/areas/inventory/zh-CN.ts';
import { asUser, DEMO_USERS, sql } from '../../supabase/tests/helpers.ts';
import '../test/stack-info.ts';
import { buttonName, clickAction as clickDocumentAction, confirmPopover as confirmOpenPopover, pick as pickOption, poll, signIn as signInAs } from '../test/ui.ts';

const stack = inject('stack');
const RUN = randomUUID().slice(0, 6).toUpperCase();

type Fixture = { wA: string; wB: string; nameA: string; nameB: string; plain: string; plainSku: string; tracked: string; trackedSku: string };

describe.skipIf(!stack?.appUrl)('catalogue, stock and alerts (browser)', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const f = {} as Fixture;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    // Arranged as postgres: two warehouses and two products of this run.
    f.nameA = `E2E 甲仓 ${RUN}`;
    f.nameB = `E2E 乙仓 ${RUN}`;
    const [a, b] = await sql<{ id: string }>(
      `insert into public.warehouses (code, name) values ($1, $2), ($3, $4) returning id`,
      [`A${RUN}`, f.nameA, `B${RUN}`, f.nameB],
    );
    f.wA = a.id;
    f.wB = b.id;
    f.plainSku = `E2E-WATER-${RUN}`;
    f.trackedSku = `E2E-MILK-${RUN}`;
    const [plain, tracked] = await sql<{ id: string }>(
      `insert into public.products (sku, name, unit, list_price, status, safety_stock, shelf_life_days, track_batches) values
         ($1, $2, '箱', 36, 'on_sale', 5, 720, false),
         ($3, $4, '箱', 65, 'on_sale', 0, 180, true)
       returning id`,
      [f.plainSku, `测试矿泉水 ${RUN}`, f.trackedSku, `测试纯牛奶 ${RUN}`],
    );
    f.plain = plain.id;
    f.tracked = tracked.id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const signIn = (role: keyof typeof DEMO_USERS) => signInAs(page, stack.appUrl, role);
  const pick = (select: Locator, search: string, text = search) => pickOption(page, select, search, text);

  const onHand = async (product: string, warehouse: string) =>
    Number((await sql<{ on_hand: string }>(`select on_hand from public.stock_levels where product_id = $1 and warehouse_id = $2`, [product, warehouse]))[0]?.on_hand ?? 0);

  const confirmPopover = () => confirmOpenPopover(page);
  const clickAction = (label: string) => clickDocumentAction(page, label);

  it('a warehouse keeper receives stock and sees the level rise', async () => {
    await signIn('warehouse');
    const levelUrl = `${stack.appUrl}/stock/levels?filters[0][field]=product_id&filters[0][operator]=eq&filters[0][value]=${f.plain}`;
    await page.goto(levelUrl);
    await page.getByText(inv.stock_levels.empty.noMatch).waitFor();

    await page.goto(`${stack.appUrl}/stock/receipts/create`);
    await pick(page.locator('#warehouse_id'), f.nameA);
    await page.locator('#supplier').fill('E2E 供应商');
    await pick(page.locator('#lines_0_product_id'), f.plainSku);
    await page.locator('#lines_0_qty').fill('12');
    await page.locator('#lines_0_unit_cost').fill('24.5');
    // The expiry was filled from the 720-day shelf life as soon as the product was picked.
    await poll(() => page.locator('#lines_0_expiry_date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('button', { name: new RegExp(inv.stock_receipts.actions.post) }).click();

    await page.waitForURL(/\/stock\/receipts\/show\//);
    const title = page.locator('.ant-page-header-heading-title');
    await poll(() => title.textContent()).toMatch(/^SI-\d{8}-\d{4}$/);
    const receiptNo = (await title.textContent())!.trim();
    await page.locator('.ant-table-row', { hasText: f.plainSku }).waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(1);

    // The database: the receipt, its line, and the balance (= ledger) rose by 12.
    const [receipt] = await sql<{ id: string; supplier: string }>(`select id, supplier from public.stock_receipts where receipt_no = $1`, [receiptNo]);
    expect(receipt.supplier).toBe('E2E 供应商');
    expect(await onHand(f.plain, f.wA)).toBe(12);
    const [ledger] = await sql<{ qty: string }>(`select sum(qty) as qty from public.stock_movements where source_id = $1`, [receipt.id]);
    expect(Number(ledger.qty)).toBe(12);

    // And the screen: the stock level of that product now shows 12 available.
    await page.goto(levelUrl);
    const row = page.locator('.ant-table-row', { hasText: f.nameA });
    await poll(() => row.locator('[data-testid=level-available]').textContent()).toContain('12');
  }, 90_000);

  it('a stocktake posts the difference as an adjustment with its reason', async () => {
    await signIn('warehouse');
    await page.goto(`${stack.appUrl}/stock/stocktakes/create`);
    await pick(page.locator('#warehouse_id'), f.nameA);
    await page.locator('#reason').fill('E2E 月度盘点');
    const count = page.getByTestId(`count-${f.plainSku}`);
    await count.fill('10');
    await poll(() => page.getByTestId(`diff-${f.plainSku}`).textContent()).toBe('−2');
    await page.getByRole('button', { name: buttonName(inv.stocktakes.actions.post) }).click();
    // The confirm dialog's own button (a warning dialog has none by that name), then the posted document: on a
    // loaded CI machine (every test file at once) posting and the redirect once took longer than 20 s.
    await page.locator('.ant-modal-confirm-btns').getByRole('button', { name: buttonName(inv.stocktakes.actions.post) }).click();

    await page.waitForURL(/\/stock\/stocktakes\/show\//, { timeout: 45_000 });
    await poll(() => page.getByTestId('posted-change').first().textContent()).toContain('−2');
    const title = page.locator('.ant-page-header-heading-title');
    await poll(() => title.textContent()).toMatch(/^ST-\d{8}-\d{4}$/);
    const no = (await title.textContent())!.trim();

    const [doc] = await sql<{ kind: string; reason: string; system_qty: string; counted_qty: string; qty_change: string }>(
      `select a.kind, a.reason, l.system_qty, l.counted_qty, l.qty_change
         from public.stock_adjustments a join public.stock_adjustment_lines l on l.adjustment_id = a.id
        where a.adjustment_no = $1`,
      [no],
    );
    expect(doc).toMatchObject({ kind: 'stocktake', reason: 'E2E 月度盘点', system_qty: '12.000', counted_qty: '10.000', qty_change: '-2.000' });
    expect(await onHand(f.plain, f.wA)).toBe(10);
  }, 90_000);

  it('a transfer goes draft → in transit → received', async () => {
    await signIn('warehouse');
    await page.goto(`${stack.appUrl}/stock/transfers/create`);
    await pick(page.locator('#from_warehouse_id'), f.nameA);
    await pick(page.locator('#to_warehouse_id'), f.nameB);
    await pick(page.locator('#lines_0_product_id'), f.plainSku);
    await page.locator('#lines_0_qty').fill('4');
    await page.getByRole('button', { name: new RegExp(inv.transfers.actions.create) }).click();

    await page.waitForURL(/\/stock\/transfers\/show\//);
    const id = page.url().split('/').pop()!;
    const status = () => page.locator('.ant-descriptions [data-status]').getAttribute('data-status');
    await poll(status).toBe('draft');
    expect(await onHand(f.plain, f.wA)).toBe(10); // a draft moves nothing

    await clickAction(inv.transfers.actions.dispatch);
    await confirmPopover();
    await poll(status).toBe('in_transit');
    expect((await sql(`select status from public.stock_transfers where id = $1`, [id]))[0].status).toBe('in_transit');
    expect(await onHand(f.plain, f.wA)).toBe(6);
    const transit = await sql<{ qty: string }>(`select qty from public.stock_in_transit where transfer_id = $1`, [id]);
    expect(transit.map((r) => Number(r.qty))).toEqual([4]);

    await clickAction(inv.transfers.actions.receive);
    await confirmPopover();
    await poll(status).toBe('received');
    expect((await sql(`select status from public.stock_transfers where id = $1`, [id]))[0].status).toBe('received');
    expect(await onHand(f.plain, f.wB)).toBe(4);
    expect(await sql(`select 1 from public.stock_in_transit where transfer_id = $1`, [id])).toEqual([]);
  }, 90_000);

  it('the alert badge counts open alerts, and acknowledging one updates both', async () => {
    // Warehouse B holds 4 of a product whose safety stock is 5: a low-stock alert is open.
    const [alert] = await sql<{ id: string }>(
      `select id from public.alerts where kind = 'low_stock' and product_id = $1 and warehouse_id = $2 and status = 'open'`,
      [f.plain, f.wB],
    );
    expect(alert).toBeDefined();
    const openCount = async () => Number((await sql<{ n: string }>(`select count(*) as n from public.alerts where status = 'open'`))[0].n);
    const before = await openCount();

    await signIn('warehouse');
    const badge = page.getByTestId('alert-badge');
    await poll(() => badge.getAttribute('data-count')).toBe(String(before));
    await badge.getByRole('button').click();
    await page.waitForURL(/\/alerts/);

    const row = page.locator('.ant-table-row', { hasText: f.nameB }).filter({ hasText: f.plainSku });
    await poll(() => row.getByTestId('alert-details').textContent()).toContain('可用 4 箱');
    await row.getByRole('button', { name: buttonName(inv.alerts.actions.acknowledge) }).click();
    await confirmPopover();
    await poll(() => row.locator('[data-status]').last().getAttribute('data-status')).toBe('acknowledged');

    const [after] = await sql<{ status: string; acknowledged_by: string }>(`select status, acknowledged_by from public.alerts where id = $1`, [alert.id]);
    expect(after).toEqual({ status: 'acknowledged', acknowledged_by: DEMO_USERS.warehouse.id });
    expect(await openCount()).toBe(before - 1);
    await poll(() => badge.getAttribute('data-count')).toBe(String(before - 1));
  }, 90_000);

  it('an admin creates a product; bad values are refused on their fields', async () => {
    await signIn('admin');
    await page.goto(`${stack.appUrl}/products/create`);
    const sku = `E2E-NEW-${RUN}`;
    // A SKU that exists already: the database refuses it, the message lands on the SKU field.
    await page.locator('#sku').fill(f.plainSku);
    await page.locator('#name').fill(`测试新品 ${RUN}`);
    await page.locator('#list_price').fill('9.999');
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await page.locator('#list_price_help').getByText(inv.validation.decimals.replace('{{digits}}', '2')).waitFor();
    await page.locator('#list_price').fill('12.5');
    await page.locator('.product-form label', { hasText: inv.products.status.on_sale }).click();
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await page.locator('#sku_help').getByText(zhCN.errors.codes.sku_exists).waitFor();
    expect(page.url()).toMatch(/\/products\/create$/);

    await page.locator('#sku').fill(sku);
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await page.waitForURL(/\/products\/show\//);
    await page.locator('.ant-page-header-heading-title', { hasText: `测试新品 ${RUN}` }).waitFor();

    const [row] = await sql<{ name: string; list_price: string; status: string; unit: string }>(
      `select name, list_price, status, unit from public.products where sku = $1`,
      [sku],
    );
    expect(row).toEqual({ name: `测试新品 ${RUN}`, list_price: '12.5', status: 'on_sale', unit: '件' });
  }, 90_000);

  it('sales sees no costs and no stock-moving buttons; an admin sees the costs', async () => {
    // Give the batch-tracked product a batch, received by the keeper through the RPC.
    await asUser(
      'warehouse',
      (c) =>
        c.query(`select public.receive_stock($1, $2::jsonb, 'E2E', null)`, [
          f.wA,
          JSON.stringify([{ product_id: f.tracked, qty: 3, unit_cost: 48.5, batch_no: `B${RUN}`, expiry_date: '2099-01-01' }]),
        ]),
      { commit: true },
    );
    expect(await onHand(f.tracked, f.wA)).toBe(3);

    await signIn('sales');
    await page.goto(`${stack.appUrl}/products/show/${f.tracked}`);
    await page.getByRole('tab', { name: inv.products.tabs.stock }).waitFor();
    await page.locator('.ant-table-row', { hasText: f.nameA }).waitFor();
    const text = await page.locator('main').innerText();
    for (const hidden of [inv.stock_batches.fields.unit_cost, inv.stock_batches.fields.stock_value, '48.5']) expect(text).not.toContain(hidden);
    expect(await page.getByRole('tab', { name: inv.products.tabs.batches }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: inv.products.tabs.movements }).count()).toBe(0);
    for (const name of ['编辑', inv.products.actions.setSafety]) expect(await page.getByRole('button', { name: buttonName(name) }).count()).toBe(0);

    await page.goto(`${stack.appUrl}/stock/levels`);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: buttonName('新建') }).count()).toBe(0);
    expect(await page.locator('.ant-layout-sider').getByText(inv.stock_receipts.stock_receipts).count()).toBe(0);
    await page.goto(`${stack.appUrl}/alerts`);
    await page.locator('.ant-table').waitFor();
    expect(await page.getByRole('button', { name: buttonName(inv.alerts.actions.acknowledge) }).count()).toBe(0);
    await page.goto(`${stack.appUrl}/stock/transfers`);
    await page.getByText(zhCN.pages.forbidden.title, { exact: true }).waitFor();

    // The same page for an admin shows the batch with its cost (read through batch_costs()).
    await signIn('admin');
    await page.goto(`${stack.appUrl}/products/show/${f.tracked}`);
    await page.getByRole('tab', { name: inv.products.tabs.batches }).click();
    const batchRow = page.locator('.ant-tabs-tabpane-active .ant-table-row', { hasText: `B${RUN}` });
    await poll(() => batchRow.textContent()).toContain('¥48.50');
    expect(await page.locator('.ant-tabs-tabpane-active').innerText()).toContain(inv.stock_batches.fields.unit_cost);
  }, 120_000);
});
