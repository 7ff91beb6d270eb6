/**
 * npm run screenshots — signs in to a running app as the demo admin and saves
 * public/screenshots/login.png and public/screenshots/dashboard.png (1366×768, zh-CN).
 *
 *   APP_URL   the running SPA (default http://127.0.0.1:5173, i.e. `npm start`)
 *   SCREENSHOT_EMAIL / SCREENSHOT_PASSWORD   another account (default the seed's admin)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../test/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'public/screenshots');
const APP_URL = (process.env.APP_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const EMAIL = process.env.SCREENSHOT_EMAIL ?? 'admin@demo.local';
const PASSWORD = process.env.SCREENSHOT_PASSWORD ?? 'Demo@123456';

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
    await page.waitForTimeout(500); // menu and tag transitions
    await page.screenshot({ path: resolve(OUT, 'dashboard.png') });
    console.log(`saved ${resolve(OUT, 'dashboard.png')}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`Is the app running at ${APP_URL}? (npm start, or set APP_URL)`);
  process.exitCode = 1;
});
