/**
 * Steps every browser test takes, written once: sign in through the login form, pick from an antd
 * Select, confirm a Popconfirm, click a document action once the page has settled.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import { DEMO_USERS } from '../../supabase/tests/helpers.ts';

export const DEMO_PASSWORD = 'Demo@123456';

/** antd puts a space between two CJK characters in a button ("发 出"), after the icon's label. */
export const buttonName = (text: string) => new RegExp(`(^|\\s)${[...text].join('\\s*')}\\s*$`);

/** expect.poll with room for a cold production build on a busy machine (the default is 1 s). */
export const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 25_000, interval: 200 });

/** Signs in through the login form, from a clean slate (no session, default language). */
export async function signIn(page: Page, appUrl: string, who: keyof typeof DEMO_USERS | { email: string; password: string }) {
  const { email, password } = typeof who === 'string' ? { email: DEMO_USERS[who].email, password: DEMO_PASSWORD } : who;
  await page.goto(`${appUrl}/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${appUrl}/login`);
  await page.getByLabel(zhCN.pages.login.fields.email).fill(email);
  await page.getByLabel(zhCN.pages.login.fields.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: buttonName('登录') }).click();
  await page.locator('[data-testid=welcome]').waitFor();
}

/** Opens an antd Select (by its input), types, and picks the option containing `text`. */
export async function pick(page: Page, select: Locator, search: string, text = search) {
  await select.click();
  await select.fill(search);
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text });
  await option.first().click();
}

/** Presses the primary button of the open Popconfirm and waits for it to close. */
export async function confirmPopover(page: Page) {
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary').click();
  await page.locator('.ant-popover:not(.ant-popover-hidden)').waitFor({ state: 'detached' }).catch(() => {});
}

/** Clicks a document action once the page has settled: a refetch landing while a confirmation is
 *  open re-renders the action bar and closes it, which a person would simply click again. */
export async function clickAction(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: buttonName(label) }).click();
}
