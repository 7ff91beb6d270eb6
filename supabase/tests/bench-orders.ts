/**
 * npm run bench:orders — order confirmation throughput on the embedded stack.
 *
 * Starts its own stack (fresh scratch database, migrations, seed), then for two workloads
 *   hot    — every order takes 2 of 4 hot SKUs (everyone fights over the same stock_levels rows;
 *            stock is 90 % of demand, so the tail of the run sells out);
 *   spread — every order takes 2 of 400 SKUs with plenty of stock;
 * measures, in the same run:
 *   rpc    — CLIENTS supabase-js clients (each signed in as the demo salesperson) calling
 *            confirm_sales_order through the gateway and PostgREST: role check, order lock, status
 *            checks, reservation via private.reserve_stock_lines (rows locked in product order), line and header updates,
 *            audit row, report facts;
 *   rest   — the same calls straight to PostgREST (postgrest-js with the same access tokens), without
 *            the embedded stack's Node gateway, which stands in for Supabase's Kong;
 *   sql    — the same confirm_sales_order over CLIENTS direct pg connections, each call in one round
 *            trip the way PostgREST wraps it (role + JWT claims set locally, then the function): the
 *            database's share of the rpc path, without HTTP, gateway, JWT checks and PostgREST;
 *   no-op  — the floor of the HTTP path, once: as many calls of an RPC that does next to nothing (my_role)
 *            through the gateway and PostgREST; the most any RPC reaches on this machine;
 *   raw    — the ceiling: the same reservation (the order's two stock_levels rows, locked in product
 *            order, reserved only if available) as ONE SQL statement per order over CLIENTS direct pg
 *            connections, nothing else.
 * Every path is driven from a separate driver process (this file, --driver): clients run apart from the
 * stack, as browsers and Supabase's Kong do, so the Node gateway never shares an event loop with the load
 * that measures it. All four paths use the same driver, so their ratios compare like with like.
 * Prints orders/s, p50/p95 latency and the rpc/raw and sql/raw ratios, and checks zero oversell (reserved ≤
 * on_hand everywhere; for rpc, reserved = what confirmed orders hold; every failure is a clean
 * insufficient_stock). Exits 1 if a check fails.
 *
 * Options: --clients N (default 16), --orders N per workload (default 640), --json, --keep (keep the data dir),
 * --profile (track_functions = all: after each sql path, the functions and triggers that took its time).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { PostgrestClient } from '@supabase/postgrest-js';
import pg from 'pg';
import WebSocket from 'ws';
import { scratchDir } from '../embedded/postgres.ts';
import { startStack } from '../embedded/stack.ts';
import { IS_DRIVER, runDriver, serveDriver } from './bench-driver.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 16);
const ORDERS = arg('orders', 640);
const JSON_OUT = process.argv.includes('--json');
const KEEP = process.argv.includes('--keep');
const PROFILE = process.argv.includes('--profile');
const SALES = { id: '00000000-0000-4000-8000-000000000002', email: 'sales@demo.local', password: 'Demo@123456' };

interface Order {
  id: string;
  items: Array<{ product: string; qty: number }>;
}
interface Result {
  workload: string;
  path: 'rpc' | 'rest' | 'sql' | 'raw';
  orders: number;
  confirmed: number;
  soldOut: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

const log = (...parts: unknown[]) => {
  if (!JSON_OUT) console.log(...parts);
};

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `work` for every item, CLIENTS workers at once, each taking the next item; times each call. */
async function drive<T>(items: T[], workers: number, work: (worker: number, item: T) => Promise<'ok' | 'sold_out'>) {
  let next = 0;
  const latencies: number[] = [];
  let confirmed = 0;
  let soldOut = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (next < items.length) {
        const item = items[next++];
        const t0 = performance.now();
        const outcome = await work(w, item);
        latencies.push(performance.now() - t0);
        if (outcome === 'ok') confirmed++;
        else soldOut++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { confirmed, soldOut, seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function main() {
  const home = scratchDir('bench-orders');
  log(`starting the embedded stack in ${home} …`);
  const stack = await startStack({ dataDir: join(home, 'data') });
  const failures: string[] = [];
  const pool = new pg.Pool({ connectionString: stack.dbUrl, max: CLIENTS + 4 });
  try {
    // Fixture -------------------------------------------------------------------------------------
    const q = async <R extends pg.QueryResultRow = any>(text: string, params: unknown[] = []) => (await pool.query<R>(text, params)).rows;
    const warehouse = async (code: string) =>
      (await q(`insert into public.warehouses (code, name) values ($1, $1) returning id`, [code]))[0].id as string;
    const products = async (prefix: string, n: number) =>
      (
        await q(
          `insert into public.products (sku, name, list_price, status)
           select $1 || '-' || lpad(i::text, 4, '0'), '压测商品 ' || $1 || i, 9.90, 'on_sale' from generate_series(1, $2) i
           returning id`,
          [prefix, n],
        )
      ).map((r) => r.id as string);
    const stockIn = (ids: string[], wh: string, qty: number) =>
      q(
        `select private.receive_into_batch(private.find_or_create_batch(p, $2, 'BENCH', null, 5.00), $3, 'receipt', 'bench', null, null)
         from unnest($1::uuid[]) p order by p`,
        [ids, wh, qty],
      );
    const [{ id: customer }] = await q(`insert into public.customers (name) values ('压测客户') returning id`);

    const plan = (skus: string[], hot: boolean): Array<Array<{ product: string; qty: number }>> =>
      Array.from({ length: ORDERS }, (_, i) => {
        const a = hot ? skus[i % skus.length] : skus[(i * 7) % skus.length];
        let b = hot ? skus[(i + 1 + Math.floor(i / skus.length)) % skus.length] : skus[(i * 13 + 5) % skus.length];
        if (b === a) b = skus[(skus.indexOf(a) + 1) % skus.length];
        // Lines in both orders, so that unsorted locking would deadlock.
        return i % 2 ? [{ product: a, qty: 1 }, { product: b, qty: 1 }] : [{ product: b, qty: 1 }, { product: a, qty: 1 }];
      });
    const demand = (orders: Array<Array<{ product: string; qty: number }>>, sku: string) =>
      orders.flat().filter((l) => l.product === sku).reduce((s, l) => s + l.qty, 0);

    /** Draft orders through create_sales_order as the demo salesperson (not timed). */
    const createDrafts = async (wh: string, plans: Array<Array<{ product: string; qty: number }>>) => {
      const out: Order[] = new Array(plans.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const client = await pool.connect();
          try {
            while (next < plans.length) {
              const i = next++;
              await client.query('begin');
              await client.query(`select set_config('request.jwt.claims', $1, true)`, [
                JSON.stringify({ sub: SALES.id, role: 'authenticated', email: SALES.email }),
              ]);
              await client.query('set local role authenticated');
              const { rows } = await client.query(`select public.create_sales_order($1, $2, $3) ->> 'id' as id`, [
                customer,
                wh,
                JSON.stringify(plans[i].map((l) => ({ product_id: l.product, qty: l.qty }))),
              ]);
              await client.query('commit');
              out[i] = { id: rows[0].id, items: plans[i] };
            }
          } finally {
            client.release();
          }
        }),
      );
      return out;
    };

    const workloads: Array<{ name: string; skus: number; hot: boolean }> = [
      { name: 'hot', skus: 4, hot: true },
      { name: 'spread', skus: 400, hot: false },
    ];

    log(`preparing ${workloads.length} workloads × ${ORDERS} orders × (rpc + raw) …`);
    const prepared = [];
    for (const w of workloads) {
      const plans = plan(await products(`BENCH-${w.name.toUpperCase()}`, w.skus), w.hot);
      const skus = [...new Set(plans.flat().map((l) => l.product))];
      const whRpc = await warehouse(`B-${w.name}-RPC`);
      const whRest = await warehouse(`B-${w.name}-REST`);
      const whSql = await warehouse(`B-${w.name}-SQL`);
      const whRaw = await warehouse(`B-${w.name}-RAW`);
      for (const sku of skus) {
        const need = demand(plans, sku);
        const qty = w.hot ? Math.floor(need * 0.9) : need + 10;
        for (const wh of [whRpc, whRest, whSql, whRaw]) await stockIn([sku], wh, qty);
      }
      prepared.push({
        ...w, plans, skus, whRpc, whRest, whSql, whRaw,
        orders: await createDrafts(whRpc, plans),
        restOrders: await createDrafts(whRest, plans),
        sqlOrders: await createDrafts(whSql, plans),
      });
    }

    // Timing, in a separate driver process (see the header) ------------------------------------------------
    const job: DriverJob = {
      apiUrl: stack.apiUrl,
      anonKey: stack.anonKey,
      restUrl: `http://127.0.0.1:${stack.ports.rest}`,
      dbUrl: stack.dbUrl,
      workloads: prepared.map((w) => ({ name: w.name, orders: w.orders, restOrders: w.restOrders, sqlOrders: w.sqlOrders, plans: w.plans, whRaw: w.whRaw })),
    };
    const { results, unexpected: unexpectedByWorkload } = await runDriver<DriverJob, DriverAnswer>(import.meta.url, job);

    for (const w of prepared) {
      const find = (path: Result['path']) => results.find((r) => r.workload === w.name && r.path === path)!;
      const [rpc, rest, viaSql] = [find('rpc'), find('rest'), find('sql')];
      const unexpected = unexpectedByWorkload[w.name] ?? [];
      // Checks: no oversell on either path; rpc reservations are exactly what confirmed orders hold.
      const over = await q(
        `select product_id, warehouse_id, on_hand, reserved from public.stock_levels
         where warehouse_id = any ($1::uuid[]) and reserved > on_hand`,
        [[w.whRpc, w.whRest, w.whSql, w.whRaw]],
      );
      if (over.length) failures.push(`${w.name}: oversold ${JSON.stringify(over)}`);
      for (const [wh, reported] of [[w.whRpc, rpc.confirmed], [w.whRest, rest.confirmed], [w.whSql, viaSql.confirmed]] as const) {
        const mismatch = await q(
          `select s.product_id, s.reserved, coalesce(h.qty, 0) as held
           from public.stock_levels s
           left join (select l.product_id, sum(l.reserved_qty) as qty from public.sales_order_lines l
                      join public.sales_orders o on o.id = l.order_id where o.warehouse_id = $1 group by 1) h using (product_id)
           where s.warehouse_id = $1 and s.reserved <> coalesce(h.qty, 0)`,
          [wh],
        );
        if (mismatch.length) failures.push(`${w.name}: reserved ≠ confirmed orders ${JSON.stringify(mismatch)}`);
        const [{ confirmed }] = await q(`select count(*)::int as confirmed from public.sales_orders where warehouse_id = $1 and status = 'confirmed'`, [wh]);
        if (confirmed !== reported) failures.push(`${w.name}: ${confirmed} confirmed in the database, ${reported} reported`);
      }
      if (unexpected.length) failures.push(`${w.name}: unexpected errors ${[...new Set(unexpected)].join(', ')}`);
    }

    // Report -----------------------------------------------------------------------------------------
    if (JSON_OUT) {
      console.log(JSON.stringify({ clients: CLIENTS, ordersPerWorkload: ORDERS, results, failures }, null, 2));
    } else {
      console.log(`\nconfirm_sales_order throughput — ${CLIENTS} clients, ${ORDERS} orders per workload, 2 lines per order`);
      console.log('workload  path  orders/s   p50 ms   p95 ms  confirmed  sold out');
      for (const r of results) {
        console.log(
          `${r.workload.padEnd(8)}  ${r.path.padEnd(4)}  ${r.perSecond.toFixed(0).padStart(8)}  ${r.p50.toFixed(1).padStart(7)}  ${r.p95
            .toFixed(1)
            .padStart(7)}  ${String(r.confirmed).padStart(9)}  ${String(r.soldOut).padStart(8)}`,
        );
      }
      const floor = results.find((r) => r.workload === 'no-op')!;
      for (const w of workloads) {
        const rpc = results.find((r) => r.workload === w.name && r.path === 'rpc')!;
        const rest = results.find((r) => r.workload === w.name && r.path === 'rest')!;
        const viaSql = results.find((r) => r.workload === w.name && r.path === 'sql')!;
        const raw = results.find((r) => r.workload === w.name && r.path === 'raw')!;
        const pct = (r: Result) => `${((r.perSecond / raw.perSecond) * 100).toFixed(0)} %`;
        console.log(`${w.name}: rpc = ${pct(rpc)} of the raw ceiling, rest = ${pct(rest)}, sql = ${pct(viaSql)}; an RPC doing nothing = ${pct(floor)}`);
      }
      console.log(failures.length ? `\nFAILED:\n  ${failures.join('\n  ')}` : '\noversell checks: ok (zero oversell, reservations = confirmed orders, only insufficient_stock refusals)');
    }
  } finally {
    await pool.end().catch(() => {});
    await stack.stop();
    if (!KEEP) rmSync(home, { recursive: true, force: true });
  }
  if (failures.length) process.exitCode = 1;
}

// The driver: the clients, in their own process ------------------------------------------------------------

interface DriverJob {
  apiUrl: string;
  anonKey: string;
  restUrl: string;
  dbUrl: string;
  workloads: Array<{ name: string; orders: Order[]; restOrders: Order[]; sqlOrders: Order[]; plans: Array<Array<{ product: string; qty: number }>>; whRaw: string }>;
}
interface DriverAnswer {
  results: Result[];
  /** Errors other than insufficient_stock, per workload. */
  unexpected: Record<string, string[]>;
}

const RAW_SQL = `
  with want (product_id, qty) as (select * from unnest($1::uuid[], $2::numeric[])),
  locked as (
    select l.product_id from public.stock_levels l join want w using (product_id)
    where l.warehouse_id = $3 order by l.product_id for update),
  ok as (
    select count(*) = (select count(*) from want) as ok
    from public.stock_levels l join want w using (product_id)
    where l.warehouse_id = $3 and l.product_id in (select product_id from locked) and l.on_hand - l.reserved >= w.qty)
  update public.stock_levels l set reserved = l.reserved + w.qty
  from want w, ok
  where ok.ok and l.product_id = w.product_id and l.warehouse_id = $3 and l.on_hand - l.reserved >= w.qty
  returning l.product_id`;
// (The availability test is repeated in the UPDATE because its re-check runs on the latest row
// version; a statement that loses a race on its second row reserves only the first. The raw path
// is a ceiling to compare with, not an order system.)

async function driver(job: DriverJob): Promise<DriverAnswer> {
  const clients: SupabaseClient[] = [];
  const restClients: PostgrestClient[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const c = createClient(job.apiUrl, job.anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
    });
    const { data, error } = await c.auth.signInWithPassword({ email: SALES.email, password: SALES.password });
    if (error) throw error;
    clients.push(c);
    restClients.push(new PostgrestClient(job.restUrl, { headers: { apikey: job.anonKey, Authorization: `Bearer ${data.session.access_token}` } }));
  }
  const conns: pg.Client[] = [];
  for (let i = 0; i < CLIENTS + 1; i++) {
    const c = new pg.Client({ connectionString: job.dbUrl });
    await c.connect();
    conns.push(c);
  }
  const admin = conns.pop()!;

  /** Where the function time of the last path went: self time per function / trigger, per order. */
  const printProfile = async (label: string) => {
    await new Promise((resolve) => setTimeout(resolve, 600)); // backends report their counters when idle
    const { rows } = await admin.query(
      `select schemaname || '.' || funcname as fn, calls, round((self_time / $1)::numeric, 3) as self_ms_per_order,
              round((total_time / $1)::numeric, 3) as total_ms_per_order
         from pg_stat_user_functions where schemaname in ('public', 'private') order by self_time desc limit 15`,
      [ORDERS],
    );
    log(`\nprofile (${label}): ms per order, self / total`);
    for (const r of rows) log(`  ${String(r.fn).padEnd(44)} ${String(r.calls).padStart(6)} calls  ${r.self_ms_per_order} / ${r.total_ms_per_order}`);
  };
  if (PROFILE) {
    await admin.query(`alter system set track_functions = 'all'`);
    await admin.query(`select pg_reload_conf()`);
  }

  // Warm-up: a call per client, so that connection pools and plans are ready.
  await Promise.all(clients.map((c) => c.rpc('confirm_sales_order', { p_order_id: '00000000-0000-4000-8000-000000000000' })));

  const results: Result[] = [];
  // The floor of the HTTP path: an RPC that does next to nothing (my_role: one indexed read), as many calls
  // as a workload, through the gateway and PostgREST. No RPC can go faster than this here.
  const noop = await drive(job.workloads[0].orders, CLIENTS, async (worker) => {
    const { error } = await clients[worker].rpc('my_role');
    if (error) throw error;
    return 'ok';
  });
  results.push({ workload: 'no-op', path: 'rpc', orders: ORDERS, ...noop, perSecond: ORDERS / noop.seconds });

  const unexpectedByWorkload: Record<string, string[]> = {};
  for (const w of job.workloads) {
    const unexpected: string[] = (unexpectedByWorkload[w.name] = []);
    // Every order confirmed once through one set of clients; any refusal but insufficient_stock is noted.
    const confirmAll = (orders: typeof w.orders, through: Array<Pick<SupabaseClient, 'rpc'> | Pick<PostgrestClient, 'rpc'>>) =>
      drive(orders, CLIENTS, async (worker, order) => {
        const { error } = await through[worker].rpc('confirm_sales_order', { p_order_id: order.id });
        if (!error) return 'ok';
        if (error.message !== 'insufficient_stock') unexpected.push(`${error.code} ${error.message}`);
        return 'sold_out';
      });
    const rpc = await confirmAll(w.orders, clients);
    results.push({ workload: w.name, path: 'rpc', orders: ORDERS, ...rpc, perSecond: ORDERS / rpc.seconds });

    const rest = await confirmAll(w.restOrders, restClients);
    results.push({ workload: w.name, path: 'rest', orders: ORDERS, ...rest, perSecond: ORDERS / rest.seconds });

    const claims = JSON.stringify({ sub: SALES.id, role: 'authenticated', email: SALES.email }).replace(/'/g, "''");
    if (PROFILE) await admin.query(`select pg_stat_reset()`);
    const viaSql = await drive(w.sqlOrders, CLIENTS, async (worker, order) => {
      try {
        // Ids come from the database (uuid text), so inlining them is safe; one round trip per call.
        await conns[worker].query(
          `begin; select set_config('request.jwt.claims', '${claims}', true), set_config('role', 'authenticated', true);
           select public.confirm_sales_order('${order.id}'); commit;`,
        );
        return 'ok';
      } catch (error) {
        await conns[worker].query('rollback');
        if ((error as Error).message !== 'insufficient_stock') unexpected.push((error as Error).message);
        return 'sold_out';
      }
    });
    results.push({ workload: w.name, path: 'sql', orders: ORDERS, ...viaSql, perSecond: ORDERS / viaSql.seconds });
    if (PROFILE) await printProfile(`${w.name} sql`);

    const raw = await drive(w.plans, CLIENTS, async (worker, items) => {
      const sorted = [...items].sort((a, b) => (a.product < b.product ? -1 : 1));
      const { rowCount } = await conns[worker].query(RAW_SQL, [sorted.map((l) => l.product), sorted.map((l) => l.qty), w.whRaw]);
      return rowCount === items.length ? 'ok' : 'sold_out';
    });
    results.push({ workload: w.name, path: 'raw', orders: ORDERS, ...raw, perSecond: ORDERS / raw.seconds });
  }
  await Promise.all([...conns, admin].map((c) => c.end()));
  return { results, unexpected: unexpectedByWorkload };
}

if (IS_DRIVER) {
  serveDriver(driver);
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
