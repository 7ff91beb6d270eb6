/**
 * Debian's Chromium driven by playwright-core, for browser tests and scripts. Each launch gets a
 * fresh profile in a temp folder that close() removes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type LaunchedBrowser = {
  context: BrowserContext;
  /** A new tab in the persistent context. */
  newPage(): Promise<Page>;
  /** Closes Chromium and deletes its profile folder. */
  close(): Promise<void>;
};

export type LaunchOptions = Pick<BrowserContextOptions, 'viewport' | 'locale' | 'deviceScaleFactor' | 'timezoneId'>;

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1366, height: 768 },
      locale: options.locale ?? 'zh-CN',
      timezoneId: options.timezoneId ?? 'Asia/Shanghai',
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
