/**
 * npm run bench:bundle — builds the SPA and reports, from Vite's manifest, how much JavaScript each
 * route makes the browser download (gzip, level 9), so route-level code splitting stays honest.
 *
 *   login route     = entry chunk + its static imports + the login page chunk and its static imports
 *   dashboard route = entry closure + the AppLayout closure + the dashboard page closure
 *
 * Options: --no-build (measure the existing dist/), --json (machine-readable output).
 * Exits with status 1 when the login route exceeds its budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const LOGIN_BUDGET_KB = 300;

const ROUTES: Record<string, string[]> = {
  login: ['src/pages/login/index.tsx'],
  dashboard: ['src/components/layout/AppLayout.tsx', 'src/pages/dashboard/index.tsx'],
};

type ManifestChunk = {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

function loadExampleEnv(): void {
  const file = resolve(ROOT, '.env.example');
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*(VITE_[A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !process.env[match[1]]) process.env[match[1]] = match[2];
  }
}

/** The manifest keys of a chunk and everything it imports statically (what the browser fetches up front). */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bench-bundle: "${key}" is not in dist/.vite/manifest.json`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

const sizeCache = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string): { raw: number; gzip: number } {
  let size = sizeCache.get(file);
  if (!size) {
    const bytes = readFileSync(resolve(DIST, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizeCache.set(file, size);
  }
  return size;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) {
    loadExampleEnv();
    await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  }
  const manifestPath = resolve(DIST, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('bench-bundle: no dist/.vite/manifest.json (build with manifest: true)');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`bench-bundle: expected one entry, found ${entries.join(', ') || 'none'}`);
  const entryClosure = staticClosure(manifest, entries[0]);

  const routes = Object.entries(ROUTES).map(([name, roots]) => {
    const keys = new Set(entryClosure);
    for (const root of roots) staticClosure(manifest, root, keys);
    const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
    const total = files.reduce((sum, file) => ({ raw: sum.raw + sizeOf(file).raw, gzip: sum.gzip + sizeOf(file).gzip }), { raw: 0, gzip: 0 });
    return { name, files: new Set(files), ...total };
  });

  const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')))];
  const rows = allJs
    .map((file) => ({ file, ...sizeOf(file), routes: routes.filter((route) => route.files.has(file)).map((route) => route.name) }))
    .sort((a, b) => b.gzip - a.gzip);
  const login = routes.find((route) => route.name === 'login')!;
  const pass = login.gzip / 1024 <= LOGIN_BUDGET_KB;

  if (args.has('--json')) {
    console.log(JSON.stringify({ routes: routes.map(({ name, raw, gzip, files }) => ({ name, raw, gzip, files: [...files] })), chunks: rows, budgetKb: LOGIN_BUDGET_KB, pass }, null, 2));
  } else {
    const width = Math.max(...rows.map((row) => row.file.length), 10);
    console.log(`\n${'chunk'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}  loaded by`);
    console.log(`${'-'.repeat(width)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}  ---------------`);
    for (const row of rows) {
      console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(8)}  ${kb(row.gzip).padStart(8)}  ${row.routes.join(', ') || '(lazy: other routes)'}`);
    }
    const total = rows.reduce((sum, row) => sum + row.gzip, 0);
    console.log(`\nall JS: ${rows.length} chunks, ${kb(total)} kB gzip`);
    for (const route of routes) {
      console.log(`${route.name.padEnd(10)} route loads ${String(route.files.size).padStart(2)} JS chunks: ${kb(route.raw).padStart(7)} kB raw, ${kb(route.gzip).padStart(6)} kB gzip`);
    }
    console.log(`\ntarget: login route JS <= ${LOGIN_BUDGET_KB} kB gzip → ${pass ? 'PASS' : 'FAIL'} (${kb(login.gzip)} kB)`);
  }
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
