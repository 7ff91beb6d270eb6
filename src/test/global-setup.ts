/**
 * Vitest global setup: starts one embedded stack on free ports with a fresh, seeded database, builds
 * the SPA against it and serves the build, then hands the URLs to every test file via `inject('stack')`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../supabase/embedded/stack.ts';
import { freePort } from '../../supabase/embedded/net.ts';
import { scratchDir } from '../../supabase/embedded/postgres.ts';
import { PROJECT_ROOT } from '../../supabase/embedded/supabase-cli.ts';
import type { StackInfo } from './stack-info.ts';

export default async function setup(project: TestProject) {
  const home = scratchDir('sales-backoffice-test');
  const verbose = process.env.STACK_LOG === '1';
  const stack = await startStack({
    dataDir: join(home, 'data'),
    log: verbose ? (component, line) => console.log(`[${component}] ${line}`) : undefined,
  });

  // The production build, pointed at this stack exactly as a deployment would be. SKIP_APP_BUILD=1 leaves it
  // out for a quick run of database tests while screens are half-written (the browser tests then skip).
  let appUrl = '';
  const distDir = join(home, 'dist');
  let server: Awaited<ReturnType<typeof import('vite').preview>> | undefined;
  if (process.env.SKIP_APP_BUILD !== '1') {
    process.env.VITE_SUPABASE_URL = stack.apiUrl;
    process.env.VITE_SUPABASE_ANON_KEY = stack.anonKey;
    const { build, preview } = await import('vite');
    await build({ root: PROJECT_ROOT, mode: 'production', logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
    const appPort = await freePort();
    server = await preview({
      root: PROJECT_ROOT,
      logLevel: 'warn',
      build: { outDir: distDir },
      preview: { port: appPort, strictPort: true, host: '127.0.0.1' },
    });
    appUrl = `http://127.0.0.1:${appPort}`;
  }

  const info: StackInfo = {
    apiUrl: stack.apiUrl,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
    dbUrl: stack.dbUrl,
    appUrl,
    distDir,
    home,
  };
  project.provide('stack', info);

  return async () => {
    if (server) await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await stack.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
