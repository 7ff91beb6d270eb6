/**
 * npm run screenshots — signs in to a running app as the demo admin and saves
 * public/screenshots/login.png (1366×768, zh-CN), then every main screen in zh-CN (<screen>.png) and
 * English (<screen>-en.png).
 * The demo seed (supabase/seed.sql) gives every screen data; run it against npm start.
 *
 *   APP_URL   the running SPA (default http://127.0.0.1:5173, i.e. `npm start`). Vite's dev server compiles
 *             each page on first visit, which can outlast the wait on a busy machine; a production build
 *             served by `vite preview` against the same stack gives steadier pictures.
 *   SCREENSHOT_EMAIL / SCREENSHOT_PASSWORD   another account (default the seed's admin)
 *   SCREENSHOT_ONLY   comma-separated screen names to retake (default all)
 *   SCREENSHOT_FULL_PAGE=1   the whole page, not the first 768 px (to check what lies below, not for the docs)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'public/screenshots');
const APP_URL = (process.env.APP_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const EMAIL = process.env.SCREENSHOT_EMAIL ?? 'admin@demo.local';
const PASSWORD = process.env.SCREENSHOT_PASSWORD ?? 'Demo@123456';
const ONLY = (process.env.SCREENSHOT_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean);
const FULL_PAGE = process.env.SCREENSHOT_FULL_PAGE === '1';

/**
 * Screen name → path. A path starting with '@' is a list whose first record's page is shown:
 * '@/products' opens the first product, '@/shipments|/print' the delivery note of the first shipment.
 */
const SCREENS: [string, string][] = [
  ['dashboard', '/'],
  ['products', '/products'],
  ['product', '@/products'],
  ['categories', '/categories'],
  ['stock-levels', '/stock/levels'],
  ['stock-batches', '/stock/batches'],
  ['stock-movements', '/stock/movements'],
  ['stock-receipt-new', '/stock/receipts/create'],
  ['transfers', '/stock/transfers'],
  ['customers', '/customers'],
  ['customer', '@/customers'],
  ['orders', '/orders'],
  ['order', '@/orders'],
  ['order-new', '/orders/create'],
  ['shipments', '/shipments'],
  ['delivery-note', '@/shipments|/print'],
  ['payments', '/payments'],
  ['returns', '/returns'],
  ['return', '@/returns'],
  ['promotions', '/promotions'],
  ['coupons', '/coupons'],
  ['reports', '/reports/sales'],
  ['reports-top-customers', '/reports/sales?granularity=month&dimension=customer&keys=10'],
  ['reports-expiry', '/reports/expiry?days=365&size=20'],
  ['alerts', '/alerts'],
  ['audit-log', '/audit-log'],
];

/** Waits for the lazy page, its data and the fonts, then lets transitions finish. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  await page
    .waitForFunction(() => !document.querySelector('.page-loader, .ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 20_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

/** '@/list' → the first record's show page; '@/list|/suffix' → that page's sub-page. */
async function resolvePath(page: Page, path: string): Promise<string> {
  if (!path.startsWith('@')) return path;
  const [list, suffix = ''] = path.slice(1).split('|');
  await page.goto(`${APP_URL}${list}`);
  await settle(page);
  const href = await page.locator(`.ant-table-row a[href^="${list}/show/"]`).first().getAttribute('href').catch(() => null);
  return href ? `${href}${suffix}` : list;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchBrowser({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${APP_URL}/login`);
    // A fresh profile: default language (zh-CN), no session.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('#login-email').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: resolve(OUT, 'login.png') });
    console.log(`saved ${resolve(OUT, 'login.png')}`);

    await page.locator('#login-email').fill(EMAIL);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('form.login-form button[type=submit]').click();
    await page.locator('[data-testid=welcome]').waitFor();
    await page.locator('.ant-layout-sider .ant-menu-item').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    for (const locale of ['zh-CN', 'en'] as const) {
      await page.evaluate((code) => localStorage.setItem('app.locale', code), locale);
      for (const [name, path] of SCREENS) {
        if (ONLY.length && !ONLY.includes(name)) continue;
        await page.goto(`${APP_URL}${await resolvePath(page, path)}`);
        await settle(page);
        const file = resolve(OUT, `${name}${locale === 'en' ? '-en' : ''}.png`);
        await page.screenshot({ path: file, fullPage: FULL_PAGE });
        console.log(`saved ${file}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`Is the app running at ${APP_URL}? (npm start, or set APP_URL)`);
  process.exitCode = 1;
});
