/**
 * Two back-office journeys in a real browser: an admin invites a colleague, who signs up and lands in
 * the back-office with the invited role; and in English, the main screens show no untranslated key
 * and no Chinese in the app's own chrome (menu, page titles, table headers, buttons).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../test/browser.ts';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import { en } from '../i18n/locales/en.ts';
import { inventoryEn } from '../i18n/areas/inventory/en.ts';
import { salesEn } from '../i18n/areas/sales/en.ts';
import { operationsEn } from '../i18n/areas/operations/en.ts';
import { reportsEn } from '../i18n/areas/reports/en.ts';
import { sql } from '../../supabase/tests/helpers.ts';
import { buttonName, poll, signIn } from '../test/ui.ts';
import '../test/stack-info.ts';

const stack = inject('stack');
const RUN = randomUUID().slice(0, 6).toLowerCase();

/** Every translation namespace: a visible "namespace.something" is a key that was never translated. */
const NAMESPACES = [...new Set([en, inventoryEn, salesEn, operationsEn, reportsEn].flatMap((bundle) => Object.keys(bundle)))];
const RAW_KEY = new RegExp(`\\b(${NAMESPACES.join('|')})\\.[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*\\b`);
const CJK = /[\u3400-\u9fff]/;

/** The main screens; '@/list' opens the first record of that list. */
const SCREENS = ['/', '/products', '@/products', '/categories', '/stock/levels', '/stock/batches', '/stock/movements',
  '/stock/receipts', '/stock/transfers', '/warehouses', '/customers', '@/customers', '/orders', '@/orders', '/orders/create',
  '/shipments', '@/shipments', '/payments', '/returns', '@/returns', '/promotions', '/coupons', '/reports/sales',
  '/reports/customers', '/alerts', '/profiles', '/staff-invitations', '/audit-log'];

describe.skipIf(!stack?.appUrl)('administration and languages (browser)', () => {
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

  it('an admin invites a colleague as finance; the colleague signs up and works as finance', async () => {
    const email = `e2e-invitee-${RUN}@demo.local`;
    await signIn(page, stack.appUrl, 'admin');
    await page.goto(`${stack.appUrl}/staff-invitations/create`);
    await page.locator('#email').fill(email);
    await page.locator('#role').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: zhCN.roles.finance }).click();
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await page.waitForURL(/\/staff-invitations$/);
    await page.locator('.ant-table-row', { hasText: email }).waitFor();
    const [invitation] = await sql<{ role: string }>(`select role::text from public.staff_invitations where email = $1`, [email]);
    expect(invitation.role).toBe('finance');

    // The colleague registers on a clean browser session.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${stack.appUrl}/register`);
    await page.getByLabel(zhCN.pages.register.fields.fullName).fill('钱会计');
    await page.getByLabel(zhCN.pages.register.fields.email).fill(email);
    await page.getByLabel(zhCN.pages.register.fields.password, { exact: true }).fill('Invitee@123456');
    await page.getByLabel(zhCN.pages.register.fields.confirmPassword).fill('Invitee@123456');
    await page.locator('form button[type=submit]').click();
    await page.locator('[data-testid=welcome]').waitFor();
    expect(await page.locator('[data-testid=current-user] [data-role]').getAttribute('data-role')).toBe('finance');
    const [profile] = await sql<{ role: string; full_name: string }>(
      `select p.role::text, p.full_name from public.profiles p join auth.users u on u.id = p.id where u.email = $1`, [email]);
    expect(profile).toEqual({ role: 'finance', full_name: '钱会计' });
    // The invitation is used up, and finance's menu offers the reports.
    expect((await sql(`select 1 from public.staff_invitations where email = $1 and accepted_at is null`, [email])).length).toBe(0);
    await page.locator('.ant-layout-sider a[href="/reports"]').waitFor();
  }, 120_000);

  it('in English, the main screens show no untranslated key and no Chinese in their own chrome', async () => {
    await signIn(page, stack.appUrl, 'admin');
    await page.getByRole('radio', { name: 'English' }).click();
    await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const problems: string[] = [];
    for (const screen of SCREENS) {
      let path = screen;
      if (screen.startsWith('@')) {
        await page.goto(`${stack.appUrl}${screen.slice(1)}`);
        const link = page.locator(`.ant-table-row a[href^="${screen.slice(1)}/show/"]`).first();
        await link.waitFor();
        path = (await link.getAttribute('href'))!;
      }
      await page.goto(`${stack.appUrl}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('.ant-layout-content .ant-card, .ant-layout-content .ant-table, .ant-layout-content form').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.ant-layout-content .ant-spin-spinning, .ant-layout-content .ant-skeleton-active'));
      const text = await page.locator('body').innerText();
      const key = text.match(RAW_KEY);
      if (key) problems.push(`${path}: untranslated key ${key[0]}`);
      // The app's own words: menu, list titles, table headers, buttons, form labels, tabs, empty states.
      // (A record's page is titled by the record, e.g. a product's Chinese name.)
      const chromeSelector = ['.ant-layout-sider', '.ant-table-thead', '.ant-btn', '.ant-form-item-label', '.ant-tabs-tab',
        '.ant-empty-description', '.ant-radio-button-wrapper', ...(screen.startsWith('@') ? [] : ['.ant-page-header-heading-title'])];
      const chrome = await page.locator(chromeSelector.join(', ')).allInnerTexts();
      const chinese = chrome.filter((s) => CJK.test(s));
      if (chinese.length) problems.push(`${path}: Chinese in the English UI: ${chinese.slice(0, 3).join(' | ')}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
