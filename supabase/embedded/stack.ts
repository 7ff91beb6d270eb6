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

    stoppers.push(startExpiryAlertTimer(dbUrl, (line) => log('alerts', line)));

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

/**
 * What pg_cron does on Supabase: refresh expiry alerts on a schedule (hourly, and once at start).
 * Skipped silently while the schema has no such function.
 */
function startExpiryAlertTimer(dbUrl: string, log: (line: string) => void): () => Promise<void> {
  const refresh = async () => {
    const client = new pg.Client({ connectionString: dbUrl });
    try {
      await client.connect();
      const { rows } = await client.query(`select to_regprocedure('public.refresh_expiry_alerts()') is not null as present`);
      if (rows[0]?.present) await client.query('select public.refresh_expiry_alerts()');
    } catch (error) {
      log(`expiry alert refresh failed: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => {});
    }
  };
  const first = setTimeout(refresh, 2_000);
  const hourly = setInterval(refresh, 60 * 60 * 1000);
  first.unref();
  hourly.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(hourly);
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
