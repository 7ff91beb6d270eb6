/**
 * Brute-force report figures: plain GROUP BY queries over the raw documents and the stock ledger, written
 * from the report definitions (see the headers of the 0400 / 0410 migrations) without touching a rollup
 * table. The report tests compare every report RPC with these, and the report benchmark times them as the
 * "plain query" a report would be without rollups.
 *
 * Every function returns SQL selecting rows of `to_jsonb(...)` named `j`; arguments are positional ($1...).
 */

/** Business day of a timestamp (the merchant's time zone). */
const day = (ts: string) =>
  `(${ts} at time zone coalesce(nullif(current_setting('app.timezone', true), ''), 'Asia/Shanghai'))::date`;
const today = `(now() at time zone coalesce(nullif(current_setting('app.timezone', true), ''), 'Asia/Shanghai'))::date`;

/**
 * Every sales event, one row each, at its own day: order confirmations (order level and per line), shipment
 * lines with their batch costs, received return lines with the cost of restocked / scrapped batches, payments,
 * and stock write-offs / adjustments from the ledger.
 */
export const salesEvents = `
  counted as (
    select o.* from public.sales_orders o
    where o.confirmed_at is not null
      and (o.status <> 'cancelled' or exists (
        select 1 from public.sales_order_lines l where l.order_id = o.id and l.shipped_qty > 0))
  ),
  ev as (
    select ${day('o.confirmed_at')} as day, o.warehouse_id, null::uuid as product_id, o.salesperson_id, o.customer_id,
           1 as orders, o.total_amount as order_amount, 0 as order_lines, 0::numeric as line_amount,
           0::numeric as units_shipped, 0::numeric as units_returned, 0::numeric as revenue, 0::numeric as returns,
           0::numeric as discounts, 0::numeric as discounts_returned, 0::numeric as cogs, 0::numeric as restocked,
           0::numeric as write_offs, 0::numeric as adjustments, 0::numeric as payments_in, 0::numeric as refunds_out
    from counted o
    union all
    select ${day('o.confirmed_at')}, o.warehouse_id, l.product_id, o.salesperson_id, o.customer_id,
           0, 0, 1, l.line_total, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    from counted o join public.sales_order_lines l on l.order_id = o.id
    union all
    select ${day('sh.shipped_at')}, sh.warehouse_id, sl.product_id, o.salesperson_id, o.customer_id,
           0, 0, 0, 0, sl.qty, 0,
           case when sh.kind = 'sale' then round(ol.line_total * sl.qty / ol.qty, 2) else 0 end, 0,
           case when sh.kind = 'sale' then round((ol.promotion_discount + ol.coupon_discount) * sl.qty / ol.qty, 2) else 0 end, 0,
           (select coalesce(sum(c.cost_amount), 0) from public.shipment_line_batch_costs c where c.shipment_line_id = sl.id),
           0, 0, 0, 0, 0
    from public.shipment_lines sl
    join public.shipments sh on sh.id = sl.shipment_id
    join public.sales_order_lines ol on ol.id = sl.order_line_id
    join public.sales_orders o on o.id = sh.order_id
    union all
    select ${day('r.received_at')}, o.warehouse_id, rl.product_id, o.salesperson_id, o.customer_id,
           0, 0, 0, 0, 0, rl.qty, 0, case when r.kind = 'return' then rl.refund_amount else 0 end, 0,
           case when r.kind = 'return' then round((ol.promotion_discount + ol.coupon_discount) * rl.qty / ol.qty, 2) else 0 end,
           0,
           (select coalesce(sum(round(b.qty * c.unit_cost, 2)), 0) from public.return_line_batches b
             join public.shipment_line_batch_costs c on c.shipment_line_batch_id = b.shipment_line_batch_id
             where b.return_line_id = rl.id and b.disposition = 'restock'),
           0, 0, 0, 0
    from public.return_lines rl
    join public.returns r on r.id = rl.return_id
    join public.sales_order_lines ol on ol.id = rl.order_line_id
    join public.sales_orders o on o.id = r.order_id
    where rl.disposition is not null
    union all
    select ${day('p.paid_at')}, o.warehouse_id, null, o.salesperson_id, o.customer_id,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           case when p.kind = 'payment' then p.amount else 0 end, case when p.kind = 'refund' then -p.amount else 0 end
    from public.payments p join public.sales_orders o on o.id = p.order_id
    where (p.kind = 'payment' and p.status in ('succeeded', 'refunded')) or (p.kind = 'refund' and p.status = 'succeeded')
    union all
    select ${day('m.created_at')}, m.warehouse_id, m.product_id, null, null,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           case when m.movement_type in ('write_off', 'scrap') then -m.qty * m.unit_cost else 0 end,
           case when m.movement_type = 'adjustment' then m.qty * m.unit_cost else 0 end, 0, 0
    from public.stock_movements m
    where m.movement_type in ('write_off', 'scrap', 'adjustment')
  )`;

const bucket = (gran: string) => `case ${gran} when 'day' then e.day else date_trunc(${gran}, e.day::timestamp)::date end`;

/** report_sales($1 from, $2 to, $3 granularity, $4 dimension, $5 salesperson or null = everyone, $6 costs boolean). */
export const bruteSales = `
  with ${salesEvents},
  keyed as (
    select ${bucket('$3')} as period,
           case $4 when 'product' then e.product_id when 'category' then p.category_id when 'warehouse' then e.warehouse_id
                   when 'salesperson' then e.salesperson_id when 'customer' then e.customer_id end as dimension_id,
           sum(case when $4 in ('product', 'category') then e.order_lines else e.orders end)::bigint as orders,
           sum(e.units_shipped - e.units_returned) as units, sum(e.revenue - e.returns) as revenue,
           sum(e.discounts - e.discounts_returned) as discounts, sum(e.returns) as returns, sum(e.cogs - e.restocked) as cogs
    from ev e left join public.products p on p.id = e.product_id
    where e.day between $1::date and $2::date
      and e.customer_id is not null
      and ($4 not in ('product', 'category') or e.product_id is not null)
      and ($5::uuid is null or e.salesperson_id = $5::uuid)
    group by 1, 2
    having sum(case when $4 in ('product', 'category') then e.order_lines else e.orders end) <> 0
        or sum(e.units_shipped - e.units_returned) <> 0 or sum(e.revenue - e.returns) <> 0
        or sum(e.discounts - e.discounts_returned) <> 0 or sum(e.returns) <> 0 or ($6 and sum(e.cogs - e.restocked) <> 0)
  )
  select to_jsonb(x) as j from (
    select k.period, k.dimension_id, k.orders, k.units, k.revenue, k.discounts, k.returns,
           case when $6 then k.cogs end as cogs, case when $6 then k.revenue - k.cogs end as gross_profit,
           case when $6 then round((k.revenue - k.cogs) / nullif(k.revenue, 0), 4) end as margin
    from keyed k) x`;

/** report_profit($1 from, $2 to, $3 granularity, $4 dimension). */
export const bruteProfit = `
  with ${salesEvents},
  keyed as (
    select ${bucket('$3')} as period,
           case $4 when 'product' then e.product_id when 'category' then p.category_id when 'warehouse' then e.warehouse_id
                   when 'salesperson' then e.salesperson_id when 'customer' then e.customer_id end as dimension_id,
           sum(e.revenue) as revenue, sum(e.returns) as refunds, sum(e.cogs - e.restocked) as cogs,
           round(sum(e.write_offs), 2) as write_offs, round(sum(e.adjustments), 2) as adjustments
    from ev e left join public.products p on p.id = e.product_id
    where e.day between $1::date and $2::date
      and ($4 not in ('product', 'category') or e.product_id is not null)
    group by 1, 2
    having sum(e.revenue) <> 0 or sum(e.returns) <> 0 or sum(e.cogs - e.restocked) <> 0
        or round(sum(e.write_offs), 2) <> 0 or round(sum(e.adjustments), 2) <> 0
  )
  select to_jsonb(x) as j from (
    select k.period, k.dimension_id, k.revenue, k.refunds, k.cogs, k.revenue - k.refunds - k.cogs as gross_profit,
           k.write_offs, k.adjustments, k.revenue - k.refunds - k.cogs - k.write_offs + k.adjustments as profit,
           round((k.revenue - k.refunds - k.cogs - k.write_offs + k.adjustments) / nullif(k.revenue - k.refunds, 0), 4) as margin
    from keyed k) x`;

/** report_inventory($1 dimension, $2 costs): on hand and value from the ledger, reservations from open order lines. */
export const bruteInventory = `
  with pairs as (
    select m.product_id, m.warehouse_id, sum(m.qty) as on_hand, 0::numeric as reserved, 0::numeric as in_transit,
           sum(m.qty * m.unit_cost) as value, 0::numeric as transit_value
    from public.stock_movements m group by 1, 2
    union all
    select l.product_id, o.warehouse_id, 0, sum(l.reserved_qty), 0, 0, 0
    from public.sales_order_lines l join public.sales_orders o on o.id = l.order_id
    where l.reserved_qty > 0 group by 1, 2
    union all
    select l.product_id, t.to_warehouse_id, 0, 0, l.qty, 0, 0
    from public.stock_transfers t join public.stock_transfer_lines l on l.transfer_id = t.id where t.status = 'in_transit'
    union all
    select m.product_id, t.to_warehouse_id, 0, 0, 0, 0, -m.qty * m.unit_cost
    from public.stock_transfers t join public.stock_movements m on m.source_id = t.id and m.movement_type = 'transfer_out'
    where t.status = 'in_transit'
  ), per_pair as (
    select x.product_id, x.warehouse_id, sum(on_hand) as on_hand, sum(reserved) as reserved, sum(in_transit) as in_transit,
           sum(value) as value, sum(transit_value) as transit_value
    from pairs x group by 1, 2
  )
  select to_jsonb(x) as j from (
    select case $1 when 'warehouse' then pp.warehouse_id when 'category' then p.category_id when 'product' then pp.product_id end
             as dimension_id,
           count(distinct pp.product_id) filter (where pp.on_hand > 0) as products,
           sum(pp.on_hand) as on_hand, sum(pp.reserved) as reserved, sum(pp.on_hand - pp.reserved) as available,
           sum(pp.in_transit) as in_transit,
           case when $2 then round(sum(pp.value), 2) end as stock_value,
           case when $2 then round(sum(pp.transit_value), 2) end as in_transit_value
    from per_pair pp join public.products p on p.id = pp.product_id
    group by 1) x`;

/**
 * report_turnover($1 from, $2 to, $3 dimension, $4 costs): COGS from the events; the average inventory value as
 * the mean over the period's days of the ledger value up to each day.
 */
export const bruteTurnover = `
  with ${salesEvents},
  mv as (
    select ${day('m.created_at')} as day,
           case $3 when 'warehouse' then m.warehouse_id when 'category' then p.category_id end as key,
           m.qty * m.unit_cost as value
    from public.stock_movements m join public.products p on p.id = m.product_id
  ),
  inv as (
    select mv.key,
           sum(mv.value) filter (where mv.day < $1::date) as opening,
           sum(mv.value) filter (where mv.day <= $2::date) as closing,
           sum(mv.value * ($2::date - greatest(mv.day, $1::date) + 1)) / ($2::date - $1::date + 1) as average
    from mv where mv.day <= $2::date group by 1
  ),
  sold as (
    select case $3 when 'warehouse' then e.warehouse_id when 'category' then p.category_id end as key,
           sum(e.cogs - e.restocked) as cogs
    from ev e left join public.products p on p.id = e.product_id
    where e.day between $1::date and $2::date and e.customer_id is not null
    group by 1
  ),
  k as (
    select coalesce(i.key, s.key) as key, coalesce(s.cogs, 0) as cogs, coalesce(i.opening, 0) as opening,
           coalesce(i.closing, 0) as closing, coalesce(i.average, 0) as average
    from inv i full join sold s
      on coalesce(s.key, '00000000-0000-0000-0000-000000000000') = coalesce(i.key, '00000000-0000-0000-0000-000000000000')
  )
  select to_jsonb(x) as j from (
    select k.key as dimension_id, ($2::date - $1::date + 1) as days,
           case when $4 then k.cogs end as cogs, case when $4 then round(k.opening, 2) end as opening_value,
           case when $4 then round(k.closing, 2) end as closing_value, case when $4 then round(k.average, 2) end as average_value,
           round(k.cogs / nullif(k.average, 0), 4) as turnover,
           case when k.cogs > 0 and k.average > 0 then round(($2::date - $1::date + 1) * k.average / k.cogs, 1) end as days_of_inventory
    from k where k.cogs <> 0 or k.opening <> 0 or k.closing <> 0) x`;

/** Units shipped per (warehouse, product) over the last 30 business days, from the shipment lines. */
const shipped30 = `
  shipped as (
    select sh.warehouse_id, sl.product_id, sum(sl.qty) as units
    from public.shipment_lines sl join public.shipments sh on sh.id = sl.shipment_id
    where ${day('sh.shipped_at')} between ${today} - 29 and ${today}
    group by 1, 2
  )`;

/** report_days_of_cover($1 warehouse or null). */
export const bruteDaysOfCover = `
  with ${shipped30},
  stock as (
    select l.product_id, sum(l.on_hand) as on_hand, sum(l.on_hand - l.reserved) as available
    from public.stock_levels l where $1::uuid is null or l.warehouse_id = $1::uuid group by 1
  ),
  sold as (select s.product_id, sum(s.units) as units from shipped s where $1::uuid is null or s.warehouse_id = $1::uuid group by 1)
  select to_jsonb(x) as j from (
    select p.id as product_id, coalesce(st.on_hand, 0) as on_hand, coalesce(st.available, 0) as available,
           coalesce(so.units, 0) as units_30d, round(coalesce(so.units, 0) / 30, 3) as avg_daily_units,
           case when so.units > 0 then round(coalesce(st.available, 0) / (so.units / 30), 1) end as days_of_cover
    from public.products p
    left join stock st on st.product_id = p.id
    left join sold so on so.product_id = p.id
    where st.product_id is not null or so.product_id is not null) x`;

/** report_replenishment($1 lead time, $2 warehouse or null, $3 costs). */
export const bruteReplenishment = `
  with ${shipped30},
  inbound as (
    select t.to_warehouse_id as warehouse_id, l.product_id, sum(l.qty) as qty
    from public.stock_transfers t join public.stock_transfer_lines l on l.transfer_id = t.id
    where t.status = 'in_transit' group by 1, 2
  ),
  c as (
    select l.product_id, l.warehouse_id, p.safety_stock, l.on_hand, l.reserved, l.on_hand - l.reserved as available,
           coalesce(i.qty, 0) as inbound, coalesce(s.units, 0) as units, coalesce(s.units, 0) / 30 as avg_daily
    from public.stock_levels l
    join public.products p on p.id = l.product_id and p.status = 'on_sale'
    join public.warehouses w on w.id = l.warehouse_id and w.active
    left join shipped s on s.warehouse_id = l.warehouse_id and s.product_id = l.product_id
    left join inbound i on i.warehouse_id = l.warehouse_id and i.product_id = l.product_id
    where $2::uuid is null or l.warehouse_id = $2::uuid
  )
  select to_jsonb(x) as j from (
    select c.product_id, c.warehouse_id, c.safety_stock, c.on_hand, c.reserved, c.available, c.inbound,
           c.units as units_30d, round(c.avg_daily, 3) as avg_daily_units,
           case when c.avg_daily > 0 then round(c.available / c.avg_daily, 1) end as days_of_cover,
           c.safety_stock > 0 and c.available <= c.safety_stock as below_safety_stock,
           c.avg_daily > 0 and c.available < c.avg_daily * $1::int as low_cover,
           greatest(ceil(c.safety_stock + c.avg_daily * $1 - c.available - c.inbound), 0) as suggested_qty,
           case when $3 then round(greatest(ceil(c.safety_stock + c.avg_daily * $1 - c.available - c.inbound), 0)
             * coalesce((select b.unit_cost from public.stock_batches b where b.product_id = c.product_id
                         order by b.received_at desc, b.created_at desc limit 1), 0), 2) end as estimated_cost
    from c
    where (c.safety_stock > 0 and c.available <= c.safety_stock) or (c.avg_daily > 0 and c.available < c.avg_daily * $1)) x`;

/** report_expiry($1 days, $2 warehouse or null, $3 costs). */
export const bruteExpiry = `
  select to_jsonb(x) as j from (
    select b.id as batch_id, b.expiry_date, b.expiry_date - ${today} as days_to_expiry,
           case when b.expiry_date < ${today} then 'expired' else 'expiring' end as status,
           sum(m.qty) as qty_on_hand, case when $3 then b.unit_cost end as unit_cost,
           case when $3 then round(sum(m.qty) * b.unit_cost, 2) end as value_at_risk
    from public.stock_batches b join public.stock_movements m on m.batch_id = b.id
    where b.expiry_date <= ${today} + $1::int and ($2::uuid is null or b.warehouse_id = $2::uuid)
    group by b.id
    having sum(m.qty) > 0) x`;

/** report_expiry_summary($1 days, $2 warehouse or null, $3 costs): the brute-force expiry rows summed per status. */
export const bruteExpirySummary = `
  select to_jsonb(s) as j from (
    select e.j->>'status' as status, count(*) as batches, sum((e.j->>'qty_on_hand')::numeric) as qty_on_hand,
           sum((e.j->>'value_at_risk')::numeric) as value_at_risk
    from (${bruteExpiry}) e
    group by 1) s`;

/** report_customers per-customer figures: $1 from, $2 to, $3 salesperson or null. */
export const bruteCustomers = `
  with ${salesEvents},
  per as (
    select e.customer_id, sum(e.orders) as orders, sum(e.order_amount) as order_amount,
           sum(e.revenue - e.returns) as revenue, max(e.day) filter (where e.orders > 0) as last_day
    from ev e
    where e.day between $1::date and $2::date and e.customer_id is not null and ($3::uuid is null or e.salesperson_id = $3::uuid)
    group by 1
  ),
  firsts as (select o.customer_id, min(${day('o.confirmed_at')}) as first_day from counted o group by 1)
  select to_jsonb(x) as j from (
    select p.customer_id, p.orders, p.order_amount, p.revenue, p.last_day, f.first_day,
           ceil(5 * cume_dist() over (order by p.last_day))::int as r,
           ceil(5 * cume_dist() over (order by p.orders))::int as f,
           ceil(5 * cume_dist() over (order by p.revenue))::int as m
    from per p left join firsts f on f.customer_id = p.customer_id
    where p.orders > 0) x`;

/** Dashboard KPIs: $1 salesperson or null. One row per window (today / month) and per trend day. */
export const bruteDashboard = `
  with ${salesEvents},
  w as (
    select 'today' as win, ${today} as d0, ${today} as d1
    union all select 'month', date_trunc('month', ${today}::timestamp)::date, ${today}
  )
  select to_jsonb(x) as j from (
    select w.win, sum(e.orders) as orders, sum(e.order_amount) as order_amount,
           sum(e.units_shipped - e.units_returned) as units, sum(e.revenue - e.returns) as revenue,
           sum(e.revenue - e.returns - e.cogs + e.restocked) as gross_profit,
           sum(e.payments_in) as payments_in, sum(e.refunds_out) as refunds_out
    from w left join ev e on e.day between w.d0 and w.d1 and e.customer_id is not null
      and ($1::uuid is null or e.salesperson_id = $1::uuid)
    group by w.win) x`;

export const bruteDashboardTrend = `
  with ${salesEvents}
  select to_jsonb(x) as j from (
    select d::date as day, coalesce(sum(e.orders), 0) as orders, coalesce(sum(e.revenue - e.returns), 0) as revenue
    from generate_series(${today} - 29, ${today}, interval '1 day') d
    left join ev e on e.day = d::date and e.customer_id is not null and ($1::uuid is null or e.salesperson_id = $1::uuid)
    group by 1) x`;

export const bruteDashboardProducts = `
  with ${salesEvents}
  select to_jsonb(x) as j from (
    select e.product_id, p.category_id, sum(e.units_shipped - e.units_returned) as units, sum(e.revenue - e.returns) as revenue
    from ev e join public.products p on p.id = e.product_id
    where e.day between date_trunc('month', ${today}::timestamp)::date and ${today} and e.customer_id is not null
      and ($1::uuid is null or e.salesperson_id = $1::uuid)
    group by 1, 2) x`;
