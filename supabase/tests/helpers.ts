/**
 * Helpers for tests that run against the embedded stack started by the global setup: supabase-js
 * clients signed in as the demo users, and direct SQL as postgres or as a user (basejump-style
 * authenticate_as: `set local role authenticated` plus the JWT claims PostgREST would set).
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { inject } from 'vitest';
import WebSocket from 'ws';
import '../../src/test/stack-info.ts';

export type AppRole = 'admin' | 'sales' | 'warehouse' | 'finance';
export const APP_ROLES: AppRole[] = ['admin', 'sales', 'warehouse', 'finance'];
export const DEMO_PASSWORD = 'Demo@123456';

/** The seeded demo users (supabase/seed.sql). */
export const DEMO_USERS: Record<AppRole, { id: string; email: string }> = {
  admin: { id: '00000000-0000-4000-8000-000000000001', email: 'admin@demo.local' },
  sales: { id: '00000000-0000-4000-8000-000000000002', email: 'sales@demo.local' },
  warehouse: { id: '00000000-0000-4000-8000-000000000003', email: 'warehouse@demo.local' },
  finance: { id: '00000000-0000-4000-8000-000000000004', email: 'finance@demo.local' },
};

export const stackInfo = () => inject('stack');

/** A supabase-js client as an app would create it (no session persistence in Node). */
export function newClient(key = stackInfo().anonKey, apiUrl = stackInfo().apiUrl): SupabaseClient {
  return createClient(apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // Node 20 has no global WebSocket; supabase-js' realtime client needs one to construct.
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
}

export const anonClient = () => newClient();
/** Bypasses RLS: for arranging test data only, never for asserting what a user may do. */
export const serviceClient = () => newClient(stackInfo().serviceRoleKey);

/** A client signed in with email and password through the auth service. */
export async function signInWith(email: string, password: string): Promise<SupabaseClient> {
  const client = newClient();
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

export const signInAs = (role: AppRole) => signInWith(DEMO_USERS[role].email, DEMO_PASSWORD);

let pool: pg.Pool | undefined;
/** The postgres superuser pool of this test file. */
export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: stackInfo().dbUrl, max: 4 });
  return pool;
}

/** Closes this file's pool (the shared setup file calls it after each test file). */
export async function closeDb() {
  await pool?.end();
  pool = undefined;
}

export async function sql<Row extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []) {
  return (await db().query<Row>(text, params)).rows;
}

/**
 * Runs `fn` in a transaction as the given user, the way PostgREST runs a request: role
 * `authenticated`, `request.jwt.claims` holding sub/role/email. Rolls back unless `commit` is set.
 */
export async function asUser<T>(
  user: { id: string; email: string } | AppRole,
  fn: (client: pg.PoolClient) => Promise<T>,
  { commit = false } = {},
): Promise<T> {
  const who = typeof user === 'string' ? DEMO_USERS[user] : user;
  const client = await db().connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('request.jwt.claims', $1, true)`, [
      JSON.stringify({ sub: who.id, role: 'authenticated', email: who.email, aud: 'authenticated' }),
    ]);
    await client.query('set local role authenticated');
    const result = await fn(client);
    await client.query(commit ? 'commit' : 'rollback');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A unique, valid email for a test user. */
export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.local`;
