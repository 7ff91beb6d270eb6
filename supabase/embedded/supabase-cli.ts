import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The repository root: the folder holding supabase/config.toml. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs the official Supabase CLI (the npm `supabase` package, pinned) against a database URL. The CLI
 * keeps the same `supabase_migrations` history tables it keeps on a hosted project.
 */
export function supabaseCli(args: string[], log: (line: string) => void): Promise<void> {
  const bin = require.resolve('supabase/dist/supabase.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '--workdir', PROJECT_ROOT], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DO_NOT_TRACK: '1', SUPABASE_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`supabase ${args[0]} ${args[1] ?? ''} failed (${code}):\n${output}`)),
    );
  });
}

/** The CLI wants TLS disabled explicitly for a local server without certificates. */
export const cliDbUrl = (url: string) => `${url}?sslmode=disable`;

/** Applies pending migrations; with `seed`, also runs supabase/seed.sql (the CLI records it and runs it once). */
export const pushMigrations = (dbUrl: string, seed: boolean, log: (line: string) => void) =>
  supabaseCli(['db', 'push', '--db-url', cliDbUrl(dbUrl), '--yes', ...(seed ? ['--include-seed'] : [])], log);

/** Applies pending migrations only (every start of an existing database). */
export const migrationUp = (dbUrl: string, log: (line: string) => void) =>
  supabaseCli(['migration', 'up', '--db-url', cliDbUrl(dbUrl)], log);
