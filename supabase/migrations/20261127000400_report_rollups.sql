-- Reporting, part 1: rollup tables kept current by triggers as documents post, and a rebuild.
--
-- Reports (next migration) read these tables, never the order tables, so that a report over a year reads
-- thousands of rows whatever the number of orders.
--
-- Grains. Every rollup row is for one period: grain 'd' (a business day), 'w' (an ISO week, Monday) or 'm'
-- (a calendar month), keyed by period_start; the customer rollup also 'q' (quarter) and 'y' (year). A period [p_from, p_to] is cut into the fewest whole months, then
-- whole weeks, then days (private.report_segments), so a year is ~12 month rows + a few edge rows per key.
-- Days are the merchant's business days (GUC app.timezone, default Asia/Shanghai, as private.business_date()).
--
-- Tables (schema private: no API role can read them; the report RPCs are security definer; fillfactor 80 so that
-- the fold's updates stay on their page):
--   report_sales_by_product              (grain, period, product)                 product / category reports,
--                                                                                  write-offs, turnover, cover
--   report_sales_by_warehouse_product    (grain, period, warehouse, product)      replenishment, cover per warehouse
--   report_sales_by_salesperson_product  (salesperson, grain, period, product)    the same for one salesperson
--   report_sales_by_warehouse            (grain, period, warehouse, salesperson)   totals, warehouse and
--                                                                                  salesperson reports, payments
--   report_sales_by_customer             (grain, period, customer, salesperson)   a salesperson's own customer
--                                                                                  reports and RFM
--   report_sales_by_customer_total       (grain, period, customer)                the same summed over salespeople:
--                                                                                  customer reports, RFM
--   report_customer_first_orders         (customer)                               new vs returning customers
--   report_stock_value                   (grain, period, warehouse, category)      inventory value over time
--
-- Measures (money at 2 decimals except stock values, kept exact = qty × unit cost; each table keeps the ones its
-- readers need, report_sales_by_warehouse all of them):
--   orders         orders confirmed in the period and not cancelled before anything shipped, counted once at
--                  the order's confirmed_at (product tables: order lines of such orders); order_amount their
--                  total_amount (product tables: line_total)
--   units_shipped  units shipped (sale shipments and exchange replacements), units_returned units received back
--   revenue        net amount of the goods shipped on sale shipments: per shipment line
--                  round(line_total × shipped qty ÷ ordered qty, 2), the amount on the delivery note
--   discounts      the promotion + coupon share of those goods, same rounding
--   returns_amount the refund amount of received returns (kind return; exchanges are revenue-neutral) at the
--                  return's received day; discounts_returned their discount share
--   cogs           cost of every shipped batch (shipment_line_batch_costs.cost_amount, exchanges included)
--   cost_restocked / cost_scrapped  cost of returned goods put back into stock / scrapped, round(qty × batch
--                  unit cost, 2) per returned batch, as sales_order_line_costs does; net COGS = cogs − restocked
--   write_offs     cost of stock written off (write_off and scrap ledger rows); adjustments the signed value of
--                  stocktakes and adjustments (a loss is negative)
--   payments_in    succeeded payments at paid_at; refunds_out refunds paid (positive)
--   report_stock_value: qty, value (Σ qty × unit cost of every ledger row) and value_days (Σ value × day number)
--                  so that the average inventory value of any period is exact (see report_turnover).
--
-- How rows stay current. Row triggers on the documents (orders, shipment lines and their batch costs, return
-- lines and their batches, payments, the stock ledger) compute the document's contribution ("facts", by the
-- private.report_facts_* functions) and append them to private.report_pending, a durable inbox. Folding the inbox
-- into the rollups (private.report_fold: grouped per rollup key, upserted in a fixed order, table by table, keys
-- sorted) is done by one transaction at a time, under an advisory lock, never by the document transaction itself:
--   * a platform job folds every few seconds (pg_cron where installed, scheduled at the end of this file; the
--     embedded stack's timer otherwise). A confirmation therefore only appends to the inbox: it never waits on a
--     hot rollup row (today × warehouse × salesperson) nor holds its stock locks while rollups are updated;
--   * every report RPC folds first (waiting for a running fold), so a report always sees every committed
--     document, exactly;
--   * an update that changes a contribution (a payment that succeeds, an order cancelled, a return received)
--     appends −old and +new facts; rows whose measures all come back to zero are deleted.
-- The rebuild computes the same facts for every document with the same functions, so a rebuild after any
-- sequence of posts gives exactly the trigger-maintained tables (a test proves it). Run
-- public.rebuild_report_rollups() after bulk loads done with triggers off, after deleting documents as postgres,
-- or after changing app.timezone. Reports see committed data only.
-- Documents are dated now() (business day = today), never later: the reports rely on it (report_segments).

-- Helpers ------------------------------------------------------------------------------------------------

-- The fact functions and the helpers below are plain SQL without SET search_path (all names are qualified) so
-- that Postgres inlines them: the rebuild runs them set-based over millions of rows.
create function private.report_timezone()
returns text
language sql
stable
as $$
  select coalesce(nullif(current_setting('app.timezone', true), ''), 'Asia/Shanghai')
$$;
comment on function private.report_timezone() is 'The merchant''s time zone (GUC app.timezone, default Asia/Shanghai), as private.business_date() uses.';

create function private.report_period(p_grain text, p_day date)
returns date
language sql
immutable
as $$
  select case p_grain
    when 'd' then p_day
    when 'w' then date_trunc('week', p_day::timestamp)::date
    when 'm' then date_trunc('month', p_day::timestamp)::date
    when 'q' then date_trunc('quarter', p_day::timestamp)::date
    else date_trunc('year', p_day::timestamp)::date
  end
$$;
comment on function private.report_period(text, date) is 'Start of the period of grain d (day), w (ISO week, Monday), m (month), q (quarter) or y (year) that contains the day.';

create function private.report_period_end(p_grain text, p_start date)
returns date
language sql
immutable
as $$
  select case p_grain
    when 'd' then p_start + 1
    when 'w' then p_start + 7
    when 'm' then (p_start + interval '1 month')::date
    when 'q' then (p_start + interval '3 months')::date
    else (p_start + interval '1 year')::date
  end
$$;
comment on function private.report_period_end(text, date) is 'First day after the period of grain d / w / m / q / y starting at p_start.';

-- A period cut into buckets of the requested granularity, each bucket into the fewest rollup periods: whole
-- years and quarters (p_coarse: only the customer rollup has them), whole months, whole weeks (not crossing into a
-- month that is itself whole), then days. No fact is ever dated after today (documents are dated now()), so with
-- p_open_end (p_to is today or later) the last bucket may use the whole week / month / year that contains p_to:
-- "the last 12 months" reads 12 month rows (customers: a month and this year's row) and a few days.
create function private.report_segments(
  p_from date, p_to date, p_granularity text, p_open_end boolean default false, p_coarse boolean default false
)
returns table (bucket date, grain text, period_start date)
language plpgsql
immutable
rows 30
set search_path = ''
as $$
declare
  v_max text := case p_granularity when 'day' then 'd' when 'week' then 'w' when 'month' then 'm'
                  else case when p_coarse then 'y' else 'm' end end;
  v_limit date;
  v_bucket date;
  v_next date;
  v_day date;
  v_end date;
  v_month_end date;
  v_next_month_end date;
begin
  if p_from is null or p_to is null or p_to < p_from then
    return;
  end if;
  v_limit := case when coalesce(p_open_end, false) and v_max <> 'd'
                  then private.report_period_end(v_max, private.report_period(v_max, p_to)) - 1 else p_to end;
  v_bucket := case when p_granularity = 'all' then p_from else private.report_period(v_max, p_from) end;
  while v_bucket <= p_to loop
    v_next := case when p_granularity = 'all' then v_limit + 1 else private.report_period_end(v_max, v_bucket) end;
    v_day := greatest(v_bucket, p_from);
    v_end := least(v_next - 1, v_limit);
    while v_day <= v_end loop
      v_month_end := (date_trunc('month', v_day::timestamp) + interval '1 month')::date - 1;
      v_next_month_end := (date_trunc('month', (v_month_end + 1)::timestamp) + interval '1 month')::date - 1;
      bucket := v_bucket;
      if v_max = 'y' and v_day = private.report_period('y', v_day) and private.report_period_end('y', v_day) - 1 <= v_end then
        grain := 'y';
      elsif v_max = 'y' and v_day = private.report_period('q', v_day) and private.report_period_end('q', v_day) - 1 <= v_end then
        grain := 'q';
      elsif v_max in ('m', 'y') and extract(day from v_day) = 1 and v_month_end <= v_end then
        grain := 'm';
      elsif v_max <> 'd' and extract(isodow from v_day) = 1 and v_day + 6 <= v_end
            and (v_max = 'w' or v_day + 6 <= v_month_end or v_next_month_end > v_end) then
        grain := 'w';
      else
        grain := 'd';
      end if;
      period_start := v_day;
      return next;
      v_day := private.report_period_end(grain, v_day);
    end loop;
    v_bucket := v_next;
  end loop;
end;
$$;
comment on function private.report_segments(date, date, text, boolean, boolean) is
  'Cuts [p_from, p_to] into buckets (granularity day | week | month, or all = one bucket) and each bucket into rollup periods (grain, period_start): whole years and quarters (p_coarse), months, weeks, days. p_open_end: p_to is today or later (nothing is dated after today), so the last bucket may end at the end of its week / month / year.';
-- Rollup tables --------------------------------------------------------------------------------------------
create table private.report_sales_by_product (
  grain text not null check (grain in ('d', 'w', 'm')),
  period_start date not null,
  product_id uuid not null,
  orders bigint not null default 0,
  order_amount numeric not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  discounts numeric not null default 0,
  discounts_returned numeric not null default 0,
  cogs numeric not null default 0,
  cost_restocked numeric not null default 0,
  cost_scrapped numeric not null default 0,
  write_offs numeric not null default 0,
  adjustments numeric not null default 0,
  constraint report_sales_by_product_key unique nulls not distinct (grain, period_start, product_id)
) with (fillfactor = 80);
comment on table private.report_sales_by_product is
  'Rollup per period × product (all warehouses): order lines, units, revenue, discounts, returns, COGS, write-offs and adjustments (see the migration header for each measure). Kept by private.report_fold(); read by the report RPCs.';
alter table private.report_sales_by_product enable row level security;
create table private.report_sales_by_warehouse_product (
  grain text not null check (grain in ('d', 'w', 'm')),
  period_start date not null,
  warehouse_id uuid not null,
  product_id uuid not null,
  orders bigint not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  constraint report_sales_by_warehouse_product_key unique nulls not distinct (grain, period_start, warehouse_id, product_id)
) with (fillfactor = 80);
comment on table private.report_sales_by_warehouse_product is
  'Rollup per period × warehouse × product: order lines, units shipped and returned, revenue and returns: demand per warehouse (replenishment, days of cover).';
alter table private.report_sales_by_warehouse_product enable row level security;
create table private.report_sales_by_salesperson_product (
  grain text not null check (grain in ('d', 'w', 'm')),
  period_start date not null,
  salesperson_id uuid,
  product_id uuid not null,
  orders bigint not null default 0,
  order_amount numeric not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  discounts numeric not null default 0,
  discounts_returned numeric not null default 0,
  constraint report_sales_by_salesperson_product_key unique nulls not distinct (salesperson_id, grain, period_start, product_id)
) with (fillfactor = 80);
comment on table private.report_sales_by_salesperson_product is
  'Rollup per salesperson × period × product, without costs: what a salesperson sees of their own sales by product and category.';
alter table private.report_sales_by_salesperson_product enable row level security;
create table private.report_sales_by_warehouse (
  grain text not null check (grain in ('d', 'w', 'm')),
  period_start date not null,
  warehouse_id uuid not null,
  salesperson_id uuid,
  orders bigint not null default 0,
  order_amount numeric not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  discounts numeric not null default 0,
  discounts_returned numeric not null default 0,
  cogs numeric not null default 0,
  cost_restocked numeric not null default 0,
  cost_scrapped numeric not null default 0,
  write_offs numeric not null default 0,
  adjustments numeric not null default 0,
  payments_in numeric not null default 0,
  refunds_out numeric not null default 0,
  constraint report_sales_by_warehouse_key unique nulls not distinct (grain, period_start, warehouse_id, salesperson_id)
) with (fillfactor = 80);
comment on table private.report_sales_by_warehouse is
  'Rollup per period × warehouse × salesperson (order-level: orders, amounts, payments; write-offs and adjustments under salesperson null): totals and the warehouse / salesperson reports.';
alter table private.report_sales_by_warehouse enable row level security;
create table private.report_sales_by_customer (
  grain text not null check (grain in ('d', 'w', 'm', 'q', 'y')),
  period_start date not null,
  customer_id uuid not null,
  salesperson_id uuid,
  orders bigint not null default 0,
  order_amount numeric not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  discounts numeric not null default 0,
  discounts_returned numeric not null default 0,
  cogs numeric not null default 0,
  cost_restocked numeric not null default 0,
  last_day date,
  constraint report_sales_by_customer_key unique nulls not distinct (grain, period_start, customer_id, salesperson_id)
) partition by list (grain);
comment on table private.report_sales_by_customer is
  'Rollup per period × customer × salesperson: orders, amounts, units, revenue, discounts, returns, COGS, and last_day (the last day of the period with a counted order) for RFM. Partitioned by grain so that the few year / quarter / month rows a long period reads lie together.';
alter table private.report_sales_by_customer enable row level security;
create table private.report_sales_by_customer_d partition of private.report_sales_by_customer for values in ('d') with (fillfactor = 80);
comment on table private.report_sales_by_customer_d is 'Grain d of private.report_sales_by_customer.';
alter table private.report_sales_by_customer_d enable row level security;
create table private.report_sales_by_customer_w partition of private.report_sales_by_customer for values in ('w') with (fillfactor = 80);
comment on table private.report_sales_by_customer_w is 'Grain w of private.report_sales_by_customer.';
alter table private.report_sales_by_customer_w enable row level security;
create table private.report_sales_by_customer_m partition of private.report_sales_by_customer for values in ('m') with (fillfactor = 80);
comment on table private.report_sales_by_customer_m is 'Grain m of private.report_sales_by_customer.';
alter table private.report_sales_by_customer_m enable row level security;
create table private.report_sales_by_customer_q partition of private.report_sales_by_customer for values in ('q') with (fillfactor = 80);
comment on table private.report_sales_by_customer_q is 'Grain q of private.report_sales_by_customer.';
alter table private.report_sales_by_customer_q enable row level security;
create table private.report_sales_by_customer_y partition of private.report_sales_by_customer for values in ('y') with (fillfactor = 80);
comment on table private.report_sales_by_customer_y is 'Grain y of private.report_sales_by_customer.';
alter table private.report_sales_by_customer_y enable row level security;
create index report_sales_by_customer_customer_idx
  on private.report_sales_by_customer (customer_id, salesperson_id, grain, period_start);
create index report_sales_by_customer_salesperson_idx
  on private.report_sales_by_customer (salesperson_id, grain, period_start);
-- The customer rollup summed over salespeople: what admin and finance read (one row per customer and period
-- instead of one per customer × salesperson, so "the last 12 months by customer" reads about half the rows).
create table private.report_sales_by_customer_total (
  grain text not null check (grain in ('d', 'w', 'm', 'q', 'y')),
  period_start date not null,
  customer_id uuid not null,
  orders bigint not null default 0,
  order_amount numeric not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  discounts numeric not null default 0,
  discounts_returned numeric not null default 0,
  cogs numeric not null default 0,
  cost_restocked numeric not null default 0,
  last_day date,
  -- In cents, for report_customers, which sums every customer's amounts: bigint sums cost a fraction of numeric ones.
  order_cents bigint not null generated always as ((order_amount * 100)::bigint) stored,
  net_revenue_cents bigint not null generated always as (((revenue - returns_amount) * 100)::bigint) stored,
  constraint report_sales_by_customer_total_key unique (grain, period_start, customer_id)
) partition by list (grain);
comment on table private.report_sales_by_customer_total is
  'Rollup per period × customer (all salespeople): the measures of private.report_sales_by_customer summed over salespeople, last_day (the last day of the period with a counted order), and order_amount and revenue − returns_amount in cents. Read by the customer reports of admin and finance. Partitioned by grain like report_sales_by_customer.';
alter table private.report_sales_by_customer_total enable row level security;
create table private.report_sales_by_customer_total_d partition of private.report_sales_by_customer_total for values in ('d') with (fillfactor = 80);
comment on table private.report_sales_by_customer_total_d is 'Grain d of private.report_sales_by_customer_total.';
alter table private.report_sales_by_customer_total_d enable row level security;
create table private.report_sales_by_customer_total_w partition of private.report_sales_by_customer_total for values in ('w') with (fillfactor = 80);
comment on table private.report_sales_by_customer_total_w is 'Grain w of private.report_sales_by_customer_total.';
alter table private.report_sales_by_customer_total_w enable row level security;
create table private.report_sales_by_customer_total_m partition of private.report_sales_by_customer_total for values in ('m') with (fillfactor = 80);
comment on table private.report_sales_by_customer_total_m is 'Grain m of private.report_sales_by_customer_total.';
alter table private.report_sales_by_customer_total_m enable row level security;
create table private.report_sales_by_customer_total_q partition of private.report_sales_by_customer_total for values in ('q') with (fillfactor = 80);
comment on table private.report_sales_by_customer_total_q is 'Grain q of private.report_sales_by_customer_total.';
alter table private.report_sales_by_customer_total_q enable row level security;
create table private.report_sales_by_customer_total_y partition of private.report_sales_by_customer_total for values in ('y') with (fillfactor = 80);
comment on table private.report_sales_by_customer_total_y is 'Grain y of private.report_sales_by_customer_total.';
alter table private.report_sales_by_customer_total_y enable row level security;
create table private.report_customer_first_orders (
  customer_id uuid primary key,
  first_day date
);
comment on table private.report_customer_first_orders is
  'Per customer: the business day of their first counted order (new vs returning customers). Kept by private.report_fold().';
create index report_customer_first_orders_first_day_idx on private.report_customer_first_orders (first_day);
alter table private.report_customer_first_orders enable row level security;

create table private.report_stock_value (
  grain text not null check (grain in ('d', 'w', 'm')),
  period_start date not null,
  warehouse_id uuid not null,
  category_id uuid,
  qty numeric not null default 0,
  value numeric not null default 0,
  value_days numeric not null default 0,
  constraint report_stock_value_key unique nulls not distinct (grain, period_start, warehouse_id, category_id)
) with (fillfactor = 80);
comment on table private.report_stock_value is
  'Stock movements per period × warehouse × product category (the product''s current category): Σ qty, Σ value (qty × unit cost, exact) and Σ value × (day − 2000-01-01). Opening value = Σ value of earlier periods; average value over [F, T] = opening + ((T + 1 − 2000-01-01) × Σ value − Σ value_days) ÷ days.';
alter table private.report_stock_value enable row level security;
-- Pending facts ----------------------------------------------------------------------------------------------

-- Durable: facts of committed documents may wait here until the next fold.
create table private.report_pending (
  kind text check (kind in ('s', 'v')),
  day date,
  warehouse_id uuid,
  product_id uuid,
  salesperson_id uuid,
  customer_id uuid,
  category_id uuid,
  orders integer not null default 0,
  order_amount numeric not null default 0,
  order_lines integer not null default 0,
  line_amount numeric not null default 0,
  units_shipped numeric not null default 0,
  units_returned numeric not null default 0,
  revenue numeric not null default 0,
  returns_amount numeric not null default 0,
  discounts numeric not null default 0,
  discounts_returned numeric not null default 0,
  cogs numeric not null default 0,
  cost_restocked numeric not null default 0,
  cost_scrapped numeric not null default 0,
  write_offs numeric not null default 0,
  adjustments numeric not null default 0,
  payments_in numeric not null default 0,
  refunds_out numeric not null default 0,
  stock_qty numeric not null default 0,
  stock_value numeric not null default 0
);
comment on table private.report_pending is
  'Inbox of facts appended by the document triggers, folded into the rollups by private.report_fold() (by the platform job every few seconds, and before every report); kind s = sales measures, v = stock value.';
alter table private.report_pending enable row level security;
-- Facts: what one document row contributes (s = 1, or −1 to take it back) ----------------------------------
create function private.report_facts_order(o public.sales_orders, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    's'::text as kind, (o.confirmed_at at time zone private.report_timezone())::date as day,
    o.warehouse_id as warehouse_id, null::uuid as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, s as orders, s * o.total_amount as order_amount,
    0 as order_lines, 0 as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount,
    0 as discounts, 0 as discounts_returned, 0 as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs,
    0 as adjustments, 0 as payments_in, 0 as refunds_out, 0 as stock_qty, 0 as stock_value
  where o.confirmed_at is not null
    and (o.status <> 'cancelled' or exists (
      select 1 from public.sales_order_lines x where x.order_id = o.id and x.shipped_qty > 0))
  union all
  select
    's'::text as kind, (o.confirmed_at at time zone private.report_timezone())::date as day,
    o.warehouse_id as warehouse_id, l.product_id as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, s as order_lines,
    s * l.line_total as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount,
    0 as discounts, 0 as discounts_returned, 0 as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs,
    0 as adjustments, 0 as payments_in, 0 as refunds_out, 0 as stock_qty, 0 as stock_value
  from public.sales_order_lines l
  where l.order_id = o.id
    and o.confirmed_at is not null
    and (o.status <> 'cancelled' or exists (
      select 1 from public.sales_order_lines x where x.order_id = o.id and x.shipped_qty > 0))
$$;
comment on function private.report_facts_order(public.sales_orders, integer) is
  'Facts of an order: counted once (orders, order_amount; per line: order_lines, line_amount) on its confirmed day, unless it was cancelled before anything shipped.';

create function private.report_facts_shipment_line(sl public.shipment_lines, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    's'::text as kind, (sh.shipped_at at time zone private.report_timezone())::date as day,
    sh.warehouse_id as warehouse_id, sl.product_id as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, s * sl.qty as units_shipped, 0 as units_returned,
    s * case when sh.kind = 'sale' then round(ol.line_total * sl.qty / ol.qty, 2) else 0 end as revenue,
    0 as returns_amount,
    s * case when sh.kind = 'sale' then round((ol.promotion_discount + ol.coupon_discount) * sl.qty / ol.qty, 2) else 0 end as discounts,
    0 as discounts_returned, 0 as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs, 0 as adjustments,
    0 as payments_in, 0 as refunds_out, 0 as stock_qty, 0 as stock_value
  from public.shipments sh, public.sales_order_lines ol, public.sales_orders o
  where sh.id = sl.shipment_id and ol.id = sl.order_line_id and o.id = sh.order_id
$$;
comment on function private.report_facts_shipment_line(public.shipment_lines, integer) is
  'Facts of a shipment line: units shipped; for sale shipments the net amount of the goods (delivery-note amount) and their discount share, on the shipped day.';

create function private.report_facts_shipment_cost(c public.shipment_line_batch_costs, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    's'::text as kind, (sh.shipped_at at time zone private.report_timezone())::date as day,
    sh.warehouse_id as warehouse_id, sl.product_id as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount, 0 as discounts,
    0 as discounts_returned, s * c.cost_amount as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs,
    0 as adjustments, 0 as payments_in, 0 as refunds_out, 0 as stock_qty, 0 as stock_value
  from public.shipment_lines sl, public.shipments sh, public.sales_orders o
  where sl.id = c.shipment_line_id and sh.id = sl.shipment_id and o.id = sh.order_id
$$;
comment on function private.report_facts_shipment_cost(public.shipment_line_batch_costs, integer) is
  'Facts of a shipped batch: its cost (COGS) on the shipped day.';

create function private.report_facts_return_line(rl public.return_lines, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    's'::text as kind,
    (coalesce(r.received_at, now()) at time zone private.report_timezone())::date as day,
    o.warehouse_id as warehouse_id, rl.product_id as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, 0 as units_shipped, s * rl.qty as units_returned, 0 as revenue,
    s * case when r.kind = 'return' then rl.refund_amount else 0 end as returns_amount, 0 as discounts,
    s * case when r.kind = 'return' then round((ol.promotion_discount + ol.coupon_discount) * rl.qty / ol.qty, 2) else 0 end as discounts_returned,
    0 as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs, 0 as adjustments, 0 as payments_in,
    0 as refunds_out, 0 as stock_qty, 0 as stock_value
  from public.returns r, public.sales_order_lines ol, public.sales_orders o
  where rl.disposition is not null and r.id = rl.return_id and ol.id = rl.order_line_id and o.id = r.order_id
$$;
comment on function private.report_facts_return_line(public.return_lines, integer) is
  'Facts of a received return line: units back, and for returns (not exchanges) the refund amount and discount share, on the received day (now() while receive_return runs, which is what it stores as received_at).';

create function private.report_facts_return_batch(b public.return_line_batches, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    's'::text as kind,
    (coalesce(r.received_at, now()) at time zone private.report_timezone())::date as day,
    o.warehouse_id as warehouse_id, rl.product_id as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount, 0 as discounts,
    0 as discounts_returned, 0 as cogs,
    s * case when b.disposition = 'restock' then round(b.qty * c.unit_cost, 2) else 0 end as cost_restocked,
    s * case when b.disposition = 'scrap' then round(b.qty * c.unit_cost, 2) else 0 end as cost_scrapped,
    0 as write_offs, 0 as adjustments, 0 as payments_in, 0 as refunds_out, 0 as stock_qty, 0 as stock_value
  from public.return_lines rl, public.returns r, public.sales_orders o, public.shipment_line_batch_costs c
  where rl.id = b.return_line_id and r.id = rl.return_id and o.id = r.order_id
    and c.shipment_line_batch_id = b.shipment_line_batch_id
$$;
comment on function private.report_facts_return_batch(public.return_line_batches, integer) is
  'Facts of a returned batch: the cost of goods restocked or scrapped, at the batch''s shipped unit cost, on the received day.';

create function private.report_facts_payment(p public.payments, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    's'::text as kind, (p.paid_at at time zone private.report_timezone())::date as day,
    o.warehouse_id as warehouse_id, null::uuid as product_id, o.salesperson_id as salesperson_id,
    o.customer_id as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount, 0 as discounts,
    0 as discounts_returned, 0 as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs, 0 as adjustments,
    s * case when p.kind = 'payment' then p.amount else 0 end as payments_in,
    s * case when p.kind = 'refund' then -p.amount else 0 end as refunds_out, 0 as stock_qty, 0 as stock_value
  from public.sales_orders o
  where o.id = p.order_id and p.paid_at is not null
    and ((p.kind = 'payment' and p.status in ('succeeded', 'refunded')) or (p.kind = 'refund' and p.status = 'succeeded'))
$$;
comment on function private.report_facts_payment(public.payments, integer) is
  'Facts of a payment: money in (succeeded payments) or out (refunds) on its paid day.';

create function private.report_facts_movement(m public.stock_movements, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select
    'v'::text as kind, (m.created_at at time zone private.report_timezone())::date as day,
    m.warehouse_id as warehouse_id, m.product_id as product_id, null::uuid as salesperson_id,
    null::uuid as customer_id, p.category_id as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount, 0 as discounts,
    0 as discounts_returned, 0 as cogs, 0 as cost_restocked, 0 as cost_scrapped, 0 as write_offs, 0 as adjustments,
    0 as payments_in, 0 as refunds_out, s * m.qty as stock_qty, s * m.qty * m.unit_cost as stock_value
  from public.products p
  where p.id = m.product_id
  union all
  select
    's'::text as kind, (m.created_at at time zone private.report_timezone())::date as day,
    m.warehouse_id as warehouse_id, m.product_id as product_id, null::uuid as salesperson_id,
    null::uuid as customer_id, null::uuid as category_id, 0 as orders, 0 as order_amount, 0 as order_lines,
    0 as line_amount, 0 as units_shipped, 0 as units_returned, 0 as revenue, 0 as returns_amount, 0 as discounts,
    0 as discounts_returned, 0 as cogs, 0 as cost_restocked, 0 as cost_scrapped,
    s * case when m.movement_type in ('write_off', 'scrap') then -(m.qty * m.unit_cost) else 0 end as write_offs,
    s * case when m.movement_type = 'adjustment' then m.qty * m.unit_cost else 0 end as adjustments,
    0 as payments_in, 0 as refunds_out, 0 as stock_qty, 0 as stock_value
  where m.movement_type in ('write_off', 'scrap', 'adjustment')
$$;
comment on function private.report_facts_movement(public.stock_movements, integer) is
  'Facts of a ledger row: stock qty and value by warehouse and current product category; write-offs / scrap (cost) and adjustments (signed value) by warehouse and product.';

create function private.report_facts_of_order_documents(p_order_id uuid, s integer)
returns setof private.report_pending
language sql
stable
as $$
  select f.* from public.shipments sh join public.shipment_lines sl on sl.shipment_id = sh.id
    cross join lateral private.report_facts_shipment_line(sl, s) f where sh.order_id = p_order_id
  union all
  select f.* from public.shipments sh join public.shipment_line_batch_costs c
    on c.shipment_line_id in (select sl.id from public.shipment_lines sl where sl.shipment_id = sh.id)
    cross join lateral private.report_facts_shipment_cost(c, s) f where sh.order_id = p_order_id
  union all
  select f.* from public.returns r join public.return_lines rl on rl.return_id = r.id
    cross join lateral private.report_facts_return_line(rl, s) f where r.order_id = p_order_id
  union all
  select f.* from public.returns r join public.return_lines rl on rl.return_id = r.id
    join public.return_line_batches b on b.return_line_id = rl.id
    cross join lateral private.report_facts_return_batch(b, s) f where r.order_id = p_order_id
  union all
  select f.* from public.payments p cross join lateral private.report_facts_payment(p, s) f where p.order_id = p_order_id
$$;
comment on function private.report_facts_of_order_documents(uuid, integer) is
  'Facts of every shipment, return and payment of an order (used to move them when the order''s salesperson changes).';
-- Staging triggers -----------------------------------------------------------------------------------------

-- The row triggers below pass the row to an inlined fact function. Postgres would plan such a statement afresh on
-- every call (a custom plan per row value: ~1 ms, more than the rest of an order confirmation); the plan does not
-- depend on the values, so they keep one generic plan per session (force_generic_plan).

create function private.report_stage_shipment_lines()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from new_rows) then
    insert into private.report_pending
    select f.* from new_rows r cross join lateral private.report_facts_shipment_line(r, 1) f;
  end if;
  return null;
end;
$$;
comment on function private.report_stage_shipment_lines() is 'Trigger: stages the facts of new shipment lines.';
create trigger report_stage
  after insert on public.shipment_lines
  referencing new table as new_rows
  for each statement execute function private.report_stage_shipment_lines();
create function private.report_stage_shipment_costs()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from new_rows) then
    insert into private.report_pending
    select f.* from new_rows r cross join lateral private.report_facts_shipment_cost(r, 1) f;
  end if;
  return null;
end;
$$;
comment on function private.report_stage_shipment_costs() is 'Trigger: stages the COGS of new shipped batches.';
create trigger report_stage
  after insert on public.shipment_line_batch_costs
  referencing new table as new_rows
  for each statement execute function private.report_stage_shipment_costs();
create function private.report_stage_return_batches()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from new_rows) then
    insert into private.report_pending
    select f.* from new_rows r cross join lateral private.report_facts_return_batch(r, 1) f;
  end if;
  return null;
end;
$$;
comment on function private.report_stage_return_batches() is 'Trigger: stages the cost of returned batches.';
create trigger report_stage
  after insert on public.return_line_batches
  referencing new table as new_rows
  for each statement execute function private.report_stage_return_batches();
create function private.report_stage_movements()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from new_rows) then
    insert into private.report_pending
    select f.* from new_rows r cross join lateral private.report_facts_movement(r, 1) f;
  end if;
  return null;
end;
$$;
comment on function private.report_stage_movements() is 'Trigger: stages the facts of new ledger rows.';
create trigger report_stage
  after insert on public.stock_movements
  referencing new table as new_rows
  for each statement execute function private.report_stage_movements();
create function private.report_stage_order()
returns trigger
language plpgsql
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
begin
  if tg_op = 'UPDATE' then
    insert into private.report_pending select f.* from private.report_facts_order(old, -1) f;
  end if;
  insert into private.report_pending select f.* from private.report_facts_order(new, 1) f;
  return null;
end;
$$;
comment on function private.report_stage_order() is 'Trigger: stages −old +new order facts when what they depend on changes.';
create trigger report_stage
  after insert on public.sales_orders
  for each row when (new.confirmed_at is not null)
  execute function private.report_stage_order();
create trigger report_stage_update
  after update on public.sales_orders
  for each row when (old.confirmed_at is distinct from new.confirmed_at
    or (old.status = 'cancelled') is distinct from (new.status = 'cancelled')
    or old.salesperson_id is distinct from new.salesperson_id or old.customer_id is distinct from new.customer_id
    or old.warehouse_id is distinct from new.warehouse_id or old.total_amount is distinct from new.total_amount)
  execute function private.report_stage_order();

create function private.report_stage_return_line()
returns trigger
language plpgsql
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
begin
  if tg_op = 'UPDATE' then
    insert into private.report_pending select f.* from private.report_facts_return_line(old, -1) f;
  end if;
  insert into private.report_pending select f.* from private.report_facts_return_line(new, 1) f;
  return null;
end;
$$;
comment on function private.report_stage_return_line() is 'Trigger: stages −old +new facts of a return line (received: disposition set).';
create trigger report_stage
  after insert on public.return_lines
  for each row when (new.disposition is not null)
  execute function private.report_stage_return_line();
create trigger report_stage_update
  after update on public.return_lines
  for each row when (old.disposition is distinct from new.disposition or old.qty is distinct from new.qty or
    old.refund_amount is distinct from new.refund_amount or old.order_line_id is distinct from new.order_line_id or
    old.return_id is distinct from new.return_id or old.product_id is distinct from new.product_id)
  execute function private.report_stage_return_line();

create function private.report_stage_payment()
returns trigger
language plpgsql
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
begin
  if tg_op = 'UPDATE' then
    insert into private.report_pending select f.* from private.report_facts_payment(old, -1) f;
  end if;
  insert into private.report_pending select f.* from private.report_facts_payment(new, 1) f;
  return null;
end;
$$;
comment on function private.report_stage_payment() is 'Trigger: stages −old +new facts of a payment (e.g. pending → succeeded).';
create trigger report_stage
  after insert on public.payments
  for each row when (new.paid_at is not null)
  execute function private.report_stage_payment();
create trigger report_stage_update
  after update on public.payments
  for each row when (old.status is distinct from new.status or old.amount is distinct from new.amount or
    old.paid_at is distinct from new.paid_at or old.kind is distinct from new.kind or
    old.order_id is distinct from new.order_id)
  execute function private.report_stage_payment();

-- Keys that documents borrow from elsewhere: the order's salesperson (set null when a staff account is
-- deleted) and a product's category. Moving them moves every fact that carries them.
create function private.report_move_order_salesperson()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.report_pending (kind, day, warehouse_id, product_id, salesperson_id, customer_id, category_id, orders, order_amount, order_lines, line_amount, units_shipped, units_returned, revenue, returns_amount, discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments, payments_in, refunds_out, stock_qty, stock_value)
  select f.kind, f.day, f.warehouse_id, f.product_id, old.salesperson_id, f.customer_id, f.category_id, f.orders, f.order_amount, f.order_lines, f.line_amount, f.units_shipped, f.units_returned, f.revenue, f.returns_amount, f.discounts, f.discounts_returned, f.cogs, f.cost_restocked, f.cost_scrapped, f.write_offs, f.adjustments, f.payments_in, f.refunds_out, f.stock_qty, f.stock_value
  from private.report_facts_of_order_documents(new.id, -1) f;
  insert into private.report_pending select f.* from private.report_facts_of_order_documents(new.id, 1) f;
  return null;
end;
$$;
comment on function private.report_move_order_salesperson() is 'Trigger: moves the shipment, return and payment facts of an order to its new salesperson.';
create trigger report_move_salesperson
  after update of salesperson_id on public.sales_orders
  for each row when (old.salesperson_id is distinct from new.salesperson_id)
  execute function private.report_move_order_salesperson();

create function private.report_move_product_category()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.report_pending (kind, day, warehouse_id, product_id, salesperson_id, customer_id, category_id, orders, order_amount, order_lines, line_amount, units_shipped, units_returned, revenue, returns_amount, discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments, payments_in, refunds_out, stock_qty, stock_value)
  select f.kind, f.day, f.warehouse_id, f.product_id, f.salesperson_id, f.customer_id, old.category_id, f.orders, f.order_amount, f.order_lines, f.line_amount, f.units_shipped, f.units_returned, f.revenue, f.returns_amount, f.discounts, f.discounts_returned, f.cogs, f.cost_restocked, f.cost_scrapped, f.write_offs, f.adjustments, f.payments_in, f.refunds_out, f.stock_qty, f.stock_value
  from public.stock_movements m cross join lateral private.report_facts_movement(m, -1) f
  where m.product_id = new.id and f.kind = 'v';
  insert into private.report_pending
  select f.* from public.stock_movements m cross join lateral private.report_facts_movement(m, 1) f
  where m.product_id = new.id and f.kind = 'v';
  return null;
end;
$$;
comment on function private.report_move_product_category() is 'Trigger: moves a product''s stock value history to its new category.';
create trigger report_move_category
  after update of category_id on public.products
  for each row when (old.category_id is distinct from new.category_id)
  execute function private.report_move_product_category();

-- The fold ------------------------------------------------------------------------------------------------

-- The one advisory lock that makes folding (and rebuilding) single-file.
create function private.report_fold_lock_key()
returns bigint
language sql
immutable
as $$ select 7250318841106512401::bigint $$;
comment on function private.report_fold_lock_key() is 'The advisory lock key held by whoever folds or rebuilds the report rollups.';

create function private.report_fold(p_wait boolean)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_facts private.report_pending[];
  v_empty tid[];
  v_empty_tables oid[];
begin
  if p_wait then
    perform pg_advisory_xact_lock(private.report_fold_lock_key());
  elsif not pg_try_advisory_xact_lock(private.report_fold_lock_key()) then
    return;  -- another transaction is folding; these facts go with the next fold
  end if;
  -- Every fact committed so far (and this transaction's own); later commits stay for the next fold.
  with d as (delete from private.report_pending p returning p)
  select array_agg(d.p) into v_facts from d;
  if v_facts is null then
    return;
  end if;

  with up as (
    insert into private.report_sales_by_product as t (
      grain, period_start, product_id, orders, order_amount, units_shipped, units_returned, revenue, returns_amount,
      discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments)
    select
      g.grain, private.report_period(g.grain, f.day), f.product_id, sum(f.order_lines), sum(f.line_amount),
      sum(f.units_shipped), sum(f.units_returned), sum(f.revenue), sum(f.returns_amount), sum(f.discounts),
      sum(f.discounts_returned), sum(f.cogs), sum(f.cost_restocked), sum(f.cost_scrapped), sum(f.write_offs),
      sum(f.adjustments)
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m')) as g (grain)
    where f.kind = 's' and f.product_id is not null
      and (f.order_lines <> 0 or f.line_amount <> 0 or f.units_shipped <> 0 or f.units_returned <> 0 or f.revenue <> 0 or
      f.returns_amount <> 0 or f.discounts <> 0 or f.discounts_returned <> 0 or f.cogs <> 0 or f.cost_restocked <> 0 or
      f.cost_scrapped <> 0 or f.write_offs <> 0 or f.adjustments <> 0)
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (grain, period_start, product_id) do update set
      orders = t.orders + excluded.orders, order_amount = t.order_amount + excluded.order_amount,
      units_shipped = t.units_shipped + excluded.units_shipped,
      units_returned = t.units_returned + excluded.units_returned, revenue = t.revenue + excluded.revenue,
      returns_amount = t.returns_amount + excluded.returns_amount, discounts = t.discounts + excluded.discounts,
      discounts_returned = t.discounts_returned + excluded.discounts_returned, cogs = t.cogs + excluded.cogs,
      cost_restocked = t.cost_restocked + excluded.cost_restocked,
      cost_scrapped = t.cost_scrapped + excluded.cost_scrapped, write_offs = t.write_offs + excluded.write_offs,
      adjustments = t.adjustments + excluded.adjustments
    returning t.tableoid, t.ctid, (t.orders = 0 and t.order_amount = 0 and t.units_shipped = 0 and t.units_returned = 0 and t.revenue = 0 and
      t.returns_amount = 0 and t.discounts = 0 and t.discounts_returned = 0 and t.cogs = 0 and t.cost_restocked = 0 and
      t.cost_scrapped = 0 and t.write_offs = 0 and t.adjustments = 0) as empty
  )
  select array_agg(up.tableoid) filter (where up.empty), array_agg(up.ctid) filter (where up.empty)
    into v_empty_tables, v_empty from up;
  if v_empty is not null then
    delete from private.report_sales_by_product t using unnest(v_empty_tables, v_empty) as e (tableoid, ctid)
    where t.tableoid = e.tableoid and t.ctid = e.ctid;
  end if;

  with up as (
    insert into private.report_sales_by_warehouse_product as t (
      grain, period_start, warehouse_id, product_id, orders, units_shipped, units_returned, revenue, returns_amount)
    select
      g.grain, private.report_period(g.grain, f.day), f.warehouse_id, f.product_id, sum(f.order_lines),
      sum(f.units_shipped), sum(f.units_returned), sum(f.revenue), sum(f.returns_amount)
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m')) as g (grain)
    where f.kind = 's' and f.product_id is not null
      and (f.order_lines <> 0 or f.units_shipped <> 0 or f.units_returned <> 0 or f.revenue <> 0 or f.returns_amount <> 0)
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (grain, period_start, warehouse_id, product_id) do update set
      orders = t.orders + excluded.orders, units_shipped = t.units_shipped + excluded.units_shipped,
      units_returned = t.units_returned + excluded.units_returned, revenue = t.revenue + excluded.revenue,
      returns_amount = t.returns_amount + excluded.returns_amount
    returning t.tableoid, t.ctid, (t.orders = 0 and t.units_shipped = 0 and t.units_returned = 0 and t.revenue = 0 and t.returns_amount = 0) as empty
  )
  select array_agg(up.tableoid) filter (where up.empty), array_agg(up.ctid) filter (where up.empty)
    into v_empty_tables, v_empty from up;
  if v_empty is not null then
    delete from private.report_sales_by_warehouse_product t using unnest(v_empty_tables, v_empty) as e (tableoid, ctid)
    where t.tableoid = e.tableoid and t.ctid = e.ctid;
  end if;

  with up as (
    insert into private.report_sales_by_salesperson_product as t (
      grain, period_start, salesperson_id, product_id, orders, order_amount, units_shipped, units_returned, revenue,
      returns_amount, discounts, discounts_returned)
    select
      g.grain, private.report_period(g.grain, f.day), f.salesperson_id, f.product_id, sum(f.order_lines),
      sum(f.line_amount), sum(f.units_shipped), sum(f.units_returned), sum(f.revenue), sum(f.returns_amount),
      sum(f.discounts), sum(f.discounts_returned)
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m')) as g (grain)
    where f.kind = 's' and f.product_id is not null and f.customer_id is not null
      and (f.order_lines <> 0 or f.line_amount <> 0 or f.units_shipped <> 0 or f.units_returned <> 0 or f.revenue <> 0 or
      f.returns_amount <> 0 or f.discounts <> 0 or f.discounts_returned <> 0)
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (grain, period_start, salesperson_id, product_id) do update set
      orders = t.orders + excluded.orders, order_amount = t.order_amount + excluded.order_amount,
      units_shipped = t.units_shipped + excluded.units_shipped,
      units_returned = t.units_returned + excluded.units_returned, revenue = t.revenue + excluded.revenue,
      returns_amount = t.returns_amount + excluded.returns_amount, discounts = t.discounts + excluded.discounts,
      discounts_returned = t.discounts_returned + excluded.discounts_returned
    returning t.tableoid, t.ctid, (t.orders = 0 and t.order_amount = 0 and t.units_shipped = 0 and t.units_returned = 0 and t.revenue = 0 and
      t.returns_amount = 0 and t.discounts = 0 and t.discounts_returned = 0) as empty
  )
  select array_agg(up.tableoid) filter (where up.empty), array_agg(up.ctid) filter (where up.empty)
    into v_empty_tables, v_empty from up;
  if v_empty is not null then
    delete from private.report_sales_by_salesperson_product t using unnest(v_empty_tables, v_empty) as e (tableoid, ctid)
    where t.tableoid = e.tableoid and t.ctid = e.ctid;
  end if;

  with up as (
    insert into private.report_sales_by_warehouse as t (
      grain, period_start, warehouse_id, salesperson_id, orders, order_amount, units_shipped, units_returned,
      revenue, returns_amount, discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs,
      adjustments, payments_in, refunds_out)
    select
      g.grain, private.report_period(g.grain, f.day), f.warehouse_id, f.salesperson_id, sum(f.orders),
      sum(f.order_amount), sum(f.units_shipped), sum(f.units_returned), sum(f.revenue), sum(f.returns_amount),
      sum(f.discounts), sum(f.discounts_returned), sum(f.cogs), sum(f.cost_restocked), sum(f.cost_scrapped),
      sum(f.write_offs), sum(f.adjustments), sum(f.payments_in), sum(f.refunds_out)
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m')) as g (grain)
    where f.kind = 's'
      and (f.orders <> 0 or f.order_amount <> 0 or f.units_shipped <> 0 or f.units_returned <> 0 or f.revenue <> 0 or
      f.returns_amount <> 0 or f.discounts <> 0 or f.discounts_returned <> 0 or f.cogs <> 0 or f.cost_restocked <> 0 or
      f.cost_scrapped <> 0 or f.write_offs <> 0 or f.adjustments <> 0 or f.payments_in <> 0 or f.refunds_out <> 0)
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (grain, period_start, warehouse_id, salesperson_id) do update set
      orders = t.orders + excluded.orders, order_amount = t.order_amount + excluded.order_amount,
      units_shipped = t.units_shipped + excluded.units_shipped,
      units_returned = t.units_returned + excluded.units_returned, revenue = t.revenue + excluded.revenue,
      returns_amount = t.returns_amount + excluded.returns_amount, discounts = t.discounts + excluded.discounts,
      discounts_returned = t.discounts_returned + excluded.discounts_returned, cogs = t.cogs + excluded.cogs,
      cost_restocked = t.cost_restocked + excluded.cost_restocked,
      cost_scrapped = t.cost_scrapped + excluded.cost_scrapped, write_offs = t.write_offs + excluded.write_offs,
      adjustments = t.adjustments + excluded.adjustments, payments_in = t.payments_in + excluded.payments_in,
      refunds_out = t.refunds_out + excluded.refunds_out
    returning t.tableoid, t.ctid, (t.orders = 0 and t.order_amount = 0 and t.units_shipped = 0 and t.units_returned = 0 and t.revenue = 0 and
      t.returns_amount = 0 and t.discounts = 0 and t.discounts_returned = 0 and t.cogs = 0 and t.cost_restocked = 0 and
      t.cost_scrapped = 0 and t.write_offs = 0 and t.adjustments = 0 and t.payments_in = 0 and t.refunds_out = 0) as empty
  )
  select array_agg(up.tableoid) filter (where up.empty), array_agg(up.ctid) filter (where up.empty)
    into v_empty_tables, v_empty from up;
  if v_empty is not null then
    delete from private.report_sales_by_warehouse t using unnest(v_empty_tables, v_empty) as e (tableoid, ctid)
    where t.tableoid = e.tableoid and t.ctid = e.ctid;
  end if;

  with up as (
    insert into private.report_sales_by_customer as t (
      grain, period_start, customer_id, salesperson_id, orders, order_amount, units_shipped, units_returned, revenue,
      returns_amount, discounts, discounts_returned, cogs, cost_restocked)
    select
      g.grain, private.report_period(g.grain, f.day), f.customer_id, f.salesperson_id, sum(f.orders),
      sum(f.order_amount), sum(f.units_shipped), sum(f.units_returned), sum(f.revenue), sum(f.returns_amount),
      sum(f.discounts), sum(f.discounts_returned), sum(f.cogs), sum(f.cost_restocked)
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m'), ('q'), ('y')) as g (grain)
    where f.kind = 's' and f.customer_id is not null
      and (f.orders <> 0 or f.order_amount <> 0 or f.units_shipped <> 0 or f.units_returned <> 0 or f.revenue <> 0 or
      f.returns_amount <> 0 or f.discounts <> 0 or f.discounts_returned <> 0 or f.cogs <> 0 or f.cost_restocked <> 0)
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (grain, period_start, customer_id, salesperson_id) do update set
      orders = t.orders + excluded.orders, order_amount = t.order_amount + excluded.order_amount,
      units_shipped = t.units_shipped + excluded.units_shipped,
      units_returned = t.units_returned + excluded.units_returned, revenue = t.revenue + excluded.revenue,
      returns_amount = t.returns_amount + excluded.returns_amount, discounts = t.discounts + excluded.discounts,
      discounts_returned = t.discounts_returned + excluded.discounts_returned, cogs = t.cogs + excluded.cogs,
      cost_restocked = t.cost_restocked + excluded.cost_restocked
    returning t.tableoid, t.ctid, (t.orders = 0 and t.order_amount = 0 and t.units_shipped = 0 and t.units_returned = 0 and t.revenue = 0 and
      t.returns_amount = 0 and t.discounts = 0 and t.discounts_returned = 0 and t.cogs = 0 and t.cost_restocked = 0) as empty
  )
  select array_agg(up.tableoid) filter (where up.empty), array_agg(up.ctid) filter (where up.empty)
    into v_empty_tables, v_empty from up;
  if v_empty is not null then
    delete from private.report_sales_by_customer t using unnest(v_empty_tables, v_empty) as e (tableoid, ctid)
    where t.tableoid = e.tableoid and t.ctid = e.ctid;
  end if;

  -- last_day of the customer rows whose order count changed: the last day row with a counted order. Only rows
  -- this fold has just upserted (and so already locked) are touched.
  update private.report_sales_by_customer t
     set last_day = (
       select max(d.period_start)
       from private.report_sales_by_customer d
       where d.customer_id = t.customer_id and d.salesperson_id is not distinct from t.salesperson_id
         and d.grain = 'd' and d.period_start >= t.period_start
         and d.period_start < private.report_period_end(t.grain, t.period_start) and d.orders > 0)
    from (
      select distinct g.grain, private.report_period(g.grain, f.day) as period_start, f.customer_id, f.salesperson_id
      from unnest(v_facts) f cross join (values ('d'), ('w'), ('m'), ('q'), ('y')) as g (grain)
      where f.kind = 's' and f.customer_id is not null and f.orders <> 0
    ) k
   where t.grain = k.grain and t.period_start = k.period_start and t.customer_id = k.customer_id
     and t.salesperson_id is not distinct from k.salesperson_id;

  with up as (
    insert into private.report_sales_by_customer_total as t (
      grain, period_start, customer_id, orders, order_amount, units_shipped, units_returned, revenue,
      returns_amount, discounts, discounts_returned, cogs, cost_restocked)
    select
      g.grain, private.report_period(g.grain, f.day), f.customer_id, sum(f.orders),
      sum(f.order_amount), sum(f.units_shipped), sum(f.units_returned), sum(f.revenue), sum(f.returns_amount),
      sum(f.discounts), sum(f.discounts_returned), sum(f.cogs), sum(f.cost_restocked)
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m'), ('q'), ('y')) as g (grain)
    where f.kind = 's' and f.customer_id is not null
      and (f.orders <> 0 or f.order_amount <> 0 or f.units_shipped <> 0 or f.units_returned <> 0 or f.revenue <> 0 or
      f.returns_amount <> 0 or f.discounts <> 0 or f.discounts_returned <> 0 or f.cogs <> 0 or f.cost_restocked <> 0)
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (grain, period_start, customer_id) do update set
      orders = t.orders + excluded.orders, order_amount = t.order_amount + excluded.order_amount,
      units_shipped = t.units_shipped + excluded.units_shipped,
      units_returned = t.units_returned + excluded.units_returned, revenue = t.revenue + excluded.revenue,
      returns_amount = t.returns_amount + excluded.returns_amount, discounts = t.discounts + excluded.discounts,
      discounts_returned = t.discounts_returned + excluded.discounts_returned, cogs = t.cogs + excluded.cogs,
      cost_restocked = t.cost_restocked + excluded.cost_restocked
    returning t.tableoid, t.ctid, (t.orders = 0 and t.order_amount = 0 and t.units_shipped = 0 and t.units_returned = 0 and t.revenue = 0 and
      t.returns_amount = 0 and t.discounts = 0 and t.discounts_returned = 0 and t.cogs = 0 and t.cost_restocked = 0) as empty
  )
  select array_agg(up.tableoid) filter (where up.empty), array_agg(up.ctid) filter (where up.empty)
    into v_empty_tables, v_empty from up;
  if v_empty is not null then
    delete from private.report_sales_by_customer_total t using unnest(v_empty_tables, v_empty) as e (tableoid, ctid)
    where t.tableoid = e.tableoid and t.ctid = e.ctid;
  end if;

  update private.report_sales_by_customer_total t
     set last_day = (
       select max(d.period_start)
       from private.report_sales_by_customer_total d
       where d.customer_id = t.customer_id and d.grain = 'd' and d.period_start >= t.period_start
         and d.period_start < private.report_period_end(t.grain, t.period_start) and d.orders > 0)
    from (
      select distinct g.grain, private.report_period(g.grain, f.day) as period_start, f.customer_id
      from unnest(v_facts) f cross join (values ('d'), ('w'), ('m'), ('q'), ('y')) as g (grain)
      where f.kind = 's' and f.customer_id is not null and f.orders <> 0
    ) k
   where t.grain = k.grain and t.period_start = k.period_start and t.customer_id = k.customer_id;

  -- First counted order per customer, recomputed from the day rows for the customers whose orders changed.
  with up as (
    insert into private.report_customer_first_orders as t (customer_id, first_day)
    select k.customer_id,
           (select min(d.period_start) from private.report_sales_by_customer d
             where d.customer_id = k.customer_id and d.grain = 'd' and d.orders > 0)
    from (select distinct f.customer_id from unnest(v_facts) f
          where f.kind = 's' and f.customer_id is not null and f.orders <> 0) k
    order by 1
    on conflict (customer_id) do update set first_day = excluded.first_day
    returning t.ctid, t.first_day is null as empty
  )
  select array_agg(up.ctid) filter (where up.empty) into v_empty from up;
  if v_empty is not null then
    delete from private.report_customer_first_orders t where t.ctid = any (v_empty);
  end if;

  with up as (
    insert into private.report_stock_value as t (grain, period_start, warehouse_id, category_id, qty, value, value_days)
    select g.grain, private.report_period(g.grain, f.day), f.warehouse_id, f.category_id,
           sum(f.stock_qty), sum(f.stock_value), sum(f.stock_value * (f.day - date '2000-01-01'))
    from unnest(v_facts) f cross join (values ('d'), ('w'), ('m')) as g (grain)
    where f.kind = 'v'
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (grain, period_start, warehouse_id, category_id) do update set
      qty = t.qty + excluded.qty, value = t.value + excluded.value, value_days = t.value_days + excluded.value_days
    returning t.ctid, (t.qty = 0 and t.value = 0 and t.value_days = 0) as empty
  )
  select array_agg(up.ctid) filter (where up.empty) into v_empty from up;
  if v_empty is not null then
    delete from private.report_stock_value t where t.ctid = any (v_empty);
  end if;
end;
$$;
comment on function private.report_fold(boolean) is
  'Folds the inbox (private.report_pending) into the rollup tables: one upsert per key and grain, tables in a fixed order, keys sorted, rows that come back to zero deleted. One folder at a time: p_wait waits for a running fold (reports), otherwise returns at once if another transaction is folding (the platform job).';

-- Rebuild ----------------------------------------------------------------------------------------------------

create function private.rebuild_report_rollups()
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_started timestamptz := clock_timestamp();
  v_result jsonb;
begin
  perform set_config('work_mem', '256MB', true);
  -- Single-file with folds; then the inbox's exclusive lock waits for every transaction that has staged facts
  -- to commit and holds new ones off until this one commits, so the documents read below are exactly those
  -- whose facts the inbox held: they are discarded, the rebuild counts them.
  perform pg_advisory_xact_lock(private.report_fold_lock_key());
  lock table private.report_pending in exclusive mode;
  delete from private.report_pending;
  truncate private.report_sales_by_product, private.report_sales_by_warehouse_product,
    private.report_sales_by_salesperson_product, private.report_sales_by_warehouse, private.report_sales_by_customer,
    private.report_sales_by_customer_total, private.report_customer_first_orders, private.report_stock_value;
  if to_regclass('pg_temp.report_rebuild_facts') is not null then
    drop table pg_temp.report_rebuild_facts;
  end if;
  -- Every fact of every document, once (the same functions the triggers use, inlined: set-based joins).
  create temp table report_rebuild_facts on commit drop as
  select f.* from public.sales_orders o cross join lateral private.report_facts_order(o, 1) f
  union all
  select f.* from public.shipment_lines x cross join lateral private.report_facts_shipment_line(x, 1) f
  union all
  select f.* from public.shipment_line_batch_costs x cross join lateral private.report_facts_shipment_cost(x, 1) f
  union all
  select f.* from public.return_lines x cross join lateral private.report_facts_return_line(x, 1) f
  union all
  select f.* from public.return_line_batches x cross join lateral private.report_facts_return_batch(x, 1) f
  union all
  select f.* from public.payments x cross join lateral private.report_facts_payment(x, 1) f
  union all
  select f.* from public.stock_movements x cross join lateral private.report_facts_movement(x, 1) f;
  analyze pg_temp.report_rebuild_facts;

  insert into private.report_sales_by_product (
    grain, period_start, product_id, orders, order_amount, units_shipped, units_returned, revenue, returns_amount,
    discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments)
  select
    'd', f.day, f.product_id, sum(f.order_lines), sum(f.line_amount), sum(f.units_shipped), sum(f.units_returned),
    sum(f.revenue), sum(f.returns_amount), sum(f.discounts), sum(f.discounts_returned), sum(f.cogs),
    sum(f.cost_restocked), sum(f.cost_scrapped), sum(f.write_offs), sum(f.adjustments)
  from pg_temp.report_rebuild_facts f
  where f.kind = 's' and f.product_id is not null
  group by f.day, f.product_id
  having sum(f.order_lines) <> 0 or sum(f.line_amount) <> 0 or sum(f.units_shipped) <> 0 or sum(f.units_returned) <> 0 or
     sum(f.revenue) <> 0 or sum(f.returns_amount) <> 0 or sum(f.discounts) <> 0 or sum(f.discounts_returned) <> 0 or
     sum(f.cogs) <> 0 or sum(f.cost_restocked) <> 0 or sum(f.cost_scrapped) <> 0 or sum(f.write_offs) <> 0 or
     sum(f.adjustments) <> 0
  order by f.day, f.product_id;
  analyze private.report_sales_by_product;
  insert into private.report_sales_by_product (
    grain, period_start, product_id, orders, order_amount, units_shipped, units_returned, revenue, returns_amount,
    discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments)
  select
    g.grain, private.report_period(g.grain, t.period_start), t.product_id, sum(t.orders), sum(t.order_amount),
    sum(t.units_shipped), sum(t.units_returned), sum(t.revenue), sum(t.returns_amount), sum(t.discounts),
    sum(t.discounts_returned), sum(t.cogs), sum(t.cost_restocked), sum(t.cost_scrapped), sum(t.write_offs),
    sum(t.adjustments)
  from private.report_sales_by_product t cross join (values ('w'), ('m')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3
  having sum(t.orders) <> 0 or sum(t.order_amount) <> 0 or sum(t.units_shipped) <> 0 or sum(t.units_returned) <> 0 or
     sum(t.revenue) <> 0 or sum(t.returns_amount) <> 0 or sum(t.discounts) <> 0 or sum(t.discounts_returned) <> 0 or
     sum(t.cogs) <> 0 or sum(t.cost_restocked) <> 0 or sum(t.cost_scrapped) <> 0 or sum(t.write_offs) <> 0 or
     sum(t.adjustments) <> 0
  order by 1, 2, 3;
  insert into private.report_sales_by_warehouse_product (
    grain, period_start, warehouse_id, product_id, orders, units_shipped, units_returned, revenue, returns_amount)
  select
    'd', f.day, f.warehouse_id, f.product_id, sum(f.order_lines), sum(f.units_shipped), sum(f.units_returned),
    sum(f.revenue), sum(f.returns_amount)
  from pg_temp.report_rebuild_facts f
  where f.kind = 's' and f.product_id is not null
  group by f.day, f.warehouse_id, f.product_id
  having sum(f.order_lines) <> 0 or sum(f.units_shipped) <> 0 or sum(f.units_returned) <> 0 or sum(f.revenue) <> 0 or
     sum(f.returns_amount) <> 0
  order by f.day, f.warehouse_id, f.product_id;
  analyze private.report_sales_by_warehouse_product;
  insert into private.report_sales_by_warehouse_product (
    grain, period_start, warehouse_id, product_id, orders, units_shipped, units_returned, revenue, returns_amount)
  select
    g.grain, private.report_period(g.grain, t.period_start), t.warehouse_id, t.product_id, sum(t.orders),
    sum(t.units_shipped), sum(t.units_returned), sum(t.revenue), sum(t.returns_amount)
  from private.report_sales_by_warehouse_product t cross join (values ('w'), ('m')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3, 4
  having sum(t.orders) <> 0 or sum(t.units_shipped) <> 0 or sum(t.units_returned) <> 0 or sum(t.revenue) <> 0 or
     sum(t.returns_amount) <> 0
  order by 1, 2, 3, 4;
  insert into private.report_sales_by_salesperson_product (
    grain, period_start, salesperson_id, product_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned)
  select
    'd', f.day, f.salesperson_id, f.product_id, sum(f.order_lines), sum(f.line_amount), sum(f.units_shipped),
    sum(f.units_returned), sum(f.revenue), sum(f.returns_amount), sum(f.discounts), sum(f.discounts_returned)
  from pg_temp.report_rebuild_facts f
  where f.kind = 's' and f.product_id is not null and f.customer_id is not null
  group by f.day, f.salesperson_id, f.product_id
  having sum(f.order_lines) <> 0 or sum(f.line_amount) <> 0 or sum(f.units_shipped) <> 0 or sum(f.units_returned) <> 0 or
     sum(f.revenue) <> 0 or sum(f.returns_amount) <> 0 or sum(f.discounts) <> 0 or sum(f.discounts_returned) <> 0
  order by f.day, f.salesperson_id, f.product_id;
  analyze private.report_sales_by_salesperson_product;
  insert into private.report_sales_by_salesperson_product (
    grain, period_start, salesperson_id, product_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned)
  select
    g.grain, private.report_period(g.grain, t.period_start), t.salesperson_id, t.product_id, sum(t.orders),
    sum(t.order_amount), sum(t.units_shipped), sum(t.units_returned), sum(t.revenue), sum(t.returns_amount),
    sum(t.discounts), sum(t.discounts_returned)
  from private.report_sales_by_salesperson_product t cross join (values ('w'), ('m')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3, 4
  having sum(t.orders) <> 0 or sum(t.order_amount) <> 0 or sum(t.units_shipped) <> 0 or sum(t.units_returned) <> 0 or
     sum(t.revenue) <> 0 or sum(t.returns_amount) <> 0 or sum(t.discounts) <> 0 or sum(t.discounts_returned) <> 0
  order by 1, 2, 3, 4;
  insert into private.report_sales_by_warehouse (
    grain, period_start, warehouse_id, salesperson_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments,
    payments_in, refunds_out)
  select
    'd', f.day, f.warehouse_id, f.salesperson_id, sum(f.orders), sum(f.order_amount), sum(f.units_shipped),
    sum(f.units_returned), sum(f.revenue), sum(f.returns_amount), sum(f.discounts), sum(f.discounts_returned),
    sum(f.cogs), sum(f.cost_restocked), sum(f.cost_scrapped), sum(f.write_offs), sum(f.adjustments),
    sum(f.payments_in), sum(f.refunds_out)
  from pg_temp.report_rebuild_facts f
  where f.kind = 's'
  group by f.day, f.warehouse_id, f.salesperson_id
  having sum(f.orders) <> 0 or sum(f.order_amount) <> 0 or sum(f.units_shipped) <> 0 or sum(f.units_returned) <> 0 or
     sum(f.revenue) <> 0 or sum(f.returns_amount) <> 0 or sum(f.discounts) <> 0 or sum(f.discounts_returned) <> 0 or
     sum(f.cogs) <> 0 or sum(f.cost_restocked) <> 0 or sum(f.cost_scrapped) <> 0 or sum(f.write_offs) <> 0 or
     sum(f.adjustments) <> 0 or sum(f.payments_in) <> 0 or sum(f.refunds_out) <> 0
  order by f.day, f.warehouse_id, f.salesperson_id;
  analyze private.report_sales_by_warehouse;
  insert into private.report_sales_by_warehouse (
    grain, period_start, warehouse_id, salesperson_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned, cogs, cost_restocked, cost_scrapped, write_offs, adjustments,
    payments_in, refunds_out)
  select
    g.grain, private.report_period(g.grain, t.period_start), t.warehouse_id, t.salesperson_id, sum(t.orders),
    sum(t.order_amount), sum(t.units_shipped), sum(t.units_returned), sum(t.revenue), sum(t.returns_amount),
    sum(t.discounts), sum(t.discounts_returned), sum(t.cogs), sum(t.cost_restocked), sum(t.cost_scrapped),
    sum(t.write_offs), sum(t.adjustments), sum(t.payments_in), sum(t.refunds_out)
  from private.report_sales_by_warehouse t cross join (values ('w'), ('m')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3, 4
  having sum(t.orders) <> 0 or sum(t.order_amount) <> 0 or sum(t.units_shipped) <> 0 or sum(t.units_returned) <> 0 or
     sum(t.revenue) <> 0 or sum(t.returns_amount) <> 0 or sum(t.discounts) <> 0 or sum(t.discounts_returned) <> 0 or
     sum(t.cogs) <> 0 or sum(t.cost_restocked) <> 0 or sum(t.cost_scrapped) <> 0 or sum(t.write_offs) <> 0 or
     sum(t.adjustments) <> 0 or sum(t.payments_in) <> 0 or sum(t.refunds_out) <> 0
  order by 1, 2, 3, 4;
  insert into private.report_sales_by_customer (
    grain, period_start, customer_id, salesperson_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned, cogs, cost_restocked, last_day)
  select
    'd', f.day, f.customer_id, f.salesperson_id, sum(f.orders), sum(f.order_amount), sum(f.units_shipped),
    sum(f.units_returned), sum(f.revenue), sum(f.returns_amount), sum(f.discounts), sum(f.discounts_returned),
    sum(f.cogs), sum(f.cost_restocked), case when sum(f.orders) > 0 then f.day end
  from pg_temp.report_rebuild_facts f
  where f.kind = 's' and f.customer_id is not null
  group by f.day, f.customer_id, f.salesperson_id
  having sum(f.orders) <> 0 or sum(f.order_amount) <> 0 or sum(f.units_shipped) <> 0 or sum(f.units_returned) <> 0 or
     sum(f.revenue) <> 0 or sum(f.returns_amount) <> 0 or sum(f.discounts) <> 0 or sum(f.discounts_returned) <> 0 or
     sum(f.cogs) <> 0 or sum(f.cost_restocked) <> 0
  order by f.day, f.customer_id, f.salesperson_id;
  analyze private.report_sales_by_customer;
  insert into private.report_sales_by_customer (
    grain, period_start, customer_id, salesperson_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned, cogs, cost_restocked, last_day)
  select
    g.grain, private.report_period(g.grain, t.period_start), t.customer_id, t.salesperson_id, sum(t.orders),
    sum(t.order_amount), sum(t.units_shipped), sum(t.units_returned), sum(t.revenue), sum(t.returns_amount),
    sum(t.discounts), sum(t.discounts_returned), sum(t.cogs), sum(t.cost_restocked),
    max(t.period_start) filter (where t.orders > 0)
  from private.report_sales_by_customer t cross join (values ('w'), ('m'), ('q'), ('y')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3, 4
  having sum(t.orders) <> 0 or sum(t.order_amount) <> 0 or sum(t.units_shipped) <> 0 or sum(t.units_returned) <> 0 or
     sum(t.revenue) <> 0 or sum(t.returns_amount) <> 0 or sum(t.discounts) <> 0 or sum(t.discounts_returned) <> 0 or
     sum(t.cogs) <> 0 or sum(t.cost_restocked) <> 0
  order by 1, 2, 3, 4;
  insert into private.report_sales_by_customer_total (
    grain, period_start, customer_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned, cogs, cost_restocked, last_day)
  select
    'd', f.day, f.customer_id, sum(f.orders), sum(f.order_amount), sum(f.units_shipped),
    sum(f.units_returned), sum(f.revenue), sum(f.returns_amount), sum(f.discounts), sum(f.discounts_returned),
    sum(f.cogs), sum(f.cost_restocked), case when sum(f.orders) > 0 then f.day end
  from pg_temp.report_rebuild_facts f
  where f.kind = 's' and f.customer_id is not null
  group by f.day, f.customer_id
  having sum(f.orders) <> 0 or sum(f.order_amount) <> 0 or sum(f.units_shipped) <> 0 or sum(f.units_returned) <> 0 or
     sum(f.revenue) <> 0 or sum(f.returns_amount) <> 0 or sum(f.discounts) <> 0 or sum(f.discounts_returned) <> 0 or
     sum(f.cogs) <> 0 or sum(f.cost_restocked) <> 0
  order by f.day, f.customer_id;
  analyze private.report_sales_by_customer_total;
  insert into private.report_sales_by_customer_total (
    grain, period_start, customer_id, orders, order_amount, units_shipped, units_returned, revenue,
    returns_amount, discounts, discounts_returned, cogs, cost_restocked, last_day)
  select
    g.grain, private.report_period(g.grain, t.period_start), t.customer_id, sum(t.orders),
    sum(t.order_amount), sum(t.units_shipped), sum(t.units_returned), sum(t.revenue), sum(t.returns_amount),
    sum(t.discounts), sum(t.discounts_returned), sum(t.cogs), sum(t.cost_restocked),
    max(t.period_start) filter (where t.orders > 0)
  from private.report_sales_by_customer_total t cross join (values ('w'), ('m'), ('q'), ('y')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3
  having sum(t.orders) <> 0 or sum(t.order_amount) <> 0 or sum(t.units_shipped) <> 0 or sum(t.units_returned) <> 0 or
     sum(t.revenue) <> 0 or sum(t.returns_amount) <> 0 or sum(t.discounts) <> 0 or sum(t.discounts_returned) <> 0 or
     sum(t.cogs) <> 0 or sum(t.cost_restocked) <> 0
  order by 1, 2, 3;
  insert into private.report_customer_first_orders (customer_id, first_day)
  select t.customer_id, min(t.period_start)
  from private.report_sales_by_customer t
  where t.grain = 'd' and t.orders > 0
  group by t.customer_id;

  insert into private.report_stock_value (grain, period_start, warehouse_id, category_id, qty, value, value_days)
  select 'd', f.day, f.warehouse_id, f.category_id, sum(f.stock_qty), sum(f.stock_value),
         sum(f.stock_value * (f.day - date '2000-01-01'))
  from pg_temp.report_rebuild_facts f
  where f.kind = 'v'
  group by f.day, f.warehouse_id, f.category_id
  having sum(f.stock_qty) <> 0 or sum(f.stock_value) <> 0 or sum(f.stock_value * (f.day - date '2000-01-01')) <> 0;
  analyze private.report_stock_value;
  insert into private.report_stock_value (grain, period_start, warehouse_id, category_id, qty, value, value_days)
  select g.grain, private.report_period(g.grain, t.period_start), t.warehouse_id, t.category_id,
         sum(t.qty), sum(t.value), sum(t.value_days)
  from private.report_stock_value t cross join (values ('w'), ('m')) as g (grain)
  where t.grain = 'd'
  group by 1, 2, 3, 4
  having sum(t.qty) <> 0 or sum(t.value) <> 0 or sum(t.value_days) <> 0;

  drop table pg_temp.report_rebuild_facts;
  analyze private.report_sales_by_product;
  analyze private.report_sales_by_warehouse_product;
  analyze private.report_sales_by_salesperson_product;
  analyze private.report_sales_by_warehouse;
  analyze private.report_sales_by_customer;
  analyze private.report_sales_by_customer_total;
  analyze private.report_customer_first_orders;
  analyze private.report_stock_value;

  select jsonb_build_object(
    'sales_by_product', (select count(*) from private.report_sales_by_product),
    'sales_by_warehouse_product', (select count(*) from private.report_sales_by_warehouse_product),
    'sales_by_salesperson_product', (select count(*) from private.report_sales_by_salesperson_product),
    'sales_by_warehouse', (select count(*) from private.report_sales_by_warehouse),
    'sales_by_customer', (select count(*) from private.report_sales_by_customer),
    'sales_by_customer_total', (select count(*) from private.report_sales_by_customer_total),
    'customer_first_orders', (select count(*) from private.report_customer_first_orders),
    'stock_value', (select count(*) from private.report_stock_value),
    'seconds', round(extract(epoch from clock_timestamp() - v_started)::numeric, 3))
  into v_result;
  return v_result;
end;
$$;
comment on function private.rebuild_report_rollups() is
  'Recomputes every rollup table from the documents and the ledger with the same fact functions the triggers use. Returns row counts and seconds.';

create function public.rebuild_report_rollups()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not private.is_platform_caller() then
    perform private.assert_role('admin');
  end if;
  return private.rebuild_report_rollups();
end;
$$;
comment on function public.rebuild_report_rollups() is
  'RPC (admin; also postgres and the service role): recomputes the report rollups from the documents and the ledger, for repair (after bulk loads with triggers off, deleted documents, a changed app.timezone). Returns row counts per table and seconds. On a large database run it from SQL (the API''s statement timeout may be shorter). Errors: not_authorized.';
revoke execute on function public.rebuild_report_rollups() from public, anon;
grant execute on function public.rebuild_report_rollups() to authenticated, service_role;

revoke execute on all functions in schema private from public, anon;

-- A database that already has documents gets its rollups now.
select private.rebuild_report_rollups();

-- The platform job that folds the inbox every 5 s (pg_cron, or the embedded stack's timer). Without either, facts
-- wait in the inbox until the next report folds them.
select private.schedule_platform_job('fold-report-inbox', '5 seconds', 'select private.report_fold(false)');
