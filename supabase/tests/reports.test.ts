/**
 * Reports (DESIGN §4): the rollups the triggers keep equal a rebuild from the documents; every report RPC
 * equals a brute-force recomputation from the raw documents and the ledger (supabase/tests/reports-brute.ts)
 * on random history made through the domain RPCs (supabase/tests/reports-data.ts); who may call what.
 *
 * REPORT_SEED replays a history; REPORT_ORDERS sets its size (default 200 order lives).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, anonClient, db, signInAs, signInWith, sql, type AppRole } from './helpers.ts';
import * as brute from './reports-brute.ts';
import { DEMO, addDays, buildWorld, generateHistory, prng, spreadHistory, tx, type ReportWorld, type Staff } from './reports-data.ts';

const SEED = Number(process.env.REPORT_SEED ?? Math.floor(Math.random() * 1e6));
const ORDERS = Number(process.env.REPORT_ORDERS ?? 200);
const rnd = prng(SEED);
let world: ReportWorld;
let today = '';

const ROLLUPS = [
  'report_sales_by_product',
  'report_sales_by_warehouse_product',
  'report_sales_by_salesperson_product',
  'report_sales_by_warehouse',
  'report_sales_by_customer',
  'report_sales_by_customer_total',
  'report_customer_first_orders',
  'report_stock_value',
];

/** Rows that differ between the trigger-kept rollups and a rebuild, per table (all zero = identical). */
async function rebuildDifferences(): Promise<Record<string, number>> {
  const client = await db().connect();
  try {
    await client.query('begin');
    // Fold what the inbox still holds (as every report does first), keeping the fold lock and the rollups
    // locked, so "before" is exactly what the triggers produced.
    await client.query('select private.report_fold(true)');
    await client.query(`lock table ${ROLLUPS.map((t) => `private.${t}`).join(', ')} in share row exclusive mode`);
    for (const t of ROLLUPS) await client.query(`create temp table before_${t} on commit drop as select * from private.${t}`);
    await client.query('select public.rebuild_report_rollups()');
    const out: Record<string, number> = {};
    for (const t of ROLLUPS) {
      const { rows } = await client.query(
        `select count(*)::int as n from (
           (select * from before_${t} except all select * from private.${t})
           union all (select * from private.${t} except all select * from before_${t})) x`,
      );
      const { rows: size } = await client.query(`select count(*)::int as n from private.${t}`);
      out[t] = rows[0].n;
      out[`${t}:rows`] = size[0].n;
    }
    await client.query('commit');
    return out;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function expectIdentical(diff: Record<string, number>) {
  const mismatched = Object.fromEntries(Object.entries(diff).filter(([k, v]) => !k.endsWith(':rows') && v !== 0));
  expect(mismatched, `seed ${SEED}`).toEqual({});
  expect(diff['report_sales_by_product:rows']).toBeGreaterThan(0);
}

/** Canonical JSON of a row restricted to `keys`, numbers rounded to 6 decimals (numeric scale may differ). */
function canon(rows: Array<Record<string, unknown>>, keys: string[]) {
  return rows
    .map((r) =>
      JSON.stringify(
        keys.map((k) => {
          const v = r[k];
          if (typeof v === 'number') return Number(v.toFixed(6));
          if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(Number(v).toFixed(6));
          return v ?? null;
        }),
      ),
    )
    .sort();
}

/**
 * Runs the brute force (as postgres) and the report (as `user`, or as postgres when null) in one
 * REPEATABLE READ snapshot; returns both as arrays of plain objects.
 */
async function both(
  user: Staff | null,
  report: string,
  reportParams: unknown[],
  bruteSql: string,
  bruteParams: unknown[],
): Promise<{ got: any[]; want: any[] }> {
  const client = await db().connect();
  try {
    await client.query('begin isolation level repeatable read');
    const want = (await client.query(bruteSql, bruteParams)).rows.map((r) => r.j);
    if (user) {
      await client.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: user.id, role: 'authenticated', email: user.email, aud: 'authenticated' }),
      ]);
      await client.query('set local role authenticated');
    }
    const got = (await client.query(report, reportParams)).rows.map((r) => r.j);
    await client.query('commit');
    return { got, want };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Runs `fn` while another session holds the fold lock, as a running fold (or the platform job) would. */
async function whileFoldLocked(fn: () => Promise<void>) {
  const folder = await db().connect();
  try {
    await folder.query('begin');
    await folder.query('select pg_advisory_xact_lock(private.report_fold_lock_key())');
    await fn();
  } finally {
    await folder.query('commit');
    folder.release();
  }
}

const SALES_KEYS = ['period', 'dimension_id', 'orders', 'units', 'revenue', 'discounts', 'returns', 'cogs', 'gross_profit', 'margin'];
const PROFIT_KEYS = ['period', 'dimension_id', 'revenue', 'refunds', 'cogs', 'gross_profit', 'write_offs', 'adjustments', 'profit', 'margin'];
const DIMENSIONS = ['none', 'product', 'category', 'warehouse', 'salesperson', 'customer'];

beforeAll(async () => {
  console.log(`reports.test: REPORT_SEED=${SEED} REPORT_ORDERS=${ORDERS}`);
  world = await buildWorld(db(), rnd, DEMO_PASSWORD);
  await generateHistory(db(), rnd, world, ORDERS);
  [{ today }] = await sql<{ today: string }>(`select private.business_date()::text as today`);
}, 600_000);

describe('rollups', () => {
  it('are kept by the triggers exactly as a rebuild from the documents computes them', async () => {
    expectIdentical(await rebuildDifferences());
  });

  it('account for every shipped unit, refund amount and batch cost of the documents', async () => {
    await sql('select private.report_fold(true)');
    const [totals] = await sql<Record<string, string>>(`
      select (select sum(units_shipped) from private.report_sales_by_product where grain = 'm') as rollup_units,
             (select sum(qty) from public.shipment_lines) as shipped_units,
             (select sum(cogs - cost_restocked) from private.report_sales_by_warehouse where grain = 'm') as rollup_cogs,
             (select sum(cogs_amount - returned_cost_amount) from public.sales_order_line_costs) as order_cogs,
             (select sum(returns_amount) from private.report_sales_by_customer where grain = 'w') as rollup_returns,
             (select coalesce(sum(rl.refund_amount), 0) from public.return_lines rl join public.returns r on r.id = rl.return_id
               where rl.disposition is not null and r.kind = 'return') as returned_amount,
             (select sum(value) from private.report_stock_value where grain = 'd') as rollup_value,
             (select sum(qty_on_hand * unit_cost) from public.stock_batches) as batch_value`);
    expect(Number(totals.rollup_units)).toBeCloseTo(Number(totals.shipped_units), 6);
    expect(Number(totals.rollup_cogs)).toBeCloseTo(Number(totals.order_cogs), 6);
    expect(Number(totals.rollup_returns)).toBeCloseTo(Number(totals.returned_amount), 6);
    expect(Number(totals.rollup_value)).toBeCloseTo(Number(totals.batch_value), 4);
  });

  it('stay consistent when shipments of many orders commit at once', async () => {
    const w = world.warehouses[0];
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const seller = world.sales[i % 3];
      const lines = [world.products[i % 8], world.products[(i + 3) % 8]].map((p) => ({ product_id: p, qty: 1 }));
      const [{ o }] = await tx(db(), (as) => as(seller, `select public.create_sales_order($1, $2, $3::jsonb) as o`, [world.customers[i], w, JSON.stringify(lines)]));
      await tx(db(), (as) => as(seller, `select public.confirm_sales_order($1)`, [o.id]));
      ids.push(o.id);
    }
    // Six connections ship and take payment at the same time: same warehouse, same day, same rollup rows.
    await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (k) => {
        for (const id of ids.filter((_, n) => n % 6 === k)) {
          await tx(db(), async (as) => {
            await as(DEMO.warehouse, `select public.ship_sales_order($1)`, [id]);
            await as(DEMO.finance, `select public.record_payment($1, 'bank_transfer', (select total_amount from public.sales_orders where id = $1))`, [id]);
          });
        }
      }),
    );
    world.orders.push(...ids);
    expectIdentical(await rebuildDifferences());
  });

  it('never make a confirmation wait for a running fold; the next report counts what waited in the inbox', async () => {
    const ordersToday = async () =>
      Number((await tx(db(), (as) => as(DEMO.admin, `select coalesce(sum(orders), 0) as n from public.report_sales($1, $1, 'day', 'none')`, [today])))[0].n);
    const before = await ordersToday();
    const seller = world.sales[0];
    const lines = [{ product_id: world.products[1], qty: 1 }];
    const [{ o }] = await tx(db(), (as) => as(seller, `select public.create_sales_order($1, $2, $3::jsonb) as o`, [world.customers[0], world.warehouses[0], JSON.stringify(lines)]));

    // Another session is folding (it holds the fold lock) while the salesperson confirms.
    await whileFoldLocked(async () => {
      // Completes without waiting for the folder: a document only appends its facts to the inbox.
      await tx(db(), (as) => as(seller, `select public.confirm_sales_order($1)`, [o.id]));
      const [{ queued }] = await sql<{ queued: number }>(`select count(*)::int as queued from private.report_pending`);
      expect(queued).toBeGreaterThan(0);
    });
    // The report folds first, so the confirmed order is counted, and the inbox is empty afterwards.
    expect(await ordersToday()).toBe(before + 1);
    const [{ left }] = await sql<{ left: number }>(`select count(*)::int as left from private.report_pending`);
    expect(left).toBe(0);
    world.orders.push(o.id);
    expectIdentical(await rebuildDifferences());
  });

  it('a refused caller folds nothing, nor do the expiry reports (they read live batches, no rollups)', async () => {
    const seller = world.sales[0];
    const lines = [{ product_id: world.products[2], qty: 1 }];
    const [{ o }] = await tx(db(), (as) => as(seller, `select public.create_sales_order($1, $2, $3::jsonb) as o`, [world.customers[1], world.warehouses[0], JSON.stringify(lines)]));
    // Holding the fold lock keeps the platform job from folding meanwhile; a report that tried to fold would
    // wait for it, and give up after lock_timeout.
    await whileFoldLocked(async () => {
      await tx(db(), (as) => as(seller, `select public.confirm_sales_order($1)`, [o.id]));
      const withTimeout = (user: Staff, text: string, params: unknown[] = []) =>
        tx(db(), async (as) => {
          await as(user, `select set_config('lock_timeout', '2s', true)`);
          return as(user, text, params);
        });
      await expect(withTimeout(DEMO.warehouse, `select * from public.report_profit($1, $1)`, [today])).rejects.toThrow('not_authorized');
      expect((await withTimeout(DEMO.finance, `select * from public.report_expiry(60)`)).length).toBeGreaterThan(0);
      expect(await withTimeout(DEMO.finance, `select * from public.report_expiry_summary(60)`)).not.toHaveLength(0);
      const [{ queued }] = await sql<{ queued: number }>(`select count(*)::int as queued from private.report_pending`);
      expect(queued).toBeGreaterThan(0);
    });
    await tx(db(), (as) => as(DEMO.finance, `select * from public.report_profit($1, $1)`, [today]));
    const [{ left }] = await sql<{ left: number }>(`select count(*)::int as left from private.report_pending`);
    expect(left).toBe(0);
    world.orders.push(o.id);
  });
});

describe('reports on months of history', () => {
  let longFrom = '';
  let midFrom = '';
  let midTo = '';

  beforeAll(async () => {
    await spreadHistory(db(), world, 120);
    // A few more order lives today, through the triggers, on top of the rebuilt history.
    await generateHistory(db(), rnd, world, 15);
    longFrom = addDays(today, -140);
    midFrom = addDays(today, -77);
    midTo = addDays(today, -19);
  }, 600_000);

  it('keeps the rollups equal to a rebuild after more documents post on top of history', async () => {
    expectIdentical(await rebuildDifferences());
    await sql('select private.report_fold(true)');
    const [{ days }] = await sql<{ days: number }>(
      `select count(distinct period_start)::int as days from private.report_sales_by_warehouse where grain = 'd'`,
    );
    expect(days).toBeGreaterThan(30);
  });

  it('report_sales equals the brute force for every dimension and granularity (admin)', async () => {
    for (const [from, to] of [[longFrom, today], [midFrom, midTo]]) {
      for (const gran of ['day', 'week', 'month']) {
        for (const dim of DIMENSIONS) {
          const { got, want } = await both(
            DEMO.admin,
            `select to_jsonb(r) as j from public.report_sales($1, $2, $3, $4) r`,
            [from, to, gran, dim],
            brute.bruteSales,
            [from, to, gran, dim, null, true],
          );
          expect(canon(got, SALES_KEYS), `${from}..${to} ${gran} ${dim} seed ${SEED}`).toEqual(canon(want, SALES_KEYS));
          if (dim === 'product') expect(got.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('report_sales shows a salesperson their own orders only, without cost', async () => {
    for (const seller of world.sales) {
      for (const dim of DIMENSIONS) {
        const { got, want } = await both(
          seller,
          `select to_jsonb(r) as j from public.report_sales($1, $2, 'week', $3) r`,
          [longFrom, today, dim],
          brute.bruteSales,
          [longFrom, today, 'week', dim, seller.id, false],
        );
        expect(canon(got, SALES_KEYS), `${seller.email} ${dim} seed ${SEED}`).toEqual(canon(want, SALES_KEYS));
        expect(got.every((r) => r.cogs === null && r.gross_profit === null && r.margin === null)).toBe(true);
      }
    }
  });

  it('report_sales labels rows with codes and names', async () => {
    const { got } = await both(DEMO.admin, `select to_jsonb(r) as j from public.report_sales($1, $2, 'month', 'product') r`, [longFrom, today], 'select 1 as j', []);
    const mine = got.filter((r) => world.products.includes(r.dimension_id));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => String(r.dimension_code).startsWith(`R${world.tag}-`) && String(r.dimension_name).startsWith('报表商品'))).toBe(true);
  });

  it('report_profit equals the brute force for every dimension and granularity', async () => {
    for (const [from, to] of [[longFrom, today], [midFrom, midTo]]) {
      for (const gran of ['day', 'week', 'month']) {
        for (const dim of DIMENSIONS) {
          const { got, want } = await both(
            DEMO.finance,
            `select to_jsonb(r) as j from public.report_profit($1, $2, $3, $4) r`,
            [from, to, gran, dim],
            brute.bruteProfit,
            [from, to, gran, dim],
          );
          expect(canon(got, PROFIT_KEYS), `${from}..${to} ${gran} ${dim} seed ${SEED}`).toEqual(canon(want, PROFIT_KEYS));
        }
      }
    }
    // The history has write-offs, scrapped returns and adjustments: profit is not just gross profit.
    const { got } = await both(DEMO.finance, `select to_jsonb(r) as j from public.report_profit($1, $2, 'month', 'warehouse') r`, [longFrom, today], 'select 1 as j', []);
    const mine = got.filter((r) => world.warehouses.includes(r.dimension_id));
    expect(mine.some((r) => Number(r.write_offs) > 0)).toBe(true);
    expect(mine.some((r) => Number(r.adjustments) !== 0)).toBe(true);
    expect(mine.some((r) => Number(r.refunds) > 0)).toBe(true);
  });

  it('report_sales and report_profit with p_top: the top keys of each period, then one row summing the others', async () => {
    // From the full report (itself proven equal to the brute force above): per period, keys by revenue (then id),
    // the first n kept as they are, the rest summed on a keyless row that says how many it holds.
    const expectTop = (full: any[], n: number, measures: string[], keep: (r: any) => boolean) => {
      const out: any[] = [];
      for (const period of [...new Set(full.map((r) => r.period))]) {
        const rows = full.filter((r) => r.period === period);
        const ranked = rows.filter((r) => !keep(r)).sort((a, b) => Number(b.revenue) - Number(a.revenue) || (a.dimension_id < b.dimension_id ? -1 : 1));
        out.push(...rows.filter(keep), ...ranked.slice(0, n));
        const rest = ranked.slice(n);
        if (rest.length) {
          const sum: any = { period, dimension_id: null, others: rest.length };
          for (const m of measures) sum[m] = rest.reduce((acc, r) => acc + Number(r[m]), 0);
          out.push(sum);
        }
      }
      return out;
    };
    const salesMeasures = ['orders', 'units', 'revenue', 'discounts', 'returns', 'cogs'];
    const profitMeasures = ['revenue', 'refunds', 'cogs', 'write_offs', 'adjustments'];
    let folded = 0;
    for (const dim of ['customer', 'product', 'salesperson']) {
      for (const [fn, user, measures] of [['report_sales', DEMO.admin, salesMeasures], ['report_profit', DEMO.finance, profitMeasures]] as const) {
        const keys = ['period', 'dimension_id', ...measures, 'others'];
        const { got: full } = await both(user, `select to_jsonb(r) as j from public.${fn}($1, $2, 'week', $3) r`, [longFrom, today, dim], 'select 1 as j', []);
        const { got: top } = await both(user, `select to_jsonb(r) as j from public.${fn}($1, $2, 'week', $3, 3) r`, [longFrom, today, dim], 'select 1 as j', []);
        // Profit's keyless row of stock losses is never folded into the others.
        const keep = (r: any) => fn === 'report_profit' && r.dimension_id === null;
        expect(canon(top, keys), `${fn} ${dim}`).toEqual(canon(expectTop(full, 3, [...measures], keep), keys));
        folded += top.filter((r) => r.others !== null).length;
        // Kept rows are labelled; the rows come by period, the others last in each.
        expect(top.filter((r) => r.others === null && r.dimension_id !== null).every((r) => r.dimension_name)).toBe(true);
        const order = top.map((r) => `${r.period}|${r.others === null ? 0 : 1}`);
        expect(order).toEqual([...order].sort());
      }
    }
    expect(folded).toBeGreaterThan(0);
  });

  it('report_inventory equals the ledger, with values for admin and finance only', async () => {
    const keys = ['dimension_id', 'products', 'on_hand', 'reserved', 'available', 'in_transit', 'stock_value', 'in_transit_value'];
    for (const [user, costs] of [[DEMO.admin, true], [DEMO.warehouse, false], [DEMO.sales, false]] as const) {
      for (const dim of ['warehouse', 'category', 'product', 'none']) {
        const { got, want } = await both(user, `select to_jsonb(r) as j from public.report_inventory($1) r`, [dim], brute.bruteInventory, [dim, costs]);
        expect(canon(got, keys), `${user.email} ${dim}`).toEqual(canon(want, keys));
      }
    }
    const [w] = (await both(DEMO.admin, `select to_jsonb(r) as j from public.report_inventory('warehouse') r where r.dimension_id = $1`, [world.warehouses[1]], 'select 1 as j', [])).got;
    expect(Number(w.in_transit)).toBeGreaterThan(0);
  });

  it('report_turnover equals COGS over the daily average of the ledger value', async () => {
    const keys = ['dimension_id', 'days', 'cogs', 'opening_value', 'closing_value', 'average_value', 'turnover', 'days_of_inventory'];
    for (const [from, to] of [[longFrom, today], [midFrom, midTo], [addDays(today, -6), today]]) {
      for (const dim of ['none', 'warehouse', 'category']) {
        for (const [user, costs] of [[DEMO.finance, true], [DEMO.warehouse, false]] as const) {
          const { got, want } = await both(user, `select to_jsonb(r) as j from public.report_turnover($1, $2, $3) r`, [from, to, dim], brute.bruteTurnover, [from, to, dim, costs]);
          expect(canon(got, keys), `${from}..${to} ${dim} ${user.email}`).toEqual(canon(want, keys));
        }
      }
    }
  });

  it('report_days_of_cover and report_replenishment equal the brute force', async () => {
    const coverKeys = ['product_id', 'on_hand', 'available', 'units_30d', 'avg_daily_units', 'days_of_cover'];
    for (const w of [null, world.warehouses[0]]) {
      const { got, want } = await both(DEMO.sales, `select to_jsonb(r) as j from public.report_days_of_cover($1) r`, [w], brute.bruteDaysOfCover, [w]);
      expect(canon(got, coverKeys)).toEqual(canon(want, coverKeys));
    }
    // One product needs far more than it has: below safety stock in both warehouses.
    await tx(db(), (as) => as(DEMO.warehouse, `select public.set_product_safety_stock($1, 5000)`, [world.products[7]]));
    const keys = ['product_id', 'warehouse_id', 'safety_stock', 'on_hand', 'reserved', 'available', 'inbound', 'units_30d',
      'avg_daily_units', 'days_of_cover', 'below_safety_stock', 'low_cover', 'suggested_qty', 'estimated_cost'];
    let flagged = 0;
    for (const lead of [0, 7, 45]) {
      for (const [user, costs] of [[DEMO.admin, true], [DEMO.warehouse, false]] as const) {
        const { got, want } = await both(user, `select to_jsonb(r) as j from public.report_replenishment($1, null) r`, [lead], brute.bruteReplenishment, [lead, null, costs]);
        expect(canon(got, keys), `lead ${lead} ${user.email}`).toEqual(canon(want, keys));
        flagged += got.filter((r) => world.products.includes(r.product_id)).length;
      }
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('report_expiry equals the batches expiring or expired, value for admin and finance only', async () => {
    const keys = ['batch_id', 'expiry_date', 'days_to_expiry', 'status', 'qty_on_hand', 'unit_cost', 'value_at_risk'];
    for (const days of [0, 14, 60]) {
      for (const [user, costs] of [[DEMO.finance, true], [DEMO.warehouse, false]] as const) {
        const { got, want } = await both(user, `select to_jsonb(r) as j from public.report_expiry($1, null) r`, [days], brute.bruteExpiry, [days, null, costs]);
        expect(canon(got, keys), `${days} days ${user.email}`).toEqual(canon(want, keys));
        const summary = await both(user, `select to_jsonb(r) as j from public.report_expiry_summary($1, null) r`, [days], brute.bruteExpirySummary, [days, null, costs]);
        const summaryKeys = ['status', 'batches', 'qty_on_hand', 'value_at_risk'];
        expect(canon(summary.got, summaryKeys), `summary, ${days} days ${user.email}`).toEqual(canon(summary.want, summaryKeys));
      }
    }
  });

  it('report_expiry pages (p_limit / p_offset) follow one another in the order of the whole report', async () => {
    await tx(db(), async (as) => {
      const whole = await as(DEMO.finance, `select r.* from public.report_expiry(60, null) r`);
      expect(whole.length).toBeGreaterThan(4);
      const pages: any[] = [];
      for (let offset = 0; offset < whole.length + 3; offset += 3) {
        const page = await as(DEMO.finance, `select r.* from public.report_expiry(60, null, 3, $1) r`, [offset]);
        expect(page.length).toBe(Math.max(0, Math.min(3, whole.length - offset)));
        pages.push(...page);
      }
      expect(pages.map((r) => r.batch_id)).toEqual(whole.map((r) => r.batch_id));
      // Earliest expiry first, as the screen promises.
      const dates = whole.map((r) => String(r.expiry_date.toISOString?.() ?? r.expiry_date));
      expect([...dates].sort()).toEqual(dates);
    });
  });

  it('report_customers equals the brute force: RFM, new vs returning, repeat rate, AOV, top customers', async () => {
    // This year and "since December" end today: the customer rollup's quarter and year rows are used.
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const lastDecember = `${Number(today.slice(0, 4)) - 1}-12-01`;
    for (const [user, sp] of [[DEMO.admin, null], [world.sales[1], world.sales[1].id]] as const) {
      for (const [from, to] of [[longFrom, today], [midFrom, midTo], [yearStart, today], [lastDecember, today], [addDays(today, -100), addDays(today, -1)]]) {
        const { got, want } = await both(user, `select public.report_customers($1, $2, 100) as j`, [from, to], brute.bruteCustomers, [from, to, sp]);
        const report = got[0];
        const n = want.length;
        const repeat = want.filter((c) => Number(c.orders) >= 2).length;
        const orders = want.reduce((s, c) => s + Number(c.orders), 0);
        const amount = want.reduce((s, c) => s + Number(c.order_amount), 0);
        expect(report.summary.customers).toBe(n);
        expect(report.summary.new_customers).toBe(want.filter((c) => c.first_day >= from && c.first_day <= to).length);
        expect(report.summary.returning_customers).toBe(want.filter((c) => c.first_day < from).length);
        expect(report.summary.repeat_customers).toBe(repeat);
        expect(Number(report.summary.repeat_purchase_rate)).toBeCloseTo(n ? repeat / n : 0, 4);
        expect(Number(report.summary.orders)).toBe(orders);
        expect(Number(report.summary.order_amount)).toBeCloseTo(amount, 6);
        expect(Number(report.summary.revenue)).toBeCloseTo(want.reduce((s, c) => s + Number(c.revenue), 0), 6);
        if (orders > 0) expect(Number(report.summary.average_order_value)).toBeCloseTo(Math.round((amount / orders) * 100) / 100, 2);
        for (const score of [1, 2, 3, 4, 5]) {
          const d = report.rfm_distribution.find((x: any) => x.score === score);
          expect([d.r, d.f, d.m]).toEqual([
            want.filter((c) => c.r === score).length,
            want.filter((c) => c.f === score).length,
            want.filter((c) => c.m === score).length,
          ]);
        }
        const top = [...want]
          .sort((a, b) => Number(b.revenue) - Number(a.revenue) || (a.customer_id < b.customer_id ? -1 : 1))
          .slice(0, 100);
        const topKeys = ['customer_id', 'orders', 'revenue', 'last_day', 'first_day', 'r', 'f', 'm'];
        const gotTop = report.top_customers.map((c: any) => ({ ...c, last_day: c.last_order_date, first_day: c.first_order_date }));
        expect(canon(gotTop, topKeys), `${user.email} ${from}..${to}`).toEqual(canon(top, topKeys));
        if (sp) expect(n).toBeGreaterThan(0);
      }
    }
  });

  it('report_dashboard equals the brute force, scoped and costed per role', async () => {
    for (const [user, sp, costs] of [[DEMO.admin, null, true], [DEMO.warehouse, null, false], [world.sales[2], world.sales[2].id, false]] as const) {
      const client = await db().connect();
      let dash: any;
      let kpis: any[];
      let trend: any[];
      let products: any[];
      let alerts: any;
      let open: any;
      try {
        await client.query('begin isolation level repeatable read');
        kpis = (await client.query(brute.bruteDashboard, [sp])).rows.map((r) => r.j);
        trend = (await client.query(brute.bruteDashboardTrend, [sp])).rows.map((r) => r.j);
        products = (await client.query(brute.bruteDashboardProducts, [sp])).rows.map((r) => r.j);
        alerts = (await client.query(`select count(*) filter (where kind = 'low_stock')::int as low_stock, count(*)::int as total
                                       from public.alerts where status <> 'resolved'`)).rows[0];
        open = (await client.query(
          `select (select count(*)::int from public.sales_orders where status in ('confirmed', 'partially_shipped') and ($1::uuid is null or salesperson_id = $1)) as orders,
                  (select count(*)::int from public.returns r join public.sales_orders o on o.id = r.order_id
                    where r.status in ('requested', 'approved', 'received') and ($1::uuid is null or o.salesperson_id = $1)) as returns`,
          [sp],
        )).rows[0];
        await client.query(`select set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify({ sub: user.id, role: 'authenticated', email: user.email, aud: 'authenticated' }),
        ]);
        await client.query('set local role authenticated');
        dash = (await client.query('select public.report_dashboard() as d')).rows[0].d;
        await client.query('commit');
      } finally {
        client.release();
      }
      const label = `${user.email}`;
      for (const win of ['today', 'month']) {
        const k = kpis.find((x) => x.win === win);
        const d = dash[win];
        expect(Number(d.orders), `${label} ${win}`).toBe(Number(k.orders ?? 0));
        expect(Number(d.revenue), `${label} ${win}`).toBeCloseTo(Number(k.revenue ?? 0), 6);
        expect(Number(d.units), `${label} ${win}`).toBeCloseTo(Number(k.units ?? 0), 6);
        expect(Number(d.order_amount)).toBeCloseTo(Number(k.order_amount ?? 0), 6);
        expect(Number(d.payments_in)).toBeCloseTo(Number(k.payments_in ?? 0), 6);
        expect(Number(d.refunds_out)).toBeCloseTo(Number(k.refunds_out ?? 0), 6);
        if (costs) expect(Number(d.gross_profit)).toBeCloseTo(Number(k.gross_profit ?? 0), 6);
        else expect(d.gross_profit).toBeNull();
      }
      expect(canon(dash.trend, ['day', 'orders', 'revenue'])).toEqual(canon(trend, ['day', 'orders', 'revenue']));
      const top = [...products]
        .filter((p) => Number(p.revenue) !== 0 || Number(p.units) !== 0)
        .sort((a, b) => Number(b.revenue) - Number(a.revenue) || (a.product_id < b.product_id ? -1 : 1))
        .slice(0, 10);
      expect(canon(dash.top_products, ['product_id', 'units', 'revenue'])).toEqual(canon(top, ['product_id', 'units', 'revenue']));
      const byCategory = new Map<string | null, number>();
      for (const p of products) byCategory.set(p.category_id, (byCategory.get(p.category_id) ?? 0) + Number(p.revenue));
      const shares = [...byCategory].filter(([, v]) => v !== 0).map(([category_id, revenue]) => ({ category_id, revenue }));
      expect(canon(dash.category_share, ['category_id', 'revenue'])).toEqual(canon(shares, ['category_id', 'revenue']));
      expect([dash.alerts.low_stock, dash.alerts.total]).toEqual([alerts.low_stock, alerts.total]);
      expect([dash.open_orders, dash.open_returns]).toEqual([open.orders, open.returns]);
      expect(dash.scope).toBe(sp ? 'own' : 'all');
    }
  });
});

describe('who may call the report RPCs (through the API)', () => {
  const from = '2026-01-01';
  const to = '2026-12-31';
  const calls: Record<string, Record<string, unknown>> = {
    report_sales: { p_from: from, p_to: to, p_granularity: 'month', p_dimension: 'product' },
    report_profit: { p_from: from, p_to: to },
    report_inventory: { p_dimension: 'warehouse' },
    report_turnover: { p_from: from, p_to: to, p_dimension: 'warehouse' },
    report_days_of_cover: {},
    report_replenishment: { p_lead_time_days: 14 },
    report_expiry: { p_days: 60 },
    report_expiry_summary: { p_days: 60 },
    report_customers: { p_from: from, p_to: to, p_top_n: 5 },
    report_dashboard: {},
  };
  const allowed: Record<string, AppRole[]> = {
    report_sales: ['admin', 'finance', 'sales'],
    report_profit: ['admin', 'finance'],
    report_inventory: ['admin', 'finance', 'sales', 'warehouse'],
    report_turnover: ['admin', 'finance', 'warehouse'],
    report_days_of_cover: ['admin', 'finance', 'sales', 'warehouse'],
    report_replenishment: ['admin', 'finance', 'warehouse'],
    report_expiry: ['admin', 'finance', 'warehouse'],
    report_expiry_summary: ['admin', 'finance', 'warehouse'],
    report_customers: ['admin', 'finance', 'sales'],
    report_dashboard: ['admin', 'finance', 'sales', 'warehouse'],
  };
  const clients = {} as Record<AppRole, SupabaseClient>;

  beforeAll(async () => {
    for (const role of ['admin', 'finance', 'sales', 'warehouse'] as AppRole[]) clients[role] = await signInAs(role);
  });
  afterAll(async () => {
    for (const c of Object.values(clients)) await c.auth.signOut().catch(() => {});
  });

  for (const fn of Object.keys(calls)) {
    it(`${fn}: ${allowed[fn].join(', ')} may; the others get not_authorized; anonymous visitors nothing`, async () => {
      for (const role of ['admin', 'finance', 'sales', 'warehouse'] as AppRole[]) {
        const { data, error } = await clients[role].rpc(fn, calls[fn]);
        if (allowed[fn].includes(role)) {
          expect(error, `${fn} as ${role}`).toBeNull();
          expect(data).not.toBeNull();
        } else {
          expect(error?.code, `${fn} as ${role}`).toBe('42501');
          expect(error?.message).toBe('not_authorized');
        }
      }
      const anon = await anonClient().rpc(fn, calls[fn]);
      expect(anon.error?.code).toBe('42501');
      expect(anon.data).toBeNull();
    });
  }

  it('cost columns are null for sales and warehouse, filled for admin and finance', async () => {
    const costed = async (role: AppRole, fn: string, args: Record<string, unknown>, col: string) => {
      const { data, error } = await clients[role].rpc(fn, args);
      expect(error).toBeNull();
      return (data as any[]).map((r) => r[col]);
    };
    const wide = { p_from: addDays(today, -200), p_to: today };
    for (const role of ['admin', 'finance'] as AppRole[]) {
      expect((await costed(role, 'report_sales', { ...wide, p_dimension: 'warehouse' }, 'cogs')).some((v) => v !== null)).toBe(true);
      expect((await costed(role, 'report_inventory', {}, 'stock_value')).some((v) => v !== null)).toBe(true);
      expect((await costed(role, 'report_expiry', { p_days: 60 }, 'value_at_risk')).some((v) => v !== null)).toBe(true);
      expect((await costed(role, 'report_expiry_summary', { p_days: 60 }, 'value_at_risk')).some((v) => v !== null)).toBe(true);
    }
    expect((await costed('sales', 'report_sales', { ...wide, p_dimension: 'none' }, 'cogs')).every((v) => v === null)).toBe(true);
    expect((await costed('sales', 'report_inventory', {}, 'stock_value')).every((v) => v === null)).toBe(true);
    expect((await costed('warehouse', 'report_inventory', {}, 'stock_value')).every((v) => v === null)).toBe(true);
    expect((await costed('warehouse', 'report_turnover', { ...wide, p_dimension: 'none' }, 'cogs')).every((v) => v === null)).toBe(true);
    expect((await costed('warehouse', 'report_turnover', { ...wide, p_dimension: 'none' }, 'turnover')).some((v) => v !== null)).toBe(true);
    expect((await costed('warehouse', 'report_expiry', { p_days: 60 }, 'value_at_risk')).every((v) => v === null)).toBe(true);
    expect((await costed('warehouse', 'report_expiry_summary', { p_days: 60 }, 'value_at_risk')).every((v) => v === null)).toBe(true);
    expect((await costed('warehouse', 'report_replenishment', { p_lead_time_days: 45 }, 'estimated_cost')).every((v) => v === null)).toBe(true);
  });

  it('a salesperson signed in through the API sees exactly their own sales', async () => {
    const me = world.sales[0];
    const client = await signInWith(me.email, DEMO_PASSWORD);
    const { data, error } = await client.rpc('report_sales', { p_from: addDays(today, -200), p_to: today, p_granularity: 'month', p_dimension: 'salesperson' });
    expect(error).toBeNull();
    expect((data as any[]).length).toBeGreaterThan(0);
    expect((data as any[]).every((r) => r.dimension_id === me.id)).toBe(true);
    const { want } = await both(null, 'select 1 as j', [], brute.bruteSales, [addDays(today, -200), today, 'month', 'salesperson', me.id, false]);
    expect(canon(data as any[], SALES_KEYS)).toEqual(canon(want, SALES_KEYS));
    await client.auth.signOut();
  });

  it('bad arguments answer with a code', async () => {
    const admin = clients.admin;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['report_sales', { p_from: to, p_to: from }, 'invalid_period'],
      ['report_sales', { p_from: '2000-01-01', p_to: '2020-01-01' }, 'invalid_period'],
      ['report_sales', { p_from: from, p_to: to, p_granularity: 'year' }, 'invalid_granularity'],
      ['report_sales', { p_from: from, p_to: to, p_dimension: 'brand' }, 'invalid_dimension'],
      ['report_inventory', { p_dimension: 'salesperson' }, 'invalid_dimension'],
      ['report_replenishment', { p_lead_time_days: -1 }, 'invalid_argument'],
      ['report_expiry', { p_days: 99999 }, 'invalid_argument'],
      ['report_expiry', { p_days: 30, p_limit: 0 }, 'invalid_argument'],
      ['report_expiry', { p_days: 30, p_limit: 1001 }, 'invalid_argument'],
      ['report_expiry', { p_days: 30, p_limit: 10, p_offset: -1 }, 'invalid_argument'],
      ['report_expiry_summary', { p_days: -1 }, 'invalid_argument'],
      ['report_customers', { p_from: from, p_to: to, p_top_n: 1000 }, 'invalid_argument'],
      ['report_sales', { p_from: from, p_to: to, p_dimension: 'customer', p_top: 0 }, 'invalid_argument'],
      ['report_profit', { p_from: from, p_to: to, p_dimension: 'product', p_top: 1001 }, 'invalid_argument'],
    ];
    for (const [fn, args, code] of cases) {
      const { error } = await admin.rpc(fn, args);
      expect({ fn, message: error?.message, hint: error?.hint }).toEqual({ fn, message: code, hint: code });
    }
  });

  it('rebuild_report_rollups is for admins (and the platform) only', async () => {
    for (const role of ['finance', 'sales', 'warehouse'] as AppRole[]) {
      const { error } = await clients[role].rpc('rebuild_report_rollups');
      expect(error?.code, role).toBe('42501');
    }
    expect((await anonClient().rpc('rebuild_report_rollups')).error?.code).toBe('42501');
    const { data, error } = await clients.admin.rpc('rebuild_report_rollups');
    expect(error).toBeNull();
    expect(data.sales_by_product).toBeGreaterThan(0);
  });

  it('the rollup tables themselves are out of the API’s reach', async () => {
    const [grants] = await sql<{ n: number }>(`
      select count(*)::int as n from information_schema.role_table_grants
      where table_schema = 'private' and table_name like 'report_%' and grantee in ('anon', 'authenticated', 'service_role')`);
    expect(grants.n).toBe(0);
    expect(DEMO_USERS.admin.id).toBe(DEMO.admin.id);
  });
});
