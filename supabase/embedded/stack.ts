/**
 * The embedded Supabase stack: everything `supabase start` gives the app, from npm packages and
 * without Docker. Postgres 17 → platform SQL → migrations and seed (official CLI) → PostgREST →
 * auth → gateway. Used by `npm start`, `npm run db:reset`, the test global setup and the benchmarks.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startAuthServer } from './auth/server.ts';
import { startGateway } from './gateway.ts';
import { LOCAL_ANON_KEY, LOCAL_JWT_SECRET, LOCAL_SERVICE_ROLE_KEY } from './keys.ts';
import { freePort } from './net.ts';
import { runSql, startPostgres } from './postgres.ts';
import { startPostgrest } from './postgrest.ts';
import { migrationUp, pushMigrations } from './supabase-cli.ts';

export const PLATFORM_SQL = readFileSync(new URL('./platform.sql', import.meta.url), 'utf8');

/** The ports `supabase start` uses for the API gateway and Postgres; the rest are internal. */
export const DEFAULT_PORTS = { api: 54321, db: 54322, rest: 54331, auth: 54332 };
export type StackPorts = typeof DEFAULT_PORTS;

export interface StackOptions {
  dataDir: string;
  /** Omit for free ports chosen by the OS (tests, benchmarks). */
  ports?: StackPorts;
  /** Seed a newly created database (default true). An existing database is never re-seeded. */
  seed?: boolean;
  log?: (component: string, line: string) => void;
}

export interface Stack {
  apiUrl: string;
  /** postgres superuser URL, for the CLI, tests and benchmarks; never for the browser. */
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  ports: StackPorts;
  /** True when this start created the database (and applied the seed). */
  created: boolean;
  stop(): Promise<void>;
}

export async function choosePorts(): Promise<StackPorts> {
  return { api: await freePort(), db: await freePort(), rest: await freePort(), auth: await freePort() };
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => {});
  const ports = options.ports ?? (await choosePorts());
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => {});
    stoppers.length = 0;
  };
  try {
    const postgres = await startPostgres(options.dataDir, ports.db, (line) => log('postgres', line));
    stoppers.push(() => postgres.stop());
    const dbUrl = postgres.url();

    await runSql(dbUrl, PLATFORM_SQL);
    if (postgres.created) await pushMigrations(dbUrl, options.seed ?? true, (line) => log('migrate', line));
    else await migrationUp(dbUrl, (line) => log('migrate', line));

    const rest = await startPostgrest({
      port: ports.rest,
      dbUrl: postgres.url('authenticator'),
      jwtSecret: LOCAL_JWT_SECRET,
      log: (line) => log('postgrest', line),
    });
    stoppers.push(() => rest.stop());

    const apiUrl = `http://127.0.0.1:${ports.api}`;
    const auth = await startAuthServer({
      port: ports.auth,
      dbUrl: postgres.url('supabase_auth_admin'),
      jwtSecret: LOCAL_JWT_SECRET,
      issuer: `${apiUrl}/auth/v1`,
      log: (line) => log('auth', line),
    });
    stoppers.push(() => auth.close());

    const gateway = await startGateway({
      port: ports.api,
      restUrl: `http://127.0.0.1:${ports.rest}`,
      authUrl: `http://127.0.0.1:${ports.auth}`,
      apiKeys: [LOCAL_ANON_KEY, LOCAL_SERVICE_ROLE_KEY],
      log: (line) => log('gateway', line),
    });
    stoppers.push(() => gateway.close());

    stoppers.push(startPlatformJobs(dbUrl, (line) => log('jobs', line)));

    return {
      apiUrl,
      dbUrl,
      anonKey: LOCAL_ANON_KEY,
      serviceRoleKey: LOCAL_SERVICE_ROLE_KEY,
      ports,
      created: postgres.created,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A statement pg_cron runs on Supabase (see the migrations), run here from a timer instead. */
interface PlatformJob {
  name: string;
  /** Skipped silently while the schema has no such function (e.g. during a reset). */
  fn: string;
  sql: string;
  everyMs: number;
  firstAfterMs: number;
}

const PLATFORM_JOBS: PlatformJob[] = [
  // Hourly, and once soon after start.
  { name: 'expiry alerts', fn: 'public.refresh_expiry_alerts()', sql: 'select public.refresh_expiry_alerts()', everyMs: 60 * 60_000, firstAfterMs: 2_000 },
  // Documents only append report facts to an inbox; this keeps it short (reports fold it first anyway).
  { name: 'report fold', fn: 'private.report_fold(boolean)', sql: 'select private.report_fold(false)', everyMs: 5_000, firstAfterMs: 5_000 },
];

/** Runs the platform jobs as postgres, one at a time per job; a failure is logged and retried next time. */
function startPlatformJobs(dbUrl: string, log: (line: string) => void): () => Promise<void> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 1 });
  pool.on('error', () => {}); // an idle connection dropped (restart, reset): the next run reconnects
  const timers: NodeJS.Timeout[] = [];
  for (const job of PLATFORM_JOBS) {
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        const { rows } = await pool.query(`select to_regprocedure($1) is not null as present`, [job.fn]);
        if (rows[0]?.present) await pool.query(job.sql);
      } catch (error) {
        log(`${job.name} failed: ${(error as Error).message}`);
      } finally {
        running = false;
      }
    };
    timers.push(setTimeout(run, job.firstAfterMs), setInterval(run, job.everyMs));
  }
  for (const timer of timers) timer.unref();
  return async () => {
    for (const timer of timers) clearTimeout(timer);
    await pool.end().catch(() => {});
  };
}

/**
 * Wipes the database and rebuilds it from the migrations and the seed, in place, so a running stack
 * keeps its connections. (`supabase db reset --db-url` would also drop the platform's auth schema.)
 */
export async function resetDatabase(dbUrl: string, log: (component: string, line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(`
      select nspname from pg_namespace
      where nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and nspname not like 'pg\\_%'`);
    for (const { nspname } of rows) await client.query(`drop schema ${client.escapeIdentifier(nspname)} cascade`);
    await client.query(`
      create schema public authorization pg_database_owner;
      grant usage on schema public to public;
      comment on schema public is 'standard public schema';`);
  } finally {
    await client.end();
  }
  await runSql(dbUrl, PLATFORM_SQL);
  await pushMigrations(dbUrl, true, (line) => log('migrate', line));
  // A running PostgREST reloads its schema cache on this notification.
  await runSql(dbUrl, `notify pgrst, 'reload schema'`);
}
