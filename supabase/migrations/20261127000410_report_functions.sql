-- Reporting, part 2: the report RPCs (DESIGN §4). They read the rollups of the previous migration and a few
-- small live tables (stock levels, batches, in-transit transfers, alerts), never all orders.
--
-- Periods: p_from .. p_to inclusive business days (at most 3660 days); p_granularity day | week (ISO, Monday) |
-- month; each row's period is the start of its bucket (a bucket clipped by p_from still shows its start).
--
-- Who sees what (private.report_role; the platform - postgres, the service role - sees what admin sees):
--   report                 admin   finance   sales                     warehouse
--   report_sales           yes     yes       own orders, no cost       -
--   report_profit          yes     yes       -                         -
--   report_inventory       yes     yes       yes, no value             yes, no value
--   report_turnover        yes     yes       -                         ratios only (no COGS / value)
--   report_days_of_cover   yes     yes       yes                       yes
--   report_replenishment   yes     yes       -                         yes, no cost
--   report_expiry          yes     yes       -                         yes, no value
--   report_expiry_summary  yes     yes       -                         yes, no value
--   report_customers       yes     yes       own orders                -
--   report_dashboard       yes     yes       own orders, no cost       all orders, no cost
-- "No cost" means the cost, value and profit columns are null; "own orders" means orders whose salesperson is
-- the caller. Anyone else gets not_authorized (SQLSTATE 42501, HTTP 403), like every RPC of the project.
-- Argument errors: invalid_period, invalid_granularity, invalid_dimension, invalid_argument {field}.

-- Helpers ----------------------------------------------------------------------------------------------------

-- sum() of bigints is exact through a 128-bit state that ends in a numeric: for tens of thousands of groups
-- (every customer) that conversion costs more than the sums. Cents and order counts stay far below 2^63 and
-- int8pl raises on overflow instead of wrapping, so a bigint-state sum is as exact at a fraction of the cost.
create aggregate private.sum_int8(bigint) (sfunc = int8pl, stype = bigint, combinefunc = int8pl, parallel = safe);
comment on aggregate private.sum_int8(bigint) is 'sum() of bigints as a bigint (raises on overflow); for report RPCs that sum per customer.';

-- The caller's role when it is one of p_roles (the platform counts as admin); raises not_authorized otherwise.
create function private.report_role(variadic p_roles public.app_role[])
returns public.app_role
language plpgsql
set search_path = ''
as $$
begin
  if private.current_app_role() is null and private.is_platform_caller() then
    return 'admin';
  end if;
  perform private.assert_role(variadic p_roles);
  return private.current_app_role();
end;
$$;
comment on function private.report_role(public.app_role[]) is
  'Report RPCs: the caller''s role if it is one of p_roles (postgres / service role count as admin); raises not_authorized otherwise.';

-- report_role for the reports that read rollups: the facts of committed documents may still wait in the inbox;
-- they are folded first (after the role check: a refused caller does no work), so the report is exact.
create function private.report_caller(variadic p_roles public.app_role[])
returns public.app_role
language plpgsql
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_role(variadic p_roles);
begin
  perform private.report_fold(true);
  return v_role;
end;
$$;
comment on function private.report_caller(public.app_role[]) is
  'Report RPCs that read rollups: report_role(p_roles), then folds the rollup inbox.';

create function private.report_check_period(p_from date, p_to date, p_granularity text default 'month')
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_from is null or p_to is null or p_to < p_from or p_to - p_from > 3660 then
    raise exception 'invalid_period' using errcode = 'P0001', hint = 'invalid_period',
      detail = json_build_object('from', p_from, 'to', p_to, 'max_days', 3661)::text;
  end if;
  if p_granularity is null or p_granularity not in ('day', 'week', 'month') then
    raise exception 'invalid_granularity' using errcode = 'P0001', hint = 'invalid_granularity',
      detail = json_build_object('granularity', left(p_granularity, 20), 'allowed', array['day', 'week', 'month'])::text;
  end if;
end;
$$;
comment on function private.report_check_period(date, date, text) is
  'Report RPCs: raises invalid_period (missing, reversed or longer than 3661 days) or invalid_granularity (day | week | month).';

create function private.report_check_dimension(p_dimension text, p_allowed text[])
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_dimension is null or not p_dimension = any (p_allowed) then
    raise exception 'invalid_dimension' using errcode = 'P0001', hint = 'invalid_dimension',
      detail = json_build_object('dimension', left(p_dimension, 20), 'allowed', p_allowed)::text;
  end if;
end;
$$;
comment on function private.report_check_dimension(text, text[]) is 'Report RPCs: raises invalid_dimension unless p_dimension is one of p_allowed.';

create function private.report_check_int(p_value integer, p_min integer, p_max integer, p_field text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_value is null or p_value < p_min or p_value > p_max then
    raise exception 'invalid_argument' using errcode = 'P0001', hint = 'invalid_argument',
      detail = json_build_object('field', p_field, 'value', p_value, 'min', p_min, 'max', p_max)::text;
  end if;
end;
$$;
comment on function private.report_check_int(integer, integer, integer, text) is 'Report RPCs: raises invalid_argument {field, min, max} unless p_min <= p_value <= p_max.';

-- Sales -----------------------------------------------------------------------------------------------------

create function public.report_sales(
  p_from date, p_to date, p_granularity text default 'month', p_dimension text default 'none', p_top integer default null
)
returns table (
  period date, dimension_id uuid, dimension_code text, dimension_name text,
  orders bigint, units numeric, revenue numeric, discounts numeric, returns numeric,
  cogs numeric, gross_profit numeric, margin numeric, others integer
)
language plpgsql
security definer
set search_path = ''
-- By customer, a quarter is ~60 000 keyed rows: ranked in memory rather than on disk.
set work_mem = '64MB'
as $$
declare
  v_role public.app_role := private.report_caller('admin', 'finance', 'sales');
  v_costs boolean := v_role in ('admin', 'finance');
  v_sp uuid := case when v_role = 'sales' then auth.uid() end;
begin
  perform private.report_check_period(p_from, p_to, p_granularity);
  perform private.report_check_dimension(p_dimension, array['product', 'category', 'salesperson', 'customer', 'warehouse', 'none']);
  if p_top is not null then
    perform private.report_check_int(p_top, 1, 1000, 'p_top');
  end if;
  return query
  with seg as (
    select s.*, count(*) over (partition by s.bucket) as parts
    from private.report_segments(p_from, p_to, p_granularity, p_to >= private.business_date()) s
  ), base as (
    select s.bucket, t.product_id as key, t.orders, t.units_shipped - t.units_returned as units,
           t.revenue - t.returns_amount as revenue, t.discounts - t.discounts_returned as discounts,
           t.returns_amount as returns, t.cogs - t.cost_restocked as cogs
    from seg s join private.report_sales_by_product t on t.grain = s.grain and t.period_start = s.period_start
    where p_dimension in ('product', 'category') and v_sp is null
    union all
    select s.bucket, t.product_id, t.orders, t.units_shipped - t.units_returned, t.revenue - t.returns_amount,
           t.discounts - t.discounts_returned, t.returns_amount, 0
    from seg s join private.report_sales_by_salesperson_product t
      on t.salesperson_id = v_sp and t.grain = s.grain and t.period_start = s.period_start
    where p_dimension in ('product', 'category') and v_sp is not null
    union all
    select s.bucket, case p_dimension when 'warehouse' then t.warehouse_id when 'salesperson' then t.salesperson_id end,
           t.orders, t.units_shipped - t.units_returned, t.revenue - t.returns_amount,
           t.discounts - t.discounts_returned, t.returns_amount, t.cogs - t.cost_restocked
    from seg s join private.report_sales_by_warehouse t on t.grain = s.grain and t.period_start = s.period_start
    where p_dimension in ('warehouse', 'salesperson', 'none') and (v_sp is null or t.salesperson_id = v_sp)
    union all
    -- By customer, buckets cut into several rollup periods (clipped first / last buckets) are summed below;
    -- a bucket that is one rollup period is already one row per customer and skips the grouping (keyed).
    select s.bucket, t.customer_id, t.orders, t.units_shipped - t.units_returned, t.revenue - t.returns_amount,
           t.discounts - t.discounts_returned, t.returns_amount, t.cogs - t.cost_restocked
    from seg s cross join lateral (
      -- offset 0: one index scan per period (and only that grain's partition), never a scan of the table
      select * from private.report_sales_by_customer_total c
      where c.grain = s.grain and c.period_start = s.period_start offset 0) t
    where p_dimension = 'customer' and v_sp is null and s.parts > 1
    union all
    select s.bucket, t.customer_id, t.orders, t.units_shipped - t.units_returned, t.revenue - t.returns_amount,
           t.discounts - t.discounts_returned, t.returns_amount, t.cogs - t.cost_restocked
    from seg s cross join lateral (
      select * from private.report_sales_by_customer c
      where c.salesperson_id = v_sp and c.grain = s.grain and c.period_start = s.period_start offset 0) t
    where p_dimension = 'customer' and v_sp is not null
  ), keyed as (
    select b.bucket, case when p_dimension = 'category' then p.category_id else b.key end as key,
           sum(b.orders)::bigint as orders, sum(b.units) as units, sum(b.revenue) as revenue,
           sum(b.discounts) as discounts, sum(b.returns) as returns, sum(b.cogs) as cogs
    from base b
    left join public.products p on p_dimension = 'category' and p.id = b.key
    group by 1, 2
    having sum(b.orders) <> 0 or sum(b.units) <> 0 or sum(b.revenue) <> 0 or sum(b.discounts) <> 0
        or sum(b.returns) <> 0 or (v_costs and sum(b.cogs) <> 0)
    union all
    select s.bucket, t.customer_id, t.orders, t.units_shipped - t.units_returned, t.revenue - t.returns_amount,
           t.discounts - t.discounts_returned, t.returns_amount, t.cogs - t.cost_restocked
    from seg s cross join lateral (
      select * from private.report_sales_by_customer_total c
      where c.grain = s.grain and c.period_start = s.period_start offset 0) t
    where p_dimension = 'customer' and v_sp is null and s.parts = 1
      and (t.orders <> 0 or t.units_shipped <> t.units_returned or t.revenue <> t.returns_amount
           or t.discounts <> t.discounts_returned or t.returns_amount <> 0 or t.cogs <> t.cost_restocked)
  ), top as (
    -- With p_top: the p_top keys of each period with the most revenue (a bounded top-N per period, not a sort of
    -- every key: a quarter by customer has ~60 000 keyed rows).
    select t.* from (select distinct s.bucket from seg s) b
    cross join lateral (select * from keyed k where k.bucket = b.bucket order by k.revenue desc, k.key limit p_top) t
    where p_top is not null
  ), shown as (
    select k.bucket, k.key, k.orders, k.units, k.revenue, k.discounts, k.returns, k.cogs, null::integer as others
    from keyed k where p_top is null
    union all
    select t.bucket, t.key, t.orders, t.units, t.revenue, t.discounts, t.returns, t.cogs, null from top t
    union all
    -- Then one row per period for all the others, so totals stay whole: the period's totals minus its top keys.
    select a.bucket, null, a.orders - coalesce(t.orders, 0), a.units - coalesce(t.units, 0), a.revenue - coalesce(t.revenue, 0),
           a.discounts - coalesce(t.discounts, 0), a.returns - coalesce(t.returns, 0), a.cogs - coalesce(t.cogs, 0),
           (a.n - coalesce(t.n, 0))::integer
    from (select k.bucket, count(*) as n, sum(k.orders)::bigint as orders, sum(k.units) as units, sum(k.revenue) as revenue,
                 sum(k.discounts) as discounts, sum(k.returns) as returns, sum(k.cogs) as cogs
          from keyed k where p_top is not null group by k.bucket) a
    left join (select t.bucket, count(*) as n, sum(t.orders)::bigint as orders, sum(t.units) as units, sum(t.revenue) as revenue,
                      sum(t.discounts) as discounts, sum(t.returns) as returns, sum(t.cogs) as cogs
               from top t group by t.bucket) t on t.bucket = a.bucket
    where a.n > coalesce(t.n, 0)
  )
  select k.bucket, k.key,
         coalesce(lp.sku, lw.code, lf.email, lu.phone),
         coalesce(lp.name, lc.name, lw.name, nullif(lf.full_name, ''), lf.email, lu.name),
         k.orders, k.units, k.revenue, k.discounts, k.returns,
         case when v_costs then k.cogs end,
         case when v_costs then k.revenue - k.cogs end,
         case when v_costs then round((k.revenue - k.cogs) / nullif(k.revenue, 0), 4) end,
         k.others
  from shown k
  left join public.products lp on p_dimension = 'product' and lp.id = k.key
  left join public.categories lc on p_dimension = 'category' and lc.id = k.key
  left join public.warehouses lw on p_dimension = 'warehouse' and lw.id = k.key
  left join public.profiles lf on p_dimension = 'salesperson' and lf.id = k.key
  left join public.customers lu on p_dimension = 'customer' and lu.id = k.key
  order by k.bucket, k.others nulls first, k.revenue desc, k.key;
end;
$$;
comment on function public.report_sales(date, date, text, text, integer) is
  'RPC (admin, finance; sales: own orders, without cost): sales per period (p_granularity day | week | month) and dimension (product | category | salesperson | customer | warehouse | none). orders = orders confirmed in the period and not cancelled before shipping (product / category: order lines); units, revenue and discounts = shipped minus returned (revenue at the net line price, as on the delivery note); returns = refund amount of returns received; cogs = cost of shipped batches minus restocked returns (scrapped returns stay in COGS); gross_profit = revenue − cogs; margin = gross_profit ÷ revenue. p_top (1..1000, default all): per period only the p_top keys with the most revenue, then one row with no key summing the others (others = how many); rows are ordered by period, then revenue. Errors: not_authorized, invalid_period, invalid_granularity, invalid_dimension, invalid_argument.';

-- Profit ----------------------------------------------------------------------------------------------------

create function public.report_profit(
  p_from date, p_to date, p_granularity text default 'month', p_dimension text default 'none', p_top integer default null
)
returns table (
  period date, dimension_id uuid, dimension_code text, dimension_name text,
  revenue numeric, refunds numeric, cogs numeric, gross_profit numeric, write_offs numeric, adjustments numeric,
  profit numeric, margin numeric, others integer
)
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.report_caller('admin', 'finance');
  perform private.report_check_period(p_from, p_to, p_granularity);
  perform private.report_check_dimension(p_dimension, array['product', 'category', 'salesperson', 'customer', 'warehouse', 'none']);
  if p_top is not null then
    perform private.report_check_int(p_top, 1, 1000, 'p_top');
  end if;
  return query
  with seg as (
    select * from private.report_segments(p_from, p_to, p_granularity, p_to >= private.business_date())
  ), base as (
    select s.bucket, t.product_id as key, t.revenue, t.returns_amount as refunds, t.cogs - t.cost_restocked as cogs,
           t.write_offs, t.adjustments
    from seg s join private.report_sales_by_product t on t.grain = s.grain and t.period_start = s.period_start
    where p_dimension in ('product', 'category')
    union all
    select s.bucket, case p_dimension when 'warehouse' then t.warehouse_id when 'salesperson' then t.salesperson_id end,
           t.revenue, t.returns_amount, t.cogs - t.cost_restocked, t.write_offs, t.adjustments
    from seg s join private.report_sales_by_warehouse t on t.grain = s.grain and t.period_start = s.period_start
    where p_dimension in ('warehouse', 'salesperson', 'none')
    union all
    select s.bucket, t.customer_id, t.revenue, t.returns_amount, t.cogs - t.cost_restocked, 0, 0
    from seg s cross join lateral (
      -- offset 0: one index scan per period (and only that grain's partition), never a scan of the table
      select * from private.report_sales_by_customer_total c
      where c.grain = s.grain and c.period_start = s.period_start offset 0) t
    where p_dimension = 'customer'
    union all
    -- Stock losses belong to no customer: one row with no key.
    select s.bucket, null::uuid, 0, 0, 0, t.write_offs, t.adjustments
    from seg s join private.report_sales_by_warehouse t on t.grain = s.grain and t.period_start = s.period_start
    where p_dimension = 'customer' and (t.write_offs <> 0 or t.adjustments <> 0)
  ), keyed as (
    select b.bucket, case when p_dimension = 'category' then p.category_id else b.key end as key,
           sum(b.revenue) as revenue, sum(b.refunds) as refunds, sum(b.cogs) as cogs,
           round(sum(b.write_offs), 2) as write_offs, round(sum(b.adjustments), 2) as adjustments
    from base b
    left join public.products p on p_dimension = 'category' and p.id = b.key
    group by 1, 2
    having sum(b.revenue) <> 0 or sum(b.refunds) <> 0 or sum(b.cogs) <> 0 or round(sum(b.write_offs), 2) <> 0
        or round(sum(b.adjustments), 2) <> 0
  ), top as (
    -- With p_top: the p_top keys of each period with the most revenue (bounded top-N, as in report_sales). The
    -- keyless row of stock losses (by customer / salesperson) is always shown, never folded into the others.
    select t.* from (select distinct s.bucket from seg s) b
    cross join lateral (
      select * from keyed k where k.bucket = b.bucket and k.key is not null order by k.revenue desc, k.key limit p_top) t
    where p_top is not null
  ), shown as (
    select k.bucket, k.key, k.revenue, k.refunds, k.cogs, k.write_offs, k.adjustments, null::integer as others
    from keyed k where p_top is null or k.key is null
    union all
    select t.bucket, t.key, t.revenue, t.refunds, t.cogs, t.write_offs, t.adjustments, null from top t
    union all
    select a.bucket, null, a.revenue - coalesce(t.revenue, 0), a.refunds - coalesce(t.refunds, 0), a.cogs - coalesce(t.cogs, 0),
           a.write_offs - coalesce(t.write_offs, 0), a.adjustments - coalesce(t.adjustments, 0), (a.n - coalesce(t.n, 0))::integer
    from (select k.bucket, count(*) as n, sum(k.revenue) as revenue, sum(k.refunds) as refunds, sum(k.cogs) as cogs,
                 sum(k.write_offs) as write_offs, sum(k.adjustments) as adjustments
          from keyed k where p_top is not null and k.key is not null group by k.bucket) a
    left join (select t.bucket, count(*) as n, sum(t.revenue) as revenue, sum(t.refunds) as refunds, sum(t.cogs) as cogs,
                      sum(t.write_offs) as write_offs, sum(t.adjustments) as adjustments
               from top t group by t.bucket) t on t.bucket = a.bucket
    where a.n > coalesce(t.n, 0)
  )
  select k.bucket, k.key,
         coalesce(lp.sku, lw.code, lf.email, lu.phone),
         coalesce(lp.name, lc.name, lw.name, nullif(lf.full_name, ''), lf.email, lu.name),
         k.revenue, k.refunds, k.cogs, k.revenue - k.refunds - k.cogs,
         k.write_offs, k.adjustments, k.revenue - k.refunds - k.cogs - k.write_offs + k.adjustments,
         round((k.revenue - k.refunds - k.cogs - k.write_offs + k.adjustments) / nullif(k.revenue - k.refunds, 0), 4),
         k.others
  from shown k
  left join public.products lp on p_dimension = 'product' and lp.id = k.key
  left join public.categories lc on p_dimension = 'category' and lc.id = k.key
  left join public.warehouses lw on p_dimension = 'warehouse' and lw.id = k.key
  left join public.profiles lf on p_dimension = 'salesperson' and lf.id = k.key
  left join public.customers lu on p_dimension = 'customer' and lu.id = k.key
  order by k.bucket, k.others nulls first, k.revenue desc, k.key;
end;
$$;
comment on function public.report_profit(date, date, text, text, integer) is
  'RPC (admin, finance): profit per period and dimension (product | category | salesperson | customer | warehouse | none). revenue = net amount of goods shipped; refunds = refund amount of returns received; cogs = cost of shipped batches minus restocked returns; gross_profit = revenue − refunds − cogs; write_offs = cost of written-off / scrapped stock; adjustments = signed value of stocktakes and adjustments (losses negative); profit = gross_profit − write_offs + adjustments; margin = profit ÷ (revenue − refunds). Stock losses have no salesperson or customer: for those dimensions they are on the row with no key (others null). p_top (1..1000, default all): per period only the p_top keys with the most revenue, then one row with no key summing the others (others = how many). Errors: not_authorized, invalid_period, invalid_granularity, invalid_dimension, invalid_argument.';

-- Inventory -------------------------------------------------------------------------------------------------

create function public.report_inventory(p_dimension text default 'warehouse')
returns table (
  dimension_id uuid, dimension_code text, dimension_name text, products bigint,
  on_hand numeric, reserved numeric, available numeric, in_transit numeric,
  stock_value numeric, in_transit_value numeric
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_caller('admin', 'finance', 'sales', 'warehouse');
  v_costs boolean := v_role in ('admin', 'finance');
begin
  perform private.report_check_dimension(p_dimension, array['warehouse', 'category', 'product', 'none']);
  return query
  with quantities as (
    select l.product_id, l.warehouse_id, l.on_hand, l.reserved, l.available, 0::numeric as in_transit,
           0::numeric as in_transit_value
    from public.stock_levels l
    union all
    -- Dispatched and not yet received: counted at the destination, at the cost of the batches that left.
    select m.product_id, t.to_warehouse_id, 0, 0, 0, -m.qty, -m.qty * m.unit_cost
    from public.stock_transfers t
    join public.stock_movements m on m.source_type = 'stock_transfer' and m.source_id = t.id and m.movement_type = 'transfer_out'
    where t.status = 'in_transit'
  ), by_key as (
    select case p_dimension when 'warehouse' then x.warehouse_id when 'category' then p.category_id
                            when 'product' then x.product_id end as key,
           count(distinct x.product_id) filter (where x.on_hand > 0) as products,
           sum(x.on_hand) as on_hand, sum(x.reserved) as reserved, sum(x.available) as available,
           sum(x.in_transit) as in_transit, sum(x.in_transit_value) as in_transit_value, 0::numeric as stock_value
    from quantities x
    join public.products p on p.id = x.product_id
    group by 1
    union all
    -- Value at cost: per product from its batches; otherwise the ledger's running value (the stock value
    -- rollup summed over all months: nothing is dated after today), a few thousand rows.
    select b.product_id, 0, 0, 0, 0, 0, 0, sum(b.qty_on_hand * b.unit_cost)
    from public.stock_batches b
    where p_dimension = 'product' and b.qty_on_hand > 0
    group by 1
    union all
    select case p_dimension when 'warehouse' then v.warehouse_id when 'category' then v.category_id end,
           0, 0, 0, 0, 0, 0, sum(v.value)
    from private.report_stock_value v
    where p_dimension <> 'product' and v.grain = 'm'
    group by 1
  ), keyed as (
    select x.key, sum(x.products)::bigint as products, sum(x.on_hand) as on_hand, sum(x.reserved) as reserved,
           sum(x.available) as available, sum(x.in_transit) as in_transit, round(sum(x.stock_value), 2) as stock_value,
           round(sum(x.in_transit_value), 2) as in_transit_value
    from by_key x
    group by 1
  )
  select k.key,
         coalesce(lp.sku, lw.code, lf.email, lu.phone),
         coalesce(lp.name, lc.name, lw.name, nullif(lf.full_name, ''), lf.email, lu.name),
         k.products, k.on_hand, k.reserved, k.available, k.in_transit,
         case when v_costs then k.stock_value end, case when v_costs then k.in_transit_value end
  from keyed k
  left join public.products lp on p_dimension = 'product' and lp.id = k.key
  left join public.categories lc on p_dimension = 'category' and lc.id = k.key
  left join public.warehouses lw on p_dimension = 'warehouse' and lw.id = k.key
  left join public.profiles lf on p_dimension = 'salesperson' and lf.id = k.key
  left join public.customers lu on p_dimension = 'customer' and lu.id = k.key
  order by k.stock_value desc, k.on_hand desc, k.key;
end;
$$;
comment on function public.report_inventory(text) is
  'RPC (every staff role; stock_value / in_transit_value for admin and finance only): current stock per warehouse | category | product | none: products with stock, on hand, reserved, available, in transit (dispatched transfers not yet received, counted at the destination) and value at batch cost. Errors: not_authorized, invalid_dimension.';

-- Turnover ----------------------------------------------------------------------------------------------------

create function public.report_turnover(p_from date, p_to date, p_dimension text default 'none')
returns table (
  dimension_id uuid, dimension_code text, dimension_name text, days integer,
  cogs numeric, opening_value numeric, closing_value numeric, average_value numeric,
  turnover numeric, days_of_inventory numeric
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_caller('admin', 'finance', 'warehouse');
  v_costs boolean := v_role in ('admin', 'finance');
  v_days integer := p_to - p_from + 1;
  v_first date;
  v_t1 integer := p_to + 1 - date '2000-01-01';
begin
  perform private.report_check_period(p_from, p_to);
  perform private.report_check_dimension(p_dimension, array['warehouse', 'category', 'none']);
  select min(v.period_start) into v_first from private.report_stock_value v where v.grain = 'm';
  return query
  with sold as (
    select p.category_id as key, sum(t.cogs - t.cost_restocked) as cogs
    from private.report_segments(p_from, p_to, 'all', p_to >= private.business_date()) s
    join private.report_sales_by_product t on t.grain = s.grain and t.period_start = s.period_start
    join public.products p on p.id = t.product_id
    where p_dimension = 'category'
    group by 1
    union all
    select case when p_dimension = 'warehouse' then t.warehouse_id end, sum(t.cogs - t.cost_restocked)
    from private.report_segments(p_from, p_to, 'all', p_to >= private.business_date()) s
    join private.report_sales_by_warehouse t on t.grain = s.grain and t.period_start = s.period_start
    where p_dimension in ('warehouse', 'none')
    group by 1
  ), opening as (
    select case p_dimension when 'warehouse' then v.warehouse_id when 'category' then v.category_id end as key,
           sum(v.value) as value
    from private.report_segments(v_first, p_from - 1, 'all') s
    join private.report_stock_value v on v.grain = s.grain and v.period_start = s.period_start
    group by 1
  ), moves as (
    select case p_dimension when 'warehouse' then v.warehouse_id when 'category' then v.category_id end as key,
           sum(v.value) as value, sum(v.value_days) as value_days
    from private.report_segments(p_from, p_to, 'all', p_to >= private.business_date()) s
    join private.report_stock_value v on v.grain = s.grain and v.period_start = s.period_start
    group by 1
  ), keyed as (
    select k.key, coalesce(so.cogs, 0) as cogs, coalesce(o.value, 0) as opening,
           coalesce(o.value, 0) + coalesce(m.value, 0) as closing,
           coalesce(o.value, 0) + (v_t1 * coalesce(m.value, 0) - coalesce(m.value_days, 0)) / v_days as average
    from (select key from sold union select key from opening union select key from moves) k
    left join sold so on so.key is not distinct from k.key
    left join opening o on o.key is not distinct from k.key
    left join moves m on m.key is not distinct from k.key
  )
  select k.key,
         coalesce(lp.sku, lw.code, lf.email, lu.phone),
         coalesce(lp.name, lc.name, lw.name, nullif(lf.full_name, ''), lf.email, lu.name),
         v_days,
         case when v_costs then k.cogs end,
         case when v_costs then round(k.opening, 2) end,
         case when v_costs then round(k.closing, 2) end,
         case when v_costs then round(k.average, 2) end,
         round(k.cogs / nullif(k.average, 0), 4) as turnover,
         case when k.cogs > 0 and k.average > 0 then round(v_days * k.average / k.cogs, 1) end
  from keyed k
  left join public.products lp on p_dimension = 'product' and lp.id = k.key
  left join public.categories lc on p_dimension = 'category' and lc.id = k.key
  left join public.warehouses lw on p_dimension = 'warehouse' and lw.id = k.key
  left join public.profiles lf on p_dimension = 'salesperson' and lf.id = k.key
  left join public.customers lu on p_dimension = 'customer' and lu.id = k.key
  where k.cogs <> 0 or k.opening <> 0 or k.closing <> 0
  order by k.cogs desc, k.key;
end;
$$;
comment on function public.report_turnover(date, date, text) is
  'RPC (admin, finance; warehouse without cogs and values): inventory turnover over [p_from, p_to] per warehouse | category | none. cogs = cost of goods shipped minus restocked returns in the period; average_value = mean of the closing stock value (at batch cost) of every day of the period, exact from the ledger; turnover = cogs ÷ average_value; days_of_inventory = days ÷ turnover. Stock in transit belongs to no warehouse. Errors: not_authorized, invalid_period, invalid_dimension.';

create function public.report_days_of_cover(p_warehouse_id uuid default null)
returns table (
  product_id uuid, sku text, product_name text, on_hand numeric, available numeric,
  units_30d numeric, avg_daily_units numeric, days_of_cover numeric
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_today date := private.business_date();
begin
  perform private.report_caller('admin', 'finance', 'sales', 'warehouse');
  return query
  with stock as (
    select l.product_id, sum(l.on_hand) as on_hand, sum(l.available) as available
    from public.stock_levels l
    where p_warehouse_id is null or l.warehouse_id = p_warehouse_id
    group by 1
  ), sold as (
    select t.product_id, sum(t.units_shipped) as units
    from private.report_segments(v_today - 29, v_today, 'all', true) s
    join private.report_sales_by_product t on t.grain = s.grain and t.period_start = s.period_start
    where p_warehouse_id is null
    group by 1
    union all
    select t.product_id, sum(t.units_shipped)
    from private.report_segments(v_today - 29, v_today, 'all', true) s
    join private.report_sales_by_warehouse_product t on t.grain = s.grain and t.period_start = s.period_start
    where t.warehouse_id = p_warehouse_id
    group by 1
  )
  select p.id, p.sku, p.name, coalesce(st.on_hand, 0), coalesce(st.available, 0), coalesce(so.units, 0),
         round(coalesce(so.units, 0) / 30, 3),
         case when so.units > 0 then round(coalesce(st.available, 0) / (so.units / 30), 1) end
  from (select x.product_id from stock x union select y.product_id from sold y) k
  join public.products p on p.id = k.product_id
  left join stock st on st.product_id = k.product_id
  left join sold so on so.product_id = k.product_id
  order by 8 asc nulls last, p.sku;
end;
$$;
comment on function public.report_days_of_cover(uuid) is
  'RPC (every staff role): per product (in one warehouse, or all): on hand, available, units shipped in the last 30 days (sales and exchange replacements), average daily units and days of cover = available ÷ average daily units (null when nothing shipped). Errors: not_authorized.';

-- Replenishment -----------------------------------------------------------------------------------------------

create function public.report_replenishment(p_lead_time_days integer default 7, p_warehouse_id uuid default null)
returns table (
  product_id uuid, sku text, product_name text, warehouse_id uuid, warehouse_name text,
  safety_stock numeric, on_hand numeric, reserved numeric, available numeric, inbound numeric,
  units_30d numeric, avg_daily_units numeric, days_of_cover numeric,
  below_safety_stock boolean, low_cover boolean, suggested_qty numeric, estimated_cost numeric
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_caller('admin', 'finance', 'warehouse');
  v_costs boolean := v_role in ('admin', 'finance');
  v_today date := private.business_date();
begin
  perform private.report_check_int(p_lead_time_days, 0, 365, 'lead_time_days');
  return query
  with sold as (
    select t.warehouse_id, t.product_id, sum(t.units_shipped) as units
    from private.report_segments(v_today - 29, v_today, 'all', true) s
    join private.report_sales_by_warehouse_product t on t.grain = s.grain and t.period_start = s.period_start
    where p_warehouse_id is null or t.warehouse_id = p_warehouse_id
    group by 1, 2
  ), inbound as (
    select t.to_warehouse_id as warehouse_id, m.product_id, sum(-m.qty) as qty
    from public.stock_transfers t
    join public.stock_movements m on m.source_type = 'stock_transfer' and m.source_id = t.id and m.movement_type = 'transfer_out'
    where t.status = 'in_transit' and (p_warehouse_id is null or t.to_warehouse_id = p_warehouse_id)
    group by 1, 2
  ), calc as (
    select l.product_id, p.sku, p.name, l.warehouse_id, w.name as warehouse_name, p.safety_stock,
           l.on_hand, l.reserved, l.available, coalesce(i.qty, 0) as inbound, coalesce(so.units, 0) as units,
           coalesce(so.units, 0) / 30 as avg_daily
    from public.stock_levels l
    join public.products p on p.id = l.product_id and p.status = 'on_sale'
    join public.warehouses w on w.id = l.warehouse_id and w.active
    left join sold so on so.warehouse_id = l.warehouse_id and so.product_id = l.product_id
    left join inbound i on i.warehouse_id = l.warehouse_id and i.product_id = l.product_id
    where p_warehouse_id is null or l.warehouse_id = p_warehouse_id
  ), flagged as (
    select c.*,
           c.safety_stock > 0 and c.available <= c.safety_stock as below,
           c.avg_daily > 0 and c.available < c.avg_daily * p_lead_time_days as low,
           greatest(ceil(c.safety_stock + c.avg_daily * p_lead_time_days - c.available - c.inbound), 0) as suggested
    from calc c
  )
  select f.product_id, f.sku, f.name, f.warehouse_id, f.warehouse_name, f.safety_stock, f.on_hand, f.reserved,
         f.available, f.inbound, f.units, round(f.avg_daily, 3),
         case when f.avg_daily > 0 then round(f.available / f.avg_daily, 1) end,
         f.below, f.low, f.suggested,
         case when v_costs then round(f.suggested * private.last_unit_cost(f.product_id), 2) end
  from flagged f
  where f.below or f.low
  order by f.suggested desc, f.sku, f.warehouse_name;
end;
$$;
comment on function public.report_replenishment(integer, uuid) is
  'RPC (admin, finance, warehouse; estimated_cost for admin and finance only): on-sale products in active warehouses that are below safety stock (available ≤ safety_stock > 0) or whose days of cover (available ÷ average daily units shipped over the last 30 days) are shorter than p_lead_time_days (0..365, default 7). suggested_qty = ceil(max(0, safety_stock + avg_daily_units × lead_time − available − inbound)), inbound = dispatched transfers to the warehouse not yet received; estimated_cost = suggested_qty × the product''s latest batch cost. Errors: not_authorized, invalid_argument.';

-- Expiry ----------------------------------------------------------------------------------------------------

-- The batches report_expiry lists and report_expiry_summary totals. Plain SQL (no SET, not security definer)
-- so that the planner inlines it into each report's query: a page reads only the batches it shows.
create function private.expiring_batches(p_today date, p_days integer, p_warehouse_id uuid)
returns table (
  batch_id uuid, product_id uuid, warehouse_id uuid, batch_no text, expiry_date date, status text,
  qty_on_hand numeric, unit_cost numeric, value_at_risk numeric
)
language sql
stable
as $$
  select b.id, b.product_id, b.warehouse_id, b.batch_no, b.expiry_date,
         case when b.expiry_date < p_today then 'expired' else 'expiring' end,
         b.qty_on_hand, b.unit_cost, round(b.qty_on_hand * b.unit_cost, 2)
  from public.stock_batches b
  where b.qty_on_hand > 0 and b.expiry_date <= p_today + p_days
    and (p_warehouse_id is null or b.warehouse_id = p_warehouse_id)
$$;
comment on function private.expiring_batches(date, integer, uuid) is
  'Batches with stock that expire within p_days of p_today or have expired (status expired / expiring), in one warehouse or all, with value at risk = round(qty × batch cost, 2).';

create function public.report_expiry(
  p_days integer default 30, p_warehouse_id uuid default null, p_limit integer default null, p_offset integer default 0
)
returns table (
  batch_id uuid, product_id uuid, sku text, product_name text, warehouse_id uuid, warehouse_name text,
  batch_no text, expiry_date date, days_to_expiry integer, status text, qty_on_hand numeric,
  unit_cost numeric, value_at_risk numeric
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_role('admin', 'finance', 'warehouse');
  v_costs boolean := v_role in ('admin', 'finance');
  v_today date := private.business_date();
begin
  perform private.report_check_int(p_days, 0, 3650, 'days');
  if p_limit is not null then
    perform private.report_check_int(p_limit, 1, 1000, 'limit');
  end if;
  perform private.report_check_int(p_offset, 0, 2147483647, 'offset');
  -- The page is cut here rather than by PostgREST's limit, which applies only after the function has returned
  -- every row: the screen shows one page (p_limit) and reads the totals from report_expiry_summary.
  return query
  select e.batch_id, e.product_id, p.sku, p.name, e.warehouse_id, w.name, e.batch_no, e.expiry_date,
         e.expiry_date - v_today, e.status, e.qty_on_hand, case when v_costs then e.unit_cost end,
         case when v_costs then e.value_at_risk end
  from private.expiring_batches(v_today, p_days, p_warehouse_id) e
  join public.products p on p.id = e.product_id
  join public.warehouses w on w.id = e.warehouse_id
  -- batch_id last: a total order, so pages never overlap or skip a batch.
  order by e.expiry_date, p.sku, w.name, e.batch_no, e.batch_id
  limit p_limit offset p_offset;
end;
$$;
comment on function public.report_expiry(integer, uuid, integer, integer) is
  'RPC (admin, finance, warehouse; unit_cost / value_at_risk for admin and finance only): batches with stock that expire within p_days (0..3650, default 30) or have expired, earliest first, with quantity and value at risk (qty × batch cost). p_limit (1..1000) / p_offset: one page of that order (all rows when p_limit is null). Errors: not_authorized, invalid_argument.';

create function public.report_expiry_summary(p_days integer default 30, p_warehouse_id uuid default null)
returns table (status text, batches bigint, qty_on_hand numeric, value_at_risk numeric)
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_role('admin', 'finance', 'warehouse');
  v_costs boolean := v_role in ('admin', 'finance');
  v_today date := private.business_date();
begin
  perform private.report_check_int(p_days, 0, 3650, 'days');
  return query
  select e.status, count(*), sum(e.qty_on_hand), case when v_costs then sum(e.value_at_risk) end
  from private.expiring_batches(v_today, p_days, p_warehouse_id) e
  group by 1
  order by 1;
end;
$$;
comment on function public.report_expiry_summary(integer, uuid) is
  'RPC (admin, finance, warehouse; value_at_risk for admin and finance only): the totals of report_expiry with the same arguments, per status (expired, expiring): batches, qty_on_hand and value_at_risk (the sum of the rows'' rounded values). Errors: not_authorized, invalid_argument.';

-- Customers -------------------------------------------------------------------------------------------------

create function public.report_customers(p_from date, p_to date, p_top_n integer default 10)
returns jsonb
language plpgsql
security definer
set search_path = ''
-- Every customer's figures are summed and ranked in memory (tens of MB for ~20 000 customers).
set work_mem = '64MB'
as $$
declare
  v_role public.app_role := private.report_caller('admin', 'finance', 'sales');
  v_sp uuid := case when v_role = 'sales' then auth.uid() end;
  v_result jsonb;
begin
  perform private.report_check_period(p_from, p_to);
  perform private.report_check_int(p_top_n, 0, 100, 'top_n');
  -- Amounts are summed and ranked in cents (bigint): money is at 2 decimals (the documents' amount columns are
  -- numeric(…, 2) and revenue is rounded to cents), so cents are exact, and summing / sorting ~20 000 customers'
  -- bigints costs a fraction of numerics (the customer rollup keeps its amounts in cents too). They turn back
  -- into amounts (round(cents / 100.0, 2), scale 2 like a sum of amounts) only for the figures shown.
  with per_customer as (
    select t.customer_id, private.sum_int8(t.orders) as orders, private.sum_int8(t.order_cents) as order_cents,
           private.sum_int8(t.net_revenue_cents) as revenue_cents, max(t.last_day) as last_day
    from private.report_segments(p_from, p_to, 'all', p_to >= private.business_date(), true) s
    cross join lateral (
      -- offset 0: one index scan per period (and only that grain's partition), never a scan of the table
      select * from private.report_sales_by_customer_total c
      where c.grain = s.grain and c.period_start = s.period_start offset 0) t
    where v_sp is null
    group by 1
    union all
    select t.customer_id, private.sum_int8(t.orders), private.sum_int8((t.order_amount * 100)::bigint),
           private.sum_int8(((t.revenue - t.returns_amount) * 100)::bigint), max(t.last_day)
    from private.report_segments(p_from, p_to, 'all', p_to >= private.business_date(), true) s
    cross join lateral (
      select * from private.report_sales_by_customer c
      where c.salesperson_id = v_sp and c.grain = s.grain and c.period_start = s.period_start offset 0) t
    where v_sp is not null
    group by 1
  ), base as materialized (
    select c.customer_id, c.orders, c.order_cents, c.revenue_cents, c.last_day, fo.first_day
    from per_customer c
    left join private.report_customer_first_orders fo on fo.customer_id = c.customer_id
    where c.orders > 0
  ),
  -- RFM score = ceil(5 × cume_dist()), with cume_dist's float arithmetic. Recency and frequency take a few
  -- hundred values at most: their distribution comes from a count per value, not from sorting every customer.
  recency as (
    select v.last_day, ceil(5 * ((sum(v.n) over (order by v.last_day))::float8 / (sum(v.n) over ())::float8))::integer as r
    from (select b.last_day, count(*) as n from base b group by 1) v
  ), frequency as (
    select v.orders, ceil(5 * ((sum(v.n) over (order by v.orders))::float8 / (sum(v.n) over ())::float8))::integer as f
    from (select b.orders, count(*) as n from base b group by 1) v
  ), scores as materialized (
    select b.*, r.r, f.f, ceil(5 * cume_dist() over (order by b.revenue_cents))::integer as m
    from base b
    join recency r on r.last_day = b.last_day
    join frequency f on f.orders = b.orders
  )
  select jsonb_build_object(
    'from', p_from,
    'to', p_to,
    'summary', (
      select jsonb_build_object(
        'customers', count(*),
        'new_customers', count(*) filter (where x.first_day between p_from and p_to),
        'returning_customers', count(*) filter (where x.first_day < p_from),
        'repeat_customers', count(*) filter (where x.orders >= 2),
        'repeat_purchase_rate', round((count(*) filter (where x.orders >= 2))::numeric / nullif(count(*), 0), 4),
        'orders', coalesce(sum(x.orders), 0),
        'order_amount', coalesce(round(sum(x.order_cents) / 100.0, 2), 0),
        'revenue', coalesce(round(sum(x.revenue_cents) / 100.0, 2), 0),
        'average_order_value', round(round(sum(x.order_cents) / 100.0, 2) / nullif(sum(x.orders), 0), 2))
      from scores x),
    'rfm_distribution', (
      select jsonb_agg(jsonb_build_object('score', g.score, 'r', coalesce(cr.n, 0), 'f', coalesce(cf.n, 0),
               'm', coalesce(cm.n, 0)) order by g.score)
      from generate_series(1, 5) as g (score)
      left join (select x.r as score, count(*) as n from scores x group by 1) cr on cr.score = g.score
      left join (select x.f as score, count(*) as n from scores x group by 1) cf on cf.score = g.score
      left join (select x.m as score, count(*) as n from scores x group by 1) cm on cm.score = g.score),
    'rfm_grid', (
      select coalesce(jsonb_agg(jsonb_build_object('r', q.r, 'f', q.f, 'customers', q.customers,
               'revenue', q.revenue) order by q.r, q.f), '[]'::jsonb)
      from (select x.r, x.f, count(*) as customers, round(sum(x.revenue_cents) / 100.0, 2) as revenue
            from scores x group by 1, 2) q),
    'top_customers', (
      select coalesce(jsonb_agg(jsonb_build_object(
               'customer_id', q.customer_id, 'name', c.name, 'phone', c.phone, 'orders', q.orders,
               'order_amount', q.order_amount, 'revenue', q.revenue,
               'average_order_value', round(q.order_amount / nullif(q.orders, 0), 2),
               'last_order_date', q.last_day, 'recency_days', p_to - q.last_day,
               'first_order_date', q.first_day, 'new', q.first_day between p_from and p_to,
               'r', q.r, 'f', q.f, 'm', q.m, 'rfm', q.r * 100 + q.f * 10 + q.m)
             order by q.revenue_cents desc, q.customer_id), '[]'::jsonb)
      from (select x.*, round(x.order_cents / 100.0, 2) as order_amount, round(x.revenue_cents / 100.0, 2) as revenue
            from scores x order by x.revenue_cents desc, x.customer_id limit p_top_n) q
      join public.customers c on c.id = q.customer_id)
  ) into v_result;
  return v_result;
end;
$$;
comment on function public.report_customers(date, date, integer) is
  'RPC (admin, finance; sales: own orders): customers with at least one order confirmed in [p_from, p_to] (orders as in report_sales). summary: customers, new (first order ever in the period) vs returning, repeat customers (≥ 2 orders) and repeat_purchase_rate, orders, order_amount, revenue (shipped − returned), average_order_value = order_amount ÷ orders. RFM scores 1–5 = ceil(5 × cume_dist) of recency (last order day), frequency (orders) and monetary (revenue), so equal values share a score: rfm_distribution (customers per score), rfm_grid (R × F: customers, revenue), top_customers (p_top_n, 0..100, by revenue). Errors: not_authorized, invalid_period, invalid_argument.';

-- Dashboard -------------------------------------------------------------------------------------------------

create function public.report_dashboard()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_role public.app_role := private.report_caller('admin', 'finance', 'sales', 'warehouse');
  v_costs boolean := v_role in ('admin', 'finance');
  v_sp uuid := case when v_role = 'sales' then auth.uid() end;
  v_today date := private.business_date();
  v_month date := date_trunc('month', v_today::timestamp)::date;
  v_result jsonb;
begin
  with kpi as (
    select t.grain, sum(t.orders) as orders, sum(t.order_amount) as order_amount,
           sum(t.units_shipped - t.units_returned) as units, sum(t.revenue - t.returns_amount) as revenue,
           sum(t.revenue - t.returns_amount - t.cogs + t.cost_restocked) as gross_profit,
           sum(t.payments_in) as payments_in, sum(t.refunds_out) as refunds_out
    from private.report_sales_by_warehouse t
    where ((t.grain = 'd' and t.period_start = v_today) or (t.grain = 'm' and t.period_start = v_month))
      and (v_sp is null or t.salesperson_id = v_sp)
    group by 1
  ), trend as (
    select t.period_start as day, sum(t.orders) as orders, sum(t.revenue - t.returns_amount) as revenue,
           sum(t.revenue - t.returns_amount - t.cogs + t.cost_restocked) as gross_profit
    from private.report_sales_by_warehouse t
    where t.grain = 'd' and t.period_start between v_today - 29 and v_today and (v_sp is null or t.salesperson_id = v_sp)
    group by 1
  ), month_products as (
    select t.product_id, sum(t.units_shipped - t.units_returned) as units, sum(t.revenue - t.returns_amount) as revenue
    from private.report_sales_by_product t
    where t.grain = 'm' and t.period_start = v_month and v_sp is null
    group by 1
    union all
    select t.product_id, sum(t.units_shipped - t.units_returned), sum(t.revenue - t.returns_amount)
    from private.report_sales_by_salesperson_product t
    where t.salesperson_id = v_sp and t.grain = 'm' and t.period_start = v_month and v_sp is not null
    group by 1
  ), categories as (
    select q.category_id, q.revenue, round(q.revenue / nullif(sum(q.revenue) over (), 0), 4) as share
    from (select p.category_id, sum(mp.revenue) as revenue
          from month_products mp join public.products p on p.id = mp.product_id
          group by 1) q
    where q.revenue <> 0
  )
  select jsonb_build_object(
    'as_of', v_today,
    'scope', case when v_sp is null then 'all' else 'own' end,
    'costs', v_costs,
    'today', (select jsonb_build_object('orders', coalesce(k.orders, 0), 'order_amount', coalesce(k.order_amount, 0),
                'units', coalesce(k.units, 0), 'revenue', coalesce(k.revenue, 0),
                'gross_profit', case when v_costs then coalesce(k.gross_profit, 0) end,
                'payments_in', coalesce(k.payments_in, 0), 'refunds_out', coalesce(k.refunds_out, 0))
              from (select 1) one left join kpi k on k.grain = 'd'),
    'month', (select jsonb_build_object('orders', coalesce(k.orders, 0), 'order_amount', coalesce(k.order_amount, 0),
                'units', coalesce(k.units, 0), 'revenue', coalesce(k.revenue, 0),
                'gross_profit', case when v_costs then coalesce(k.gross_profit, 0) end,
                'payments_in', coalesce(k.payments_in, 0), 'refunds_out', coalesce(k.refunds_out, 0))
              from (select 1) one left join kpi k on k.grain = 'm'),
    'trend', (select jsonb_agg(jsonb_build_object('day', d.day::date, 'orders', coalesce(t.orders, 0),
                'revenue', coalesce(t.revenue, 0), 'gross_profit', case when v_costs then coalesce(t.gross_profit, 0) end)
                order by d.day)
              from generate_series(v_today - 29, v_today, interval '1 day') as d (day)
              left join trend t on t.day = d.day::date),
    'top_products', (select coalesce(jsonb_agg(jsonb_build_object('product_id', q.product_id, 'sku', p.sku, 'name', p.name,
                       'units', q.units, 'revenue', q.revenue) order by q.revenue desc, q.product_id), '[]'::jsonb)
                     from (select * from month_products mp where mp.revenue <> 0 or mp.units <> 0
                           order by mp.revenue desc, mp.product_id limit 10) q
                     join public.products p on p.id = q.product_id),
    'category_share', (select coalesce(jsonb_agg(jsonb_build_object('category_id', c.category_id, 'name', cat.name,
                          'revenue', c.revenue, 'share', c.share)
                          order by c.revenue desc, c.category_id), '[]'::jsonb)
                       from categories c left join public.categories cat on cat.id = c.category_id),
    'alerts', (select jsonb_build_object(
                 'low_stock', count(*) filter (where a.kind = 'low_stock'),
                 'expiring', count(*) filter (where a.kind = 'expiring'),
                 'expired', count(*) filter (where a.kind = 'expired'),
                 'total', count(*))
               from public.alerts a where a.status <> 'resolved'),
    'open_orders', (select count(*) from public.sales_orders o
                    where o.status in ('confirmed', 'partially_shipped') and (v_sp is null or o.salesperson_id = v_sp)),
    'open_returns', (select count(*) from public.returns r
                     where r.status in ('requested', 'approved', 'received')
                       and (v_sp is null or exists (select 1 from public.sales_orders o
                                                   where o.id = r.order_id and o.salesperson_id = v_sp)))
  ) into v_result;
  return v_result;
end;
$$;
comment on function public.report_dashboard() is
  'RPC (every staff role; sales: own orders; gross_profit for admin and finance only): the home page in one call: today and this month (orders, order_amount, units, revenue, gross_profit, payments_in, refunds_out; as in report_sales), the 30-day daily trend, this month''s top 10 products and category share of revenue, open alert counts by kind, orders waiting to ship and returns in progress. Errors: not_authorized.';

-- Grants ----------------------------------------------------------------------------------------------------

revoke execute on function
  public.report_sales(date, date, text, text, integer),
  public.report_profit(date, date, text, text, integer),
  public.report_inventory(text),
  public.report_turnover(date, date, text),
  public.report_days_of_cover(uuid),
  public.report_replenishment(integer, uuid),
  public.report_expiry(integer, uuid, integer, integer),
  public.report_expiry_summary(integer, uuid),
  public.report_customers(date, date, integer),
  public.report_dashboard()
from public, anon;
grant execute on function
  public.report_sales(date, date, text, text, integer),
  public.report_profit(date, date, text, text, integer),
  public.report_inventory(text),
  public.report_turnover(date, date, text),
  public.report_days_of_cover(uuid),
  public.report_replenishment(integer, uuid),
  public.report_expiry(integer, uuid, integer, integer),
  public.report_expiry_summary(integer, uuid),
  public.report_customers(date, date, integer),
  public.report_dashboard()
to authenticated, service_role;

revoke execute on all functions in schema private from public, anon;
