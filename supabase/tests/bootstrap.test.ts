/**
 * A production install starts with an empty database: the first person to sign up becomes admin,
 * the next ones wait for an administrator; the platform's scheduled jobs run without anyone asking.
 * Runs its own stack without the demo seed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../embedded/postgres.ts';
import { startStack, type Stack } from '../embedded/stack.ts';
import { newClient } from './helpers.ts';

let stack: Stack;
let home: string;

beforeAll(async () => {
  home = scratchDir('sales-backoffice-bootstrap');
  stack = await startStack({ dataDir: join(home, 'data'), seed: false });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('bootstrapping an empty install', () => {
  it('of several people signing up at the same moment, exactly one becomes admin', async () => {
    const clients = Array.from({ length: 5 }, () => newClient(stack.anonKey, stack.apiUrl));
    const signUps = await Promise.all(
      clients.map((c, i) => c.auth.signUp({ email: `founder${i}@shop.example`, password: 'founder-pass-1' })),
    );
    expect(signUps.map((s) => s.error)).toEqual([null, null, null, null, null]);
    const roles = await Promise.all(clients.map(async (c) => (await c.rpc('my_role')).data));
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
    expect(roles.filter((r) => r === null)).toHaveLength(4);
  });

  it('whoever signs up after that waits for an administrator', async () => {
    const later = newClient(stack.anonKey, stack.apiUrl);
    expect((await later.auth.signUp({ email: 'clerk@shop.example', password: 'clerk-pass-1' })).error).toBeNull();
    expect((await later.rpc('my_role')).data).toBeNull();
  });
});

describe('the platform jobs (pg_cron on Supabase, a timer in the embedded stack)', () => {
  it('fold the report facts a document staged, though nobody reads a report', async () => {
    const db = new pg.Client({ connectionString: stack.dbUrl });
    await db.connect();
    try {
      const q = async (text: string) => (await db.query(text)).rows;
      // A stock receipt as the platform: its ledger row stages stock-value facts in the report inbox.
      await q(`
        with w as (insert into public.warehouses (code, name) values ('JOB', '定时任务仓') returning id),
             p as (insert into public.products (sku, name, list_price, status) values ('JOB-1', '定时任务商品', 10, 'on_sale') returning id)
        select private.receive_into_batch(private.find_or_create_batch(p.id, w.id, 'JOB', null, 2.50), 4, 'receipt', 'test', null, null)
        from w, p`);
      expect((await q(`select count(*)::int as n from private.report_pending`))[0].n).toBeGreaterThan(0);
      // No report runs in this stack, so only the job can empty the inbox (every 5 s).
      let left = -1;
      for (let waited = 0; waited < 30_000; waited += 500) {
        left = (await q(`select count(*)::int as n from private.report_pending`))[0].n;
        if (left === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(left).toBe(0);
      const [value] = await q(`select sum(qty)::float8 as qty, sum(value)::float8 as value from private.report_stock_value where grain = 'd'`);
      expect(value).toEqual({ qty: 4, value: 10 });
    } finally {
      await db.end();
    }
  }, 60_000);
});
