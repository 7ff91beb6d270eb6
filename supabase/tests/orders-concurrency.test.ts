/**
 * Concurrent confirmations never oversell and never deadlock: many clients, each on its own
 * connection, confirm orders for the same scarce SKUs at once, with lines listed in opposite orders
 * (the classic deadlock shape if rows were locked in line order).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, signInAs, sql, stackInfo } from './helpers.ts';
import {
  assertSalesInvariants,
  call,
  level,
  lines,
  makeCustomer,
  makeProduct,
  makeWarehouse,
  stockIn,
  type TestProduct,
} from './sales-fixtures.ts';
import { assertStockInvariants } from './invariants.ts';

const CLIENTS = 16;
let wh: string;
let customer: string;
let a: TestProduct;
let b: TestProduct;
let c: TestProduct;
let creator: SupabaseClient;

beforeAll(async () => {
  creator = await signInAs('sales');
  wh = await makeWarehouse('CC');
  customer = await makeCustomer();
  a = await makeProduct({ price: '10.00' });
  b = await makeProduct({ price: '20.00' });
  c = await makeProduct({ price: '30.00' });
});

afterAll(async () => {
  await assertSalesInvariants([wh]);
  await assertStockInvariants();
});

/** Orders of 1–3 units of A and B, half listing B first, so unsorted locking would deadlock. */
async function draftOrders(n: number): Promise<Array<{ id: string; a: number; b: number }>> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const qa = 1 + (i % 3);
    const qb = 1 + ((i + 1) % 3);
    const items = i % 2 === 0 ? lines([a, qa], [b, qb], [c, 1]) : lines([c, 1], [b, qb], [a, qa]);
    const order = await call(creator, 'create_sales_order', { p_customer_id: customer, p_warehouse_id: wh, p_lines: items });
    out.push({ id: order.id, a: qa, b: qb });
  }
  return out;
}

describe('concurrent confirmation', () => {
  it(`${CLIENTS} supabase-js clients confirming orders for scarce SKUs: no oversell, no deadlock`, async () => {
    await stockIn(a.id, wh, 20, '5.00');
    await stockIn(b.id, wh, 15, '8.00');
    await stockIn(c.id, wh, 1000, '9.00');
    const orders = await draftOrders(CLIENTS * 2);
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => signInAs('sales')));

    const results = await Promise.all(
      clients.map(async (client, k) => {
        const mine = orders.filter((_, i) => i % CLIENTS === k);
        const outcomes = [];
        for (const o of mine) {
          const { error } = await client.rpc('confirm_sales_order', { p_order_id: o.id });
          outcomes.push({ ...o, error });
        }
        return outcomes;
      }),
    );
    const all = results.flat();
    const failures = all.filter((r) => r.error);
    for (const f of failures) {
      // The only acceptable failure is a clean shortage naming A or B; never a deadlock or a raw error.
      expect(f.error!.message).toBe('insufficient_stock');
      expect([a.sku, b.sku]).toContain(JSON.parse(f.error!.details!).sku);
    }
    const won = all.filter((r) => !r.error);
    const wantA = won.reduce((s, o) => s + o.a, 0);
    const wantB = won.reduce((s, o) => s + o.b, 0);
    expect(wantA).toBeLessThanOrEqual(20);
    expect(wantB).toBeLessThanOrEqual(15);
    expect(won.length).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(await level(a.id, wh)).toMatchObject({ onHand: 20, reserved: wantA });
    expect(await level(b.id, wh)).toMatchObject({ onHand: 15, reserved: wantB });
    expect((await level(c.id, wh)).reserved).toBe(won.length);
    const [{ count }] = await sql<{ count: string }>(
      `select count(*) from public.sales_orders where warehouse_id = $1 and status = 'confirmed'`,
      [wh],
    );
    expect(Number(count)).toBe(won.length);
  });

  it(`${CLIENTS} direct Postgres connections confirm, ship and cancel at once: balances stay exact`, async () => {
    await stockIn(a.id, wh, 30, '5.00');
    await stockIn(b.id, wh, 30, '8.00');
    const orders = await draftOrders(CLIENTS * 2);
    const user = DEMO_USERS.admin;
    const conns = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const client = new pg.Client({ connectionString: stackInfo().dbUrl });
        await client.connect();
        return client;
      }),
    );
    const run = async (client: pg.Client, statement: string, params: unknown[]) => {
      await client.query('begin');
      try {
        await client.query(`select set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify({ sub: user.id, role: 'authenticated', email: user.email }),
        ]);
        await client.query('set local role authenticated');
        await client.query(statement, params);
        await client.query('commit');
        return null;
      } catch (error) {
        await client.query('rollback');
        return error as pg.DatabaseError;
      }
    };
    try {
      const errors = await Promise.all(
        conns.map(async (client, k) => {
          const out: pg.DatabaseError[] = [];
          for (const o of orders.filter((_, i) => i % CLIENTS === k)) {
            const confirmError = await run(client, 'select public.confirm_sales_order($1)', [o.id]);
            if (confirmError) {
              out.push(confirmError);
              continue;
            }
            // Every other confirmed order ships at once, the rest are cancelled: reservations,
            // deductions and releases interleave on the same rows.
            const next = k % 2 === 0 ? 'select public.ship_sales_order($1)' : 'select public.cancel_sales_order($1)';
            const e = await run(client, next, [o.id]);
            if (e) out.push(e);
          }
          return out;
        }),
      );
      for (const e of errors.flat()) {
        expect(e.code).not.toBe('40P01');
        expect(e.message).toBe('insufficient_stock');
      }
    } finally {
      await Promise.all(conns.map((c) => c.end()));
    }
    const aLevel = await level(a.id, wh);
    expect(aLevel.reserved).toBeLessThanOrEqual(aLevel.onHand);
    expect(aLevel.onHand).toBeGreaterThanOrEqual(0);
  });
});
