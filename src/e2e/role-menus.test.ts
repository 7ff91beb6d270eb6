/**
 * Each demo role signs in through the login form and sees exactly its menu; a sales user who
 * deep-links to the staff screen gets the no-permission page. Runs against the production build the
 * global setup serves (inject('stack').appUrl), in Debian's Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import { inventoryZhCN as inv } from '../i18n/areas/inventory/zh-CN.ts';
import { salesZhCN as sal } from '../i18n/areas/sales/zh-CN.ts';
import { operationsZhCN as ops } from '../i18n/areas/operations/zh-CN.ts';
import { reportsZhCN as rep } from '../i18n/areas/reports/zh-CN.ts';
import '../test/stack-info.ts';
import { DEMO_PASSWORD, signIn as signInThroughForm } from '../test/ui.ts';

const MENU = {
  dashboard: { label: zhCN.dashboard.dashboard, href: '/' },
  products: { label: inv.products.products, href: '/products' },
  categories: { label: inv.categories.categories, href: '/categories' },
  brands: { label: inv.brands.brands, href: '/brands' },
  stock_levels: { label: inv.stock_levels.stock_levels, href: '/stock/levels' },
  stock_batches: { label: inv.stock_batches.stock_batches, href: '/stock/batches' },
  stock_movements: { label: inv.stock_movements.stock_movements, href: '/stock/movements' },
  stock_receipts: { label: inv.stock_receipts.stock_receipts, href: '/stock/receipts' },
  stocktakes: { label: inv.stocktakes.stocktakes, href: '/stock/stocktakes' },
  transfers: { label: inv.transfers.transfers, href: '/stock/transfers' },
  write_offs: { label: inv.write_offs.write_offs, href: '/stock/write-offs' },
  warehouses: { label: inv.warehouses.warehouses, href: '/warehouses' },
  customers: { label: sal.customers.customers, href: '/customers' },
  sales_orders: { label: sal.sales_orders.sales_orders, href: '/orders' },
  shipments: { label: ops.shipments.shipments, href: '/shipments' },
  payments: { label: ops.payments.payments, href: '/payments' },
  returns: { label: ops.returns.returns, href: '/returns' },
  promotions: { label: ops.promotions.promotions, href: '/promotions' },
  coupons: { label: ops.coupons.coupons, href: '/coupons' },
  reports: { label: rep.reports.reports, href: '/reports' },
  alerts: { label: inv.alerts.alerts, href: '/alerts' },
  profiles: { label: zhCN.profiles.profiles, href: '/profiles' },
  staff_invitations: { label: zhCN.staff_invitations.staff_invitations, href: '/staff-invitations' },
  audit_log: { label: ops.audit_log.audit_log, href: '/audit-log' },
};
const CATALOGUE = [MENU.products, MENU.categories, MENU.brands];
const STOCK_ALL = [MENU.stock_levels, MENU.stock_batches, MENU.stock_movements, MENU.stock_receipts, MENU.stocktakes, MENU.transfers, MENU.write_offs, MENU.warehouses];
/** Each role's menu, in menu order, all groups expanded: exactly the resources it may list (permissions.ts). */
const SALES = [MENU.customers, MENU.sales_orders];
const FULFILMENT = [MENU.shipments, MENU.payments, MENU.returns];
const MARKETING = [MENU.promotions, MENU.coupons];
const EXPECTED_MENUS = {
  admin: [MENU.dashboard, ...CATALOGUE, ...STOCK_ALL, ...SALES, ...FULFILMENT, ...MARKETING, MENU.reports, MENU.alerts, MENU.profiles, MENU.staff_invitations, MENU.audit_log],
  sales: [MENU.dashboard, ...CATALOGUE, MENU.stock_levels, MENU.warehouses, ...SALES, ...FULFILMENT, ...MARKETING, MENU.alerts],
  warehouse: [MENU.dashboard, ...CATALOGUE, ...STOCK_ALL, ...SALES, MENU.shipments, MENU.returns, MENU.alerts],
  finance: [MENU.dashboard, ...CATALOGUE, ...STOCK_ALL, ...SALES, ...FULFILMENT, ...MARKETING, MENU.reports, MENU.alerts],
} as const;
const ALL_GROUPS = [inv.catalogue.catalogue, inv.inventory.inventory, sal.sales.sales, ops.fulfilment.fulfilment, ops.marketing.marketing];
/** The menu groups each role sees (a group shows when the role can list one of its members). */
const GROUPS = {
  admin: ALL_GROUPS,
  sales: ALL_GROUPS,
  warehouse: ALL_GROUPS.slice(0, 4),
  finance: ALL_GROUPS,
} as const;

const stack = inject('stack');

describe.skipIf(!stack?.appUrl)('menus by role (browser)', () => {
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = await browser.newPage();
    page.setDefaultTimeout(20_000);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const signIn = (email: string) => signInThroughForm(page, stack.appUrl, { email, password: DEMO_PASSWORD });

  async function menuItems() {
    const items = page.locator('.ant-layout-sider .ant-menu-item');
    await items.first().waitFor();
    // Open every menu group, so that the items inside are rendered.
    const groups = page.locator('.ant-layout-sider .ant-menu-submenu');
    await groups.first().waitFor();
    for (let i = 0; i < (await groups.count()); i++) {
      const group = groups.nth(i);
      if (!(await group.evaluate((node) => node.classList.contains('ant-menu-submenu-open')))) {
        await group.locator('.ant-menu-submenu-title').click();
      }
    }
    // Menu entries appear as their permission checks resolve; wait until the list stops changing.
    let previous = -1;
    for (let i = 0; i < 20; i++) {
      const count = await items.count();
      if (count === previous) break;
      previous = count;
      await page.waitForTimeout(250);
    }
    return items.evaluateAll((nodes) =>
      nodes.map((node) => ({
        label: node.textContent?.trim() ?? '',
        href: node.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
  }

  for (const role of Object.keys(EXPECTED_MENUS) as (keyof typeof EXPECTED_MENUS)[]) {
    it(`${role} signs in and sees exactly: ${EXPECTED_MENUS[role].map((m) => m.label).join(', ')}`, async () => {
      await signIn(`${role}@demo.local`);
      const roleTag = await page.locator('[data-testid=current-user] [data-role]').getAttribute('data-role');
      expect(roleTag).toBe(role);
      expect(await menuItems()).toEqual(EXPECTED_MENUS[role]);
      const groupTitles = await page.locator('.ant-layout-sider .ant-menu-submenu-title').allTextContents();
      expect(groupTitles.map((title) => title.trim())).toEqual(GROUPS[role]);
    }, 60_000);
  }

  it('a sales user deep-linking to /profiles sees the no-permission page', async () => {
    await signIn('sales@demo.local');
    await page.goto(`${stack.appUrl}/profiles`);
    await page.getByText(zhCN.pages.forbidden.title, { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profiles');
    expect(await page.locator('.ant-result-403').count()).toBe(1);
    // Nothing of the staff screen was rendered, and the menu still offers only the dashboard.
    expect(await page.locator('.ant-table').count()).toBe(0);
    expect(await menuItems()).toEqual(EXPECTED_MENUS.sales);
  }, 60_000);

  it('a sales user deep-linking to a stock-in or a stocktake sees the no-permission page', async () => {
    await signIn('sales@demo.local');
    for (const path of ['/stock/receipts/create', '/stock/stocktakes', '/stock/movements']) {
      await page.goto(`${stack.appUrl}${path}`);
      await page.getByText(zhCN.pages.forbidden.title, { exact: true }).waitFor();
      expect(await page.locator('.ant-result-403').count(), path).toBe(1);
      expect(await page.locator('form, .ant-table').count(), path).toBe(0);
    }
  }, 60_000);
});
