/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

/** The only two settings the SPA reads; see .env.example. */
const REQUIRED_ENV = ['VITE_SUPABASE_URL', 'VITE_SUPABASE_ANON_KEY'] as const;

/** Reads KEY=value lines of .env.example (the local-stack values). */
function exampleEnv(): Record<string, string> {
  const file = new URL('./.env.example', import.meta.url);
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) out[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export default defineConfig(({ command, mode }) => {
  const env: Record<string, string | undefined> = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };

  // `npm run dev` / `npm start` / tests work on a fresh clone: without a .env, use the local-stack
  // values from .env.example. A production build never guesses (see below).
  if (mode !== 'production') {
    const example = exampleEnv();
    for (const name of REQUIRED_ENV) {
      if (!env[name]?.trim() && example[name]) process.env[name] = env[name] = example[name];
    }
  }

  if (command === 'build' && mode === 'production') {
    const missing = REQUIRED_ENV.filter((name) => !env[name]?.trim());
    if (missing.length > 0) {
      throw new Error(
        `\n[vite.config] Missing ${missing.join(' and ')} for the production build.\n` +
          'Set them in the environment or in .env / .env.production (see .env.example):\n' +
          '  VITE_SUPABASE_URL=https://<project>.supabase.co\n' +
          '  VITE_SUPABASE_ANON_KEY=<the project anon key>\n' +
          'For the local stack, copy .env.example to .env.\n',
      );
    }
    if (Object.keys(env).some((name) => name.startsWith('VITE_') && /SERVICE_ROLE/i.test(name))) {
      throw new Error('[vite.config] A VITE_* variable holds a service-role key; it would ship to every browser. Remove it.');
    }
  }

  return {
    plugins: [react()],
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      manifest: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      // Route-level code splitting comes from React.lazy in src/App.tsx; the bench
      // (npm run bench:bundle) reads the manifest to report what each route loads.
      rolldownOptions: {
        treeshake: {
          // Pure ESM/UMD packages that omit "sideEffects" from package.json. Declaring them
          // side-effect free lets unused imports disappear: @refinedev/antd imports react-markdown
          // for MarkdownField and @refinedev/core imports papaparse for CSV import/export, both unused
          // so far; antd's rc-* components re-export whole packages (Input alone would bring all of
          // rc-field-form). Anything that does use them still gets them.
          moduleSideEffects: [
            { test: /node_modules[\\/](rc-[^\\/]+|@rc-component[\\/][^\\/]+)[\\/]/, sideEffects: false },
            {
              test: /node_modules[\\/](papaparse|error-stack-parser|stackframe|react-markdown|remark-[^\\/]+|micromark[^\\/]*|mdast-[^\\/]+|hast-[^\\/]+|unist-[^\\/]+|unified|vfile[^\\/]*|property-information|space-separated-tokens|comma-separated-tokens|decode-named-character-reference|character-entities[^\\/]*|html-url-attributes|trim-lines|devlop|bail|trough|is-plain-obj|ccount|escape-string-regexp|markdown-table|longest-streak|zwitch|estree-util-[^\\/]+|style-to-js|style-to-object|inline-style-parser)[\\/]/,
              sideEffects: false,
            },
          ],
        },
      },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'supabase/tests/**/*.test.ts'],
      // One embedded stack (and one production build served from it) for the whole run.
      globalSetup: ['src/test/global-setup.ts'],
      setupFiles: ['src/test/setup-file.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 180_000,
      // Files share one database; running them one at a time keeps each file's view predictable
      // on a 2-core machine.
      fileParallelism: false,
    },
  };
});
