/**
 * npm run bench:reports — report RPCs at scale on the embedded stack.
 *
 * Starts its own stack (fresh scratch database, migrations, seed), then:
 *   1. generates BENCH_ORDERS orders (default 1 000 000, ~3 lines each) over the last 365 days with set-based
 *      SQL as postgres: customers, products, warehouses, salespeople, stock-in receipts (one batch per product ×
 *      warehouse × month, sized to what ships from it plus a remainder), orders and lines with promotions,
 *      shipments (10 % in two parts) with their batches, costs and ledger rows, payments, returns (restocked and
 *      scrapped) with refunds, stocktake adjustments and expiry write-offs, open confirmed orders holding
 *      reservations. Triggers are off while loading (session_replication_role = replica), so documents, ledger,
 *      balances (stock_batches.qty_on_hand and stock_levels = sums of the ledger, reserved = open order lines) and
 *      order amounts are written consistently by the generator itself, and the report rollups come from
 *      public.rebuild_report_rollups() afterwards: the same fact functions the triggers use.
 *   2. times every report RPC through the API (supabase-js signed in as the demo finance user, in a driver process
 *      apart from the stack's gateway: supabase/tests/bench-driver.ts; by product and by
 *      customer with p_top = 20, as the report page asks; expiry as its page opens: the first 50 batches and the
 *      summary, in parallel; and the whole report by customer, a period at a time as the page reads it, beside
 *      page by page) and, in the same
 *      run, the same figures computed by a plain GROUP BY over the raw tables (supabase/tests/reports-brute.ts,
 *      as postgres): p50 / p95 and the ratio of the p50s, and checks that both give the same rows.
 * Targets: every report < 200 ms (p95) and ≥ 20× faster than the plain query.
 *
 *   3. times the Excel export of EXPORT_ROWS (default 100 000) report rows with the app's own workbook builder
 *      (src/lib/excel/workbook.ts, in Node): build + write + frozen header, the median of 3 runs, the file size,
 *      and a check that the file reads back with the right row count and totals (the time is printed with the
 *      load average, not judged: it depends on the machine).
 *      BENCH_EXPORT_ONLY=1 runs only this step (no stack, a few seconds). BENCH_EXPORT_COMPARE=1 also times the
 *      same sheet written cell by cell by SheetJS (src/lib/excel/reference.ts, the former writer: ~10–30 s a run).
 *
 * Env: BENCH_ORDERS (default 1000000), BENCH_PRODUCTS (1000), BENCH_CUSTOMERS (orders / 50), BENCH_RUNS (RPC
 * calls per report, 15), BENCH_PLAIN_RUNS (plain queries per report, 2; 0 skips them and the comparison),
 * BENCH_KEEP=1 keeps the data directory (its path is printed at the end). BENCH_REUSE=<that directory> starts the
 * kept database again and skips step 1 and its consistency check (generation takes most of a run: ~25 min on 2
 * shared cores; the directory is never deleted). A kept database keeps the migrations it was created with: new
 * migration files are applied, edited ones are not (apply changed functions to it by hand). BENCH_ANALYZE=1 (with
 * BENCH_REUSE) analyzes and re-runs public.rebuild_report_rollups() first. BENCH_ONLY=<text> times only the cases
 * whose name contains it (case-insensitive; comma-separated alternatives).
 * Exits 1 if a target is missed or a report differs from its plain query.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import WebSocket from 'ws';
import { scratchDir } from '../embedded/postgres.ts';
import { startStack } from '../embedded/stack.ts';
import { IS_DRIVER, runDriver, serveDriver } from './bench-driver.ts';
import * as brute from './reports-brute.ts';
import * as XLSX from 'xlsx';
import { defaultParams, REPORTS, reportSheet, type ReportParams, type Row } from '../../src/components/reports/definitions.ts';
import { readReport, type ReadReport } from '../../src/components/reports/readReport.ts';
import { reportsZhCN } from '../../src/i18n/areas/reports/zh-CN.ts';
import { sheetBytes } from '../../src/lib/excel/workbook.ts';
import { createExtras } from '../../src/providers/data-provider-extras.ts';
import { generateFilter } from '@refinedev/supabase';
import { referenceSheetBytes } from '../../src/lib/excel/reference.ts';
import { loadavg } from 'node:os';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 1000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? Math.max(500, Math.round(ORDERS / 50)));
const WAREHOUSES = 4;
const SALESPEOPLE = 20;
const DAYS = 365;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PLAIN_RUNS = Number(process.env.BENCH_PLAIN_RUNS ?? 2);
const REUSE = process.env.BENCH_REUSE || '';
const KEEP = process.env.BENCH_KEEP === '1' || REUSE !== '';
const REANALYZE = process.env.BENCH_ANALYZE === '1';
const ONLY = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').map((x) => x.trim()).filter(Boolean);
const EXPORT_ROWS = Number(process.env.EXPORT_ROWS ?? 100_000);
const EXPORT_ONLY = process.env.BENCH_EXPORT_ONLY === '1';
const EXPORT_COMPARE = process.env.BENCH_EXPORT_COMPARE === '1';
const FINANCE = { email: 'finance@demo.local', password: 'Demo@123456' };

const log = (...parts: unknown[]) => console.log(...parts);
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** The generator, step by step (each a statement list run as postgres with triggers off). */
function generationSteps(): Array<[string, string]> {
  const N = ORDERS;
  const P = PRODUCTS;
  const C = CUSTOMERS;
  const W = WAREHOUSES;
  const S = SALESPEOPLE;
  return [
    [
      'master data',
      `
      create schema bench;
      create table bench.wh as select n, gen_random_uuid() as id from generate_series(1, ${W}) n;
      insert into public.warehouses (id, code, name) select id, 'BW' || n, '压测仓' || n from bench.wh;
      create table bench.cat as select n, gen_random_uuid() as id, case when n > 8 then 1 + n % 8 end as parent_n
        from generate_series(1, 40) n;
      insert into public.categories (id, parent_id, name)
        select c.id, p.id, '压测类' || c.n from bench.cat c left join bench.cat p on p.n = c.parent_n;
      create table bench.prod as
        select n, gen_random_uuid() as id, 9 + n % 32 as cat_n, round((5 + random() * 195)::numeric, 2) as price,
               0.4 + random() * 0.3 as cost_ratio
        from generate_series(1, ${P}) n;
      insert into public.products (id, sku, name, list_price, status, category_id, safety_stock, expiry_alert_days)
        select p.id, 'BP-' || lpad(p.n::text, 5, '0'), '压测商品' || p.n, p.price, 'on_sale', c.id,
               case when p.n % 10 = 0 then 200 else 0 end, 30
        from bench.prod p join bench.cat c on c.n = p.cat_n;
      create table bench.sp as select n, gen_random_uuid() as id from generate_series(1, ${S}) n;
      insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
        confirmation_token, recovery_token, email_change_token_new, email_change, created_at, updated_at)
        select '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', 'bench-sales' || n || '@bench.local',
               '', now(), '', '', '', '', now(), now() from bench.sp;
      insert into public.profiles (id, email, full_name, role)
        select id, 'bench-sales' || n || '@bench.local', '压测销售' || n, 'sales' from bench.sp;
      create table bench.cust as select n, gen_random_uuid() as id, 1 + n % ${S} as sp_n from generate_series(1, ${C}) n;
      insert into public.customers (id, name, phone) select id, '压测客户' || n, '138' || lpad(n::text, 8, '0') from bench.cust;
      `,
    ],
    [
      'orders',
      `
      create table bench.ord as
        select x.n, x.id, x.cust_n, x.wh_n,
               case when x.r_status < 0.02 then 'cancelled' when x.r_status < 0.05 then 'confirmed' else 'completed' end as status,
               case when x.r_sp < 0.9 then c.sp_n else x.any_sp end as sp_n, x.split, x.nlines, x.created_at,
               x.created_at + interval '5 minutes' as confirmed_at,
               least(x.created_at + make_interval(secs => 3600 + x.h1 * 172800), now() - interval '20 minutes') as ship1_at,
               least(x.created_at + make_interval(secs => 7200 + x.h1 * 172800 + x.h2 * 259200), now() - interval '10 minutes') as ship2_at,
               least(x.created_at + make_interval(secs => 1800 + x.h3 * 86400), now() - interval '5 minutes') as paid_at
        from (
          select n, gen_random_uuid() as id, 1 + floor(power(random(), 1.6) * ${C})::int as cust_n,
                 1 + floor(random() * ${W})::int as wh_n, random() as r_sp, 1 + floor(random() * ${S})::int as any_sp,
                 now() - make_interval(secs => 7200 + random() * (${DAYS} * 86400 - 7200)) as created_at,
                 random() as r_status, random() < 0.1 as split, 1 + floor(random() * 5)::int as nlines,
                 random() as h1, random() as h2, random() as h3
          from generate_series(1, ${N}) n
        ) x join bench.cust c on c.n = x.cust_n;
      create table bench.line as
        select y.*, p.price, p.price * y.qty as subtotal,
               case when y.promo then round(p.price * y.qty * 0.1, 2) else 0 end as pd,
               p.price * y.qty - case when y.promo then round(p.price * y.qty * 0.1, 2) else 0 end as line_total,
               case when y.status = 'completed' then case when y.k = 2 then y.ship2_at else y.ship1_at end end as shipped_at
        from (
          select o.n as order_n, l as line_no, gen_random_uuid() as id, 1 + floor(power(random(), 2) * ${P})::int as prod_n,
                 (1 + floor(random() * 4))::numeric as qty, random() < 0.2 as promo, o.wh_n, o.status, o.ship1_at, o.ship2_at,
                 case when o.split and o.nlines >= 2 and l % 2 = 0 then 2 else 1 end as k
          from bench.ord o cross join lateral generate_series(1, o.nlines) l
        ) y join bench.prod p on p.n = y.prod_n;
      create index on bench.line (order_n);
      create table bench.tot as
        select order_n, sum(subtotal) as subtotal, sum(pd) as pd, sum(line_total) as total,
               max(shipped_at) as last_shipped from bench.line group by 1;
      insert into public.sales_orders (id, order_no, customer_id, warehouse_id, salesperson_id, status, payment_status,
          subtotal, promotion_discount, coupon_discount, total_amount, paid_amount, refunded_amount, created_by, created_at,
          confirmed_at, confirmed_by, shipped_at, completed_at, cancelled_at, cancelled_by, cancel_reason, updated_at)
        select o.id, 'SO-B-' || o.n, c.id, w.id, s.id, o.status,
               case when o.status = 'completed' then 'paid' else 'unpaid' end,
               t.subtotal, t.pd, 0, t.total, case when o.status = 'completed' then t.total else 0 end, 0, s.id, o.created_at,
               o.confirmed_at, s.id, case when o.status = 'completed' then t.last_shipped end,
               case when o.status = 'completed' then t.last_shipped + interval '1 day' end,
               case when o.status = 'cancelled' then o.confirmed_at + interval '1 hour' end,
               case when o.status = 'cancelled' then s.id end, case when o.status = 'cancelled' then '客户取消' end, o.created_at
        from bench.ord o join bench.tot t on t.order_n = o.n join bench.cust c on c.n = o.cust_n
        join bench.wh w on w.n = o.wh_n join bench.sp s on s.n = o.sp_n;
      insert into public.sales_order_lines (id, order_id, line_no, product_id, qty, list_price, unit_price, subtotal,
          promotion_id, promotion_discount, coupon_discount, line_total, reserved_qty, shipped_qty, returned_qty, exchanged_qty)
        select l.id, o.id, l.line_no, p.id, l.qty, l.price, l.price, l.subtotal, null, l.pd, 0, l.line_total,
               case when l.status = 'confirmed' then l.qty else 0 end, case when l.status = 'completed' then l.qty else 0 end, 0, 0
        from bench.line l join bench.ord o on o.n = l.order_n join bench.prod p on p.n = l.prod_n;
      `,
    ],
    [
      'stock-in batches',
      `
      -- One batch per product × warehouse × month of shipping, received before the month starts, sized to what
      -- ships from it plus a remainder; one more recent batch per product × warehouse for open reservations.
      create table bench.batch as
        select l.prod_n, l.wh_n, date_trunc('month', l.shipped_at) as month, gen_random_uuid() as id,
               sum(l.qty) as shipped, ceil(sum(l.qty) * 0.1) + 5 as extra
        from bench.line l where l.shipped_at is not null group by 1, 2, 3;
      insert into bench.batch
        select l.prod_n, l.wh_n, null, gen_random_uuid(), 0, sum(l.qty) + 30
        from bench.line l where l.status = 'confirmed' group by 1, 2;
      alter table bench.batch add column received_at timestamptz, add column unit_cost numeric, add column expiry date,
        add column batch_no text;
      update bench.batch b set received_at = coalesce(b.month - interval '1 hour', now() - interval '20 days'),
        unit_cost = round((p.price * p.cost_ratio * (0.9 + random() * 0.2))::numeric, 4),
        batch_no = case when b.month is null then 'C' else 'L' || to_char(b.month, 'YYMM') end || '-' || b.wh_n,
        expiry = case when p.n % 3 = 0 then (coalesce(b.month, now() - interval '20 days') + interval '380 days')::date end
        from bench.prod p where p.n = b.prod_n;
      create index on bench.batch (prod_n, wh_n, month);
      insert into public.stock_batches (id, product_id, warehouse_id, batch_no, expiry_date, unit_cost, qty_on_hand, received_at, created_at)
        select b.id, p.id, w.id, b.batch_no, b.expiry, b.unit_cost, 0, b.received_at, b.received_at
        from bench.batch b join bench.prod p on p.n = b.prod_n join bench.wh w on w.n = b.wh_n;
      create table bench.receipt as
        select wh_n, received_at, gen_random_uuid() as id, row_number() over () as n from bench.batch group by 1, 2;
      insert into public.stock_receipts (id, receipt_no, warehouse_id, supplier, created_at)
        select r.id, 'SI-B-' || r.n, w.id, '压测供应商', r.received_at from bench.receipt r join bench.wh w on w.n = r.wh_n;
      create table bench.rline as
        select gen_random_uuid() as id, r.id as receipt_id, b.id as batch_id, b.prod_n, b.shipped + b.extra as qty,
               row_number() over (partition by r.id order by b.prod_n) as line_no, b.batch_no, b.expiry, b.received_at
        from bench.batch b join bench.receipt r on r.wh_n = b.wh_n and r.received_at = b.received_at;
      insert into public.stock_receipt_lines (id, receipt_id, line_no, product_id, batch_id, batch_no, expiry_date, qty)
        select l.id, l.receipt_id, l.line_no, p.id, l.batch_id, l.batch_no, l.expiry, l.qty
        from bench.rline l join bench.prod p on p.n = l.prod_n;
      insert into public.stock_movements (movement_type, product_id, warehouse_id, batch_id, qty, unit_cost, source_type,
          source_id, source_line_id, created_at)
        select 'receipt', b.product_id, b.warehouse_id, b.id, l.qty, b.unit_cost, 'stock_receipt', l.receipt_id, l.id, l.received_at
        from bench.rline l join public.stock_batches b on b.id = l.batch_id;
      `,
    ],
    [
      'shipments',
      `
      create table bench.shp as
        select o.n as order_n, k.k, gen_random_uuid() as id, case when k.k = 1 then o.ship1_at else o.ship2_at end as shipped_at
        from bench.ord o cross join lateral (select distinct l.k from bench.line l where l.order_n = o.n) k
        where o.status = 'completed';
      insert into public.shipments (id, shipment_no, order_id, kind, warehouse_id, status, shipped_by, shipped_at,
          delivered_at, created_at, updated_at)
        select s.id, 'SH-B-' || s.order_n || '-' || s.k, o.id, 'sale', w.id, 'delivered', null, s.shipped_at,
               s.shipped_at + interval '1 day', s.shipped_at, s.shipped_at
        from bench.shp s join bench.ord bo on bo.n = s.order_n join public.sales_orders o on o.id = bo.id
        join bench.wh w on w.n = bo.wh_n;
      create table bench.sline as
        select l.id as order_line_id, l.order_n, l.line_no, gen_random_uuid() as id, s.id as shipment_id, l.prod_n, l.wh_n,
               l.qty, l.shipped_at, gen_random_uuid() as slb_id, b.id as batch_id, b.unit_cost
        from bench.line l join bench.shp s on s.order_n = l.order_n and s.k = l.k
        join bench.batch b on b.prod_n = l.prod_n and b.wh_n = l.wh_n and b.month = date_trunc('month', l.shipped_at);
      insert into public.shipment_lines (id, shipment_id, order_line_id, product_id, qty)
        select s.id, s.shipment_id, s.order_line_id, p.id, s.qty from bench.sline s join bench.prod p on p.n = s.prod_n;
      insert into public.shipment_line_batches (id, shipment_line_id, batch_id, qty, returned_qty)
        select s.slb_id, s.id, s.batch_id, s.qty, 0 from bench.sline s;
      insert into public.shipment_line_batch_costs (shipment_line_batch_id, shipment_line_id, unit_cost, cost_amount)
        select s.slb_id, s.id, s.unit_cost, round(s.qty * s.unit_cost, 2) from bench.sline s;
      insert into public.stock_movements (movement_type, product_id, warehouse_id, batch_id, qty, unit_cost, source_type,
          source_id, source_line_id, created_at)
        select 'shipment', p.id, w.id, s.batch_id, -s.qty, s.unit_cost, 'shipment', s.shipment_id, s.id, s.shipped_at
        from bench.sline s join bench.prod p on p.n = s.prod_n join bench.wh w on w.n = s.wh_n;
      insert into public.sales_order_line_costs (order_line_id, order_id, cogs_amount, returned_cost_amount, scrapped_cost_amount, updated_at)
        select l.id, o.id, coalesce(round(s.qty * s.unit_cost, 2), 0), 0, 0, now()
        from bench.line l join bench.ord o on o.n = l.order_n left join bench.sline s on s.order_line_id = l.id;
      `,
    ],
    [
      'payments and returns',
      `
      insert into public.payments (id, payment_no, order_id, kind, method, amount, status, paid_at, recorded_by, confirmed_by,
          confirmed_at, created_at, updated_at)
        select gen_random_uuid(), 'PAY-B-' || o.n, o.id, 'payment', (array['alipay', 'wechat_pay', 'cash', 'card', 'bank_transfer'])[1 + o.n % 5],
               t.total, 'succeeded', o.paid_at, null, null, o.paid_at, o.paid_at, o.paid_at
        from bench.ord o join bench.tot t on t.order_n = o.n where o.status = 'completed';
      -- 1 % of shipped orders return one unit of their first line: 80 % restocked, the rest scrapped; refunded.
      create table bench.ret as
        select s.order_n, gen_random_uuid() as id, gen_random_uuid() as line_id, gen_random_uuid() as rlb_id, s.order_line_id,
               s.slb_id, s.batch_id, s.unit_cost, s.prod_n, s.wh_n, least(s.shipped_at + interval '3 days', now() - interval '2 minutes') as received_at,
               round(l.line_total / l.qty, 2) as refund, case when random() < 0.8 then 'restock' else 'scrap' end as disposition
        from bench.sline s join bench.line l on l.id = s.order_line_id
        where s.line_no = 1 and s.order_n % 100 = 7;
      insert into public.returns (id, return_no, order_id, customer_id, kind, status, reason, refund_amount, refunded_amount,
          requested_at, decided_at, received_at, closed_at, created_at, updated_at)
        select r.id, 'RT-B-' || r.order_n, o.id, o.customer_id, 'return', 'refunded', '质量问题', r.refund, r.refund,
               r.received_at - interval '1 day', r.received_at - interval '12 hours', r.received_at, r.received_at + interval '1 minute',
               r.received_at - interval '1 day', r.received_at
        from bench.ret r join bench.ord bo on bo.n = r.order_n join public.sales_orders o on o.id = bo.id;
      insert into public.return_lines (id, return_id, order_line_id, product_id, qty, refund_amount, disposition)
        select r.line_id, r.id, r.order_line_id, p.id, 1, r.refund, r.disposition from bench.ret r join bench.prod p on p.n = r.prod_n;
      insert into public.return_line_batches (id, return_line_id, shipment_line_batch_id, batch_id, qty, disposition)
        select r.rlb_id, r.line_id, r.slb_id, r.batch_id, 1, r.disposition from bench.ret r;
      update public.shipment_line_batches s set returned_qty = 1 from bench.ret r where s.id = r.slb_id;
      update public.sales_order_lines l set returned_qty = 1 from bench.ret r where l.id = r.order_line_id;
      update public.sales_order_line_costs c
        set returned_cost_amount = case when r.disposition = 'restock' then round(r.unit_cost, 2) else 0 end,
            scrapped_cost_amount = case when r.disposition = 'scrap' then round(r.unit_cost, 2) else 0 end
        from bench.ret r where c.order_line_id = r.order_line_id;
      insert into public.stock_movements (movement_type, product_id, warehouse_id, batch_id, qty, unit_cost, source_type,
          source_id, source_line_id, created_at)
        select 'return_in', p.id, w.id, r.batch_id, 1, r.unit_cost, 'return', r.id, r.line_id, r.received_at
        from bench.ret r join bench.prod p on p.n = r.prod_n join bench.wh w on w.n = r.wh_n where r.disposition = 'restock';
      insert into public.payments (id, payment_no, order_id, kind, method, amount, status, refund_of, note, paid_at,
          confirmed_at, created_at, updated_at, return_id)
        select gen_random_uuid(), 'RF-B-' || r.order_n, p.order_id, 'refund', p.method, -r.refund, 'succeeded', p.id, '退货退款',
               r.received_at + interval '1 minute', r.received_at + interval '1 minute', r.received_at + interval '1 minute',
               r.received_at + interval '1 minute', r.id
        from bench.ret r join bench.ord bo on bo.n = r.order_n join public.payments p on p.order_id = bo.id and p.kind = 'payment';
      update public.sales_orders o set refunded_amount = r.refund from bench.ret r join bench.ord bo on bo.n = r.order_n where o.id = bo.id;
      `,
    ],
    [
      'adjustments, write-offs, balances',
      `
      -- A stocktake per warehouse: one unit short on every tenth product, from its last monthly batch.
      create table bench.adj as select w.n as wh_n, gen_random_uuid() as id, now() - interval '40 days' as at from bench.wh w;
      insert into public.stock_adjustments (id, adjustment_no, kind, warehouse_id, reason, created_at)
        select a.id, 'ST-B-' || a.wh_n, 'stocktake', w.id, '月末盘点', a.at from bench.adj a join bench.wh w on w.n = a.wh_n;
      create table bench.adjline as
        select distinct on (b.prod_n, b.wh_n) gen_random_uuid() as id, a.id as adjustment_id, b.id as batch_id, b.prod_n, b.wh_n, a.at
        from bench.batch b join bench.adj a on a.wh_n = b.wh_n
        where b.prod_n % 10 = 1 and b.month < a.at - interval '1 day'
        order by b.prod_n, b.wh_n, b.month desc;
      insert into public.stock_adjustment_lines (id, adjustment_id, line_no, product_id, batch_id, system_qty, counted_qty, qty_change)
        select l.id, l.adjustment_id, row_number() over (partition by l.adjustment_id order by l.prod_n), p.id, l.batch_id, 0, null, -1
        from bench.adjline l join bench.prod p on p.n = l.prod_n;
      insert into public.stock_movements (movement_type, product_id, warehouse_id, batch_id, qty, unit_cost, source_type,
          source_id, source_line_id, created_at)
        select 'adjustment', b.product_id, b.warehouse_id, b.id, -1, b.unit_cost, 'stock_adjustment', l.adjustment_id, l.id, l.at
        from bench.adjline l join public.stock_batches b on b.id = l.batch_id;
      -- Expired batches: half of them written off the day after expiry.
      create table bench.left as
        select m.batch_id, sum(m.qty) as qty from public.stock_movements m group by 1;
      create table bench.wo as
        select gen_random_uuid() as id, gen_random_uuid() as line_id, b.id as batch_id, b.product_id, b.warehouse_id, b.expiry_date,
               l.qty, b.unit_cost, (b.expiry_date + 1)::timestamptz + interval '3 hours' as at
        from public.stock_batches b join bench.left l on l.batch_id = b.id
        where b.expiry_date < now()::date - 1 and l.qty > 0 and hashtext(b.id::text) % 2 = 0;
      insert into public.stock_write_offs (id, write_off_no, warehouse_id, reason, created_at)
        select w.id, 'WO-B-' || row_number() over (), w.warehouse_id, 'expired', w.at from bench.wo w;
      insert into public.stock_write_off_lines (id, write_off_id, line_no, product_id, batch_id, expiry_date, qty)
        select w.line_id, w.id, 1, w.product_id, w.batch_id, w.expiry_date, w.qty from bench.wo w;
      insert into public.stock_movements (movement_type, product_id, warehouse_id, batch_id, qty, unit_cost, source_type,
          source_id, source_line_id, created_at)
        select 'write_off', w.product_id, w.warehouse_id, w.batch_id, -w.qty, w.unit_cost, 'stock_write_off', w.id, w.line_id, w.at
        from bench.wo w;
      -- Balances are the sums of the ledger; reservations those of the open orders.
      update public.stock_batches b set qty_on_hand = s.qty
        from (select batch_id, sum(qty) as qty from public.stock_movements group by 1) s where s.batch_id = b.id;
      insert into public.stock_levels (product_id, warehouse_id, on_hand, reserved)
        select m.product_id, m.warehouse_id, m.qty, coalesce(r.qty, 0)
        from (select product_id, warehouse_id, sum(qty) as qty from public.stock_movements group by 1, 2) m
        left join (select l.product_id, o.warehouse_id, sum(l.reserved_qty) as qty
                   from public.sales_order_lines l join public.sales_orders o on o.id = l.order_id
                   where l.reserved_qty > 0 group by 1, 2) r on r.product_id = m.product_id and r.warehouse_id = m.warehouse_id
        -- The seed's own rows too: write-offs and adjustments above also touch the seed's products.
        on conflict (product_id, warehouse_id) do update set on_hand = excluded.on_hand, reserved = excluded.reserved;
      drop schema bench cascade;
      `,
    ],
  ];
}

interface Case {
  name: string;
  fn: string;
  args: Record<string, unknown>;
  /** The same call in SQL (as postgres, who sees what admin sees): its full result is compared, as the API
   * returns at most 1000 rows (max_rows). */
  sql: [string, unknown[]] | null;
  plain: string;
  plainParams: unknown[];
  /** Keys compared between the report and the plain query (null: compare only that both ran). */
  keys: string[] | null;
  /** A call the report page makes at the same time (a paged report's summary): the time is that of both calls,
   * in parallel, and its answer is compared with `plain` (as the same user: finance). */
  alongside?: { fn: string; args: Record<string, unknown>; plain: string; plainParams: unknown[]; keys: string[] };
}

/** Step 3: the Excel export of EXPORT_ROWS sales-by-product rows (what the report page writes), in Node. */
function benchExport(failures: string[]) {
  const words = (key: string, options?: Record<string, unknown>) => {
    let value: unknown = reportsZhCN;
    for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    return String(value ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
  };
  const params: ReportParams = { ...defaultParams(REPORTS.sales, '2026-12-31'), from: '2026-01-01', granularity: 'day', dimension: 'product' };
  const rows: Row[] = [];
  let revenueCents = 0;
  for (let i = 0; i < EXPORT_ROWS; i++) {
    const revenue = Math.round(((i * 7919) % 100_000) + 13) / 100;
    const cogs = Math.round(revenue * 61) / 100;
    revenueCents += Math.round(revenue * 100);
    rows.push({
      period: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      dimension_code: `BP-${String(i % 1000).padStart(5, '0')}`,
      dimension_name: `压测商品${i % 1000}`,
      orders: 1 + (i % 9),
      units: 1 + (i % 17),
      revenue,
      discounts: Math.round(revenue * 3) / 100,
      returns: 0,
      cogs,
      gross_profit: Math.round((revenue - cogs) * 100) / 100,
      margin: revenue ? Math.round(((revenue - cogs) / revenue) * 10000) / 10000 : null,
    });
  }
  /** The median of 3 runs of a writer, and its file. */
  const median = (write: typeof sheetBytes) => {
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      bytes = write(reportSheet(REPORTS.sales, words, params, rows));
      times.push(performance.now() - start);
    }
    return { bytes, ms: times.sort((a, b) => a - b)[1] };
  };
  const load = () => `load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  const { bytes, ms } = median(sheetBytes);
  const back = XLSX.read(bytes, { type: 'array', dense: true });
  const data = (back.Sheets[back.SheetNames[0]] as unknown as { '!data': XLSX.CellObject[][] })['!data'];
  const header = data[1].map((c) => String(c?.v ?? ''));
  const totals = data[data.length - 1];
  const revenueTotal = Number(totals[header.indexOf(reportsZhCN.reports.fields.revenue)]?.v);
  const ok = data.length === EXPORT_ROWS + 3 && Math.round(revenueTotal * 100) === revenueCents;
  log(`  excel export ${EXPORT_ROWS.toLocaleString()} rows × ${header.length} columns`.padEnd(48) +
    ` ${(ms / 1000).toFixed(2).padStart(6)} s  ${(bytes.length / 1024 / 1024).toFixed(1)} MB  read back: ${ok ? 'yes' : 'NO'}  (median of 3, ${load()})`);
  if (!ok) failures.push('excel export: the file read back differs (rows or totals)');
  if (EXPORT_COMPARE) {
    const old = median(referenceSheetBytes);
    log(`  excel export, SheetJS cell by cell (former)`.padEnd(48) +
      ` ${(old.ms / 1000).toFixed(2).padStart(6)} s  ${(old.bytes.length / 1024 / 1024).toFixed(1)} MB  ${(old.ms / ms).toFixed(1)}× the time  (median of 3, ${load()})`);
  }
}

/** supabase-js signed in as the demo finance user, as the report pages call the API. */
async function financeClient(apiUrl: string, anonKey: string) {
  const client = createClient(apiUrl, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as unknown as typeof globalThis.WebSocket },
  });
  const { error } = await client.auth.signInWithPassword(FINANCE);
  if (error) throw new Error(`sign-in failed: ${error.message}`);
  return client;
}

type Call = { fn: string; args: Record<string, unknown> };
interface TimingJob {
  apiUrl: string;
  anonKey: string;
  /** Per case: the call, and the one the page makes at the same time. */
  cases: Array<{ call: Call; alongside?: Call }>;
}
/** Per case: the times of the timed calls (after two warm-ups), the last answers. */
type Timing = { times: number[]; data: unknown; alongsideData: unknown };

/** In the driver process: every case RUNS + 2 times through the API, the first two untimed. */
async function timeCases(job: TimingJob): Promise<Timing[]> {
  const client = await financeClient(job.apiUrl, job.anonKey);
  const out: Timing[] = [];
  for (const { call, alongside } of job.cases) {
    const timing: Timing = { times: [], data: null, alongsideData: null };
    for (let i = 0; i < RUNS + 2; i++) {
      const s = performance.now();
      const [res, other] = await Promise.all([client.rpc(call.fn, call.args), alongside ? client.rpc(alongside.fn, alongside.args) : null]);
      const ms = performance.now() - s;
      for (const r of [res, other]) if (r?.error) throw new Error(`${call.fn}: ${r.error.message}`);
      timing.data = res.data;
      timing.alongsideData = other?.data;
      if (i >= 2) timing.times.push(ms);
    }
    out.push(timing);
  }
  await client.auth.signOut();
  return out;
}

async function main() {
  if (EXPORT_ONLY) {
    const failures: string[] = [];
    log(`bench:reports (BENCH_EXPORT_ONLY) — Excel export of ${EXPORT_ROWS.toLocaleString()} rows`);
    benchExport(failures);
    log(failures.length ? `FAILED:\n  ${failures.join('\n  ')}` : 'excel export read back correctly');
    process.exit(failures.length ? 1 : 0);
  }
  const home = REUSE || scratchDir('bench-reports');
  const failures: string[] = [];
  log(`bench:reports — ${ORDERS.toLocaleString()} orders, ${PRODUCTS} products, ${CUSTOMERS} customers, ${WAREHOUSES} warehouses, ${SALESPEOPLE} salespeople, ${DAYS} days`);
  let stack: Awaited<ReturnType<typeof startStack>>;
  if (REUSE) {
    log(`reusing the generated database in ${home} (BENCH_REUSE; generation skipped) …`);
    stack = await startStack({ dataDir: join(home, 'data'), seed: true });
    if (stack.created) throw new Error(`${home} held no database: BENCH_REUSE needs a directory kept by BENCH_KEEP=1`);
  } else {
    log(`starting the embedded stack in ${home} …`);
    stack = await startStack({ dataDir: join(home, 'data'), seed: true });
    // Room for a bulk load: bigger buffers and fewer checkpoints (restart for shared_buffers).
    const admin = new pg.Client({ connectionString: stack.dbUrl });
    await admin.connect();
    await admin.query(`alter system set shared_buffers = '1GB'`);
    await admin.query(`alter system set max_wal_size = '16GB'`);
    await admin.query(`alter system set checkpoint_timeout = '30min'`);
    await admin.end();
    await stack.stop();
    stack = await startStack({ dataDir: join(home, 'data'), seed: true });
  }

  const db = new pg.Client({ connectionString: stack.dbUrl });
  await db.connect();
  try {
    // 1. Generation ------------------------------------------------------------------------------------------
    const t0 = performance.now();
    if (!REUSE) {
      await db.query(`set session_replication_role = replica`);
      await db.query(`set work_mem = '512MB'`);
      await db.query(`set maintenance_work_mem = '1GB'`);
      await db.query(`set synchronous_commit = off`);
      for (const [label, text] of generationSteps()) {
        const t = performance.now();
        await db.query('begin');
        await db.query(text);
        await db.query('commit');
        log(`  generated ${label} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
      await db.query(`set session_replication_role = origin`);
    }
    if (!REUSE || REANALYZE) {
      let t = performance.now();
      await db.query('analyze');
      log(`  analyze in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      t = performance.now();
      const { rows: [rebuilt] } = await db.query(`select public.rebuild_report_rollups() as r`);
      log(`  rebuild_report_rollups in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(rebuilt.r)}`);
      await db.query('reset work_mem');
    }
    const { rows: [sizes] } = await db.query(`
      select (select count(*) from public.sales_orders) as orders, (select count(*) from public.sales_order_lines) as lines,
             (select count(*) from public.shipment_lines) as shipment_lines, (select count(*) from public.stock_movements) as movements,
             (select count(*) from public.payments) as payments, (select count(*) from public.returns) as returns,
             pg_size_pretty(pg_database_size(current_database())) as size`);
    log(`  data: ${JSON.stringify(sizes)} — ${((performance.now() - t0) / 1000).toFixed(0)} s in all`);
    log(`  db: ${stack.dbUrl}  api: ${stack.apiUrl}`);

    // Consistency of what was generated: balances equal the ledger, reservations the open orders (checked when the
    // data is generated; a reused database was checked then).
    const { rows: [bad] } = REUSE ? { rows: [{ levels: 0, negative: 0, totals: 0 }] } : await db.query(`
      select (select count(*) from public.stock_levels l where l.on_hand <> (select coalesce(sum(m.qty), 0) from public.stock_movements m
                where m.product_id = l.product_id and m.warehouse_id = l.warehouse_id)) as levels,
             (select count(*) from public.stock_batches b where b.qty_on_hand < 0) as negative,
             (select count(*) from public.sales_orders o
                join (select order_id, sum(line_total) as total from public.sales_order_lines group by 1) l on l.order_id = o.id
                where o.total_amount <> l.total) as totals`);
    if (Number(bad.levels) + Number(bad.negative) + Number(bad.totals) > 0) failures.push(`inconsistent data ${JSON.stringify(bad)}`);

    // 2. Timing ------------------------------------------------------------------------------------------------
    const { rows: [{ today }] } = await db.query(`select private.business_date()::text as today`);
    const back = (days: number) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - days);
      return d.toISOString().slice(0, 10);
    };
    // "The last 12 months" as a UI asks for it: from the first day of the month 11 months back (weeks: the Monday
    // 52 weeks back) to today; "the last 30 days" ends today.
    const { rows: [range] } = await db.query(`
      select (date_trunc('month', $1::date - interval '11 months'))::date::text as month_from,
             (date_trunc('week', $1::date - interval '51 weeks'))::date::text as week_from,
             (date_trunc('month', $1::date - interval '2 months'))::date::text as quarter_from`, [today]);
    const yFrom: string = range.month_from;
    const salesKeys = ['period', 'dimension_id', 'orders', 'units', 'revenue', 'discounts', 'returns', 'cogs', 'gross_profit', 'margin'];
    // By product or customer the report page asks for the top 20 of each period (p_top) and one row for the
    // others; the equality check still compares the full report with the plain query.
    const sales = (dim: string, gran: string, from: string, label: string, top?: number): Case => ({
      name: `report_sales ${dim} by ${gran}, ${label}${top ? `, top ${top}` : ''}`,
      fn: 'report_sales',
      args: { p_from: from, p_to: today, p_granularity: gran, p_dimension: dim, ...(top ? { p_top: top } : {}) },
      sql: [`select to_jsonb(r) as j from public.report_sales($1, $2, $3, $4) r`, [from, today, gran, dim]],
      plain: brute.bruteSales,
      plainParams: [from, today, gran, dim, null, true],
      keys: salesKeys,
    });
    const cases: Case[] = [
      sales('none', 'month', yFrom, '12 months'),
      sales('product', 'month', yFrom, '12 months', 20),
      sales('category', 'month', yFrom, '12 months'),
      sales('warehouse', 'week', range.week_from, '52 weeks'),
      sales('salesperson', 'month', yFrom, '12 months'),
      sales('customer', 'month', range.quarter_from, '3 months', 20),
      sales('none', 'day', back(29), '30 days'),
      {
        name: 'report_profit category by month, 12 months',
        fn: 'report_profit',
        args: { p_from: yFrom, p_to: today, p_granularity: 'month', p_dimension: 'category' },
        sql: [`select to_jsonb(r) as j from public.report_profit($1, $2, 'month', 'category') r`, [yFrom, today]],
        plain: brute.bruteProfit,
        plainParams: [yFrom, today, 'month', 'category'],
        keys: ['period', 'dimension_id', 'revenue', 'refunds', 'cogs', 'gross_profit', 'write_offs', 'adjustments', 'profit', 'margin'],
      },
      {
        name: 'report_inventory by warehouse',
        fn: 'report_inventory',
        args: { p_dimension: 'warehouse' },
        sql: [`select to_jsonb(r) as j from public.report_inventory('warehouse') r`, []],
        plain: brute.bruteInventory,
        plainParams: ['warehouse', true],
        keys: ['dimension_id', 'products', 'on_hand', 'reserved', 'available', 'in_transit', 'stock_value'],
      },
      {
        name: 'report_turnover by category, 12 months',
        fn: 'report_turnover',
        args: { p_from: yFrom, p_to: today, p_dimension: 'category' },
        sql: [`select to_jsonb(r) as j from public.report_turnover($1, $2, 'category') r`, [yFrom, today]],
        plain: brute.bruteTurnover,
        plainParams: [yFrom, today, 'category', true],
        keys: ['dimension_id', 'days', 'cogs', 'opening_value', 'closing_value', 'average_value', 'turnover', 'days_of_inventory'],
      },
      {
        name: 'report_days_of_cover (all warehouses)',
        fn: 'report_days_of_cover',
        args: {},
        sql: [`select to_jsonb(r) as j from public.report_days_of_cover(null) r`, []],
        plain: brute.bruteDaysOfCover,
        plainParams: [null],
        keys: ['product_id', 'on_hand', 'available', 'units_30d', 'avg_daily_units', 'days_of_cover'],
      },
      {
        name: 'report_replenishment lead time 7 days',
        fn: 'report_replenishment',
        args: { p_lead_time_days: 7 },
        sql: [`select to_jsonb(r) as j from public.report_replenishment(7, null) r`, []],
        plain: brute.bruteReplenishment,
        plainParams: [7, null, true],
        keys: ['product_id', 'warehouse_id', 'available', 'inbound', 'units_30d', 'days_of_cover', 'suggested_qty', 'estimated_cost'],
      },
      {
        // The page as it opens: the first 50 batches and the totals per status, asked for together.
        name: 'report_expiry 30 days, page + summary',
        fn: 'report_expiry',
        args: { p_days: 30, p_limit: 50, p_offset: 0 },
        sql: [`select to_jsonb(r) as j from public.report_expiry(30, null) r`, []],
        plain: brute.bruteExpiry,
        plainParams: [30, null, true],
        keys: ['batch_id', 'expiry_date', 'days_to_expiry', 'status', 'qty_on_hand', 'unit_cost', 'value_at_risk'],
        alongside: {
          fn: 'report_expiry_summary',
          args: { p_days: 30 },
          plain: brute.bruteExpirySummary,
          plainParams: [30, null, true],
          keys: ['status', 'batches', 'qty_on_hand', 'value_at_risk'],
        },
      },
      {
        name: 'report_customers 12 months, top 20',
        fn: 'report_customers',
        args: { p_from: yFrom, p_to: today, p_top_n: 20 },
        sql: null,
        plain: brute.bruteCustomers,
        plainParams: [yFrom, today, null],
        keys: null,
      },
      {
        name: 'report_dashboard',
        fn: 'report_dashboard',
        args: {},
        sql: null,
        plain: `${brute.bruteDashboard} union all select * from (${brute.bruteDashboardTrend}) t union all select * from (${brute.bruteDashboardProducts}) p`,
        plainParams: [null],
        keys: null,
      },
    ];

    const canon = (rows: any[], keys: string[]) =>
      rows
        .map((r) => JSON.stringify(keys.map((k) => (r[k] === null || r[k] === undefined ? null : typeof r[k] === 'number' || /^-?\d+(\.\d+)?$/.test(String(r[k])) ? Number(Number(r[k]).toFixed(6)) : r[k]))))
        .sort();

    const results: Array<{ name: string; rows: number; p50: number; p95: number; plainP50: number; plainP95: number; ratio: number; same: string }> = [];
    const chosen = cases.filter((c) => !ONLY.length || ONLY.some((o) => c.name.toLowerCase().includes(o)));
    // The API calls first, from the driver process; then the plain queries, here.
    const timings = await runDriver<TimingJob, Timing[]>(import.meta.url, {
      apiUrl: stack.apiUrl,
      anonKey: stack.anonKey,
      cases: chosen.map((c) => ({ call: { fn: c.fn, args: c.args }, alongside: c.alongside && { fn: c.alongside.fn, args: c.alongside.args } })),
    });
    for (const [index, c] of chosen.entries()) {
      const { times, data, alongsideData } = timings[index] as { times: number[]; data: any; alongsideData: any };
      const plainTimes: number[] = [];
      let plainRows: any[] = [];
      for (let i = 0; i < PLAIN_RUNS; i++) {
        const s = performance.now();
        plainRows = (await db.query(c.plain, c.plainParams)).rows.map((r) => r.j);
        plainTimes.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      plainTimes.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      const plainP50 = percentile(plainTimes, 50);
      let same = 'n/a';
      if (c.keys && c.sql && PLAIN_RUNS > 0) {
        const full = (await db.query(c.sql[0], c.sql[1])).rows.map((r) => r.j);
        const a = canon(full, c.keys);
        const b = canon(plainRows, c.keys);
        same = JSON.stringify(a) === JSON.stringify(b) ? 'yes' : `NO (${a.length} vs ${b.length} rows)`;
        if (c.alongside) {
          const want = (await db.query(c.alongside.plain, c.alongside.plainParams)).rows.map((r) => r.j);
          if (JSON.stringify(canon(alongsideData, c.alongside.keys)) !== JSON.stringify(canon(want, c.alongside.keys))) same = `NO (${c.alongside.fn})`;
        }
        if (same !== 'yes') failures.push(`${c.name}: report differs from the plain query`);
      }
      const rows = Array.isArray(data) ? data.length : 1;
      results.push({ name: c.name, rows, p50, p95, plainP50, plainP95: percentile(plainTimes, 95), ratio: plainP50 / p50, same });
      log(`  ${c.name.padEnd(46)} ${String(rows).padStart(5)} rows  p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms   plain p50 ${plainP50.toFixed(0).padStart(7)} ms  ×${(plainP50 / p50).toFixed(0).padStart(5)}  same: ${same}`);
      if (p95 >= 200) failures.push(`${c.name}: p95 ${p95.toFixed(1)} ms ≥ 200 ms`);
      if (PLAIN_RUNS > 0 && plainP50 / p50 < 20) failures.push(`${c.name}: only ${(plainP50 / p50).toFixed(1)}× faster than the plain query`);
    }
    // The whole of the biggest reports, as the page and its Excel export read them with "all" keys per period:
    // a period at a time (readReport), beside the former way, every page of 1000 rows of the whole range (each
    // page is one call of the function over the whole range). Printed, not judged.
    if (!ONLY.length || ONLY.some((o) => 'all pages'.includes(o))) {
      const client = await financeClient(stack.apiUrl, stack.anonKey);
      const extras = createExtras(client, generateFilter);
      let calls = 0;
      const read: ReadReport = async (args, options) => {
        calls += 1;
        const meta = options.allPages ? { allPages: true, onPage: () => (calls += 1) } : undefined;
        return ((await extras.run('custom', { url: 'rpc/report_sales', method: 'post', payload: args, meta })) as { data: unknown }).data;
      };
      const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1);
      for (const [label, from, wholeRangeToo] of [['3 months', range.quarter_from, true], ['12 months', yFrom, false]] as const) {
        const params = { ...defaultParams(REPORTS.sales, today), from, granularity: 'month' as const, dimension: 'customer', keys: 0 };
        calls = 0;
        let t = performance.now();
        const rows = (await readReport(read, REPORTS.sales, params, () => {})) as unknown[];
        const line = `  report_sales customer by month, ${label}, all rows: ${rows.length} rows in ${seconds(t)} s a period at a time (${calls} calls)`;
        if (!wholeRangeToo) {
          log(line);
          continue;
        }
        calls = 0;
        t = performance.now();
        const { data } = (await extras.run('custom', { url: 'rpc/report_sales', method: 'post', payload: REPORTS.sales.args(params), meta: { allPages: true } })) as { data: unknown[] };
        log(`${line}; ${seconds(t)} s page by page over the whole range (${Math.ceil(data.length / 1000)} calls, ${data.length} rows)`);
      }
      await client.auth.signOut();
    }
    benchExport(failures);
    log('');
    log(failures.length ? `FAILED:\n  ${failures.join('\n  ')}` : 'all reports < 200 ms (p95) and ≥ 20× faster than the plain query');
  } finally {
    await db.end();
    await stack.stop();
    if (!KEEP) rmSync(home, { recursive: true, force: true });
    else log(`data kept in ${home}`);
  }
  process.exit(failures.length ? 1 : 0);
}

if (IS_DRIVER) {
  serveDriver(timeCases);
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
