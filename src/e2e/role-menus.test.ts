/**
 * Each demo role signs in through the login form and sees exactly its menu; a sales user who
 * deep-links to the staff screen gets the no-permission page. Runs against the production build the
 * global setup serves (inject('stack').appUrl), in Debian's Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import '../test/stack-info.ts';

const PASSWORD = 'Demo@123456';
const MENU = {
  dashboard: { label: zhCN.dashboard.dashboard, href: '/' },
  profiles: { label: zhCN.profiles.profiles, href: '/profiles' },
  staff_invitations: { label: zhCN.staff_invitations.staff_invitations, href: '/staff-invitations' },
};
const EXPECTED_MENUS = {
  admin: [MENU.dashboard, MENU.profiles, MENU.staff_invitations],
  sales: [MENU.dashboard],
  warehouse: [MENU.dashboard],
  finance: [MENU.dashboard],
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

  async function signIn(email: string) {
    // Start signed out and in the default language, whatever the previous test left behind.
    await page.goto(`${stack.appUrl}/login`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${stack.appUrl}/login`);
    await page.getByLabel(zhCN.pages.login.fields.email).fill(email);
    await page.getByLabel(zhCN.pages.login.fields.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('[data-testid=welcome]').waitFor();
  }

  async function menuItems() {
    const items = page.locator('.ant-layout-sider .ant-menu-item');
    await items.first().waitFor();
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
});
