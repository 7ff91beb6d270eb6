-- Alerts: low stock (available ≤ safety stock, per product and warehouse), expiring batches (within
-- the product's expiry_alert_days) and expired batches. At most one unresolved alert per subject.
--   * low_stock is raised and resolved by triggers as stock_levels change (stock moves and
--     reservations alike) and when a product's safety stock or a warehouse's active flag changes.
--   * expiring / expired are raised and resolved by public.refresh_expiry_alerts(), run hourly by
--     pg_cron where installed and by the embedded stack's timer; a batch that runs empty resolves its
--     expiry alerts at once, and a batch received already inside its alert window raises at once.
--   * Every staff role reads alerts (the UI badge and alert centre); admins and warehouse keepers
--     acknowledge them. Nobody writes the table directly.

create table public.alerts (
  id uuid primary key default gen_random_uuid(),
  kind text not null constraint alerts_kind_check check (kind in ('low_stock', 'expiring', 'expired')),
  product_id uuid not null references public.products (id) on delete cascade,
  warehouse_id uuid references public.warehouses (id) on delete cascade,
  batch_id uuid references public.stock_batches (id) on delete cascade,
  status text not null default 'open' constraint alerts_status_check check (status in ('open', 'acknowledged', 'resolved')),
  details jsonb not null default '{}'::jsonb,
  raised_at timestamptz not null default now(),
  acknowledged_by uuid references public.profiles (id) on delete set null,
  acknowledged_at timestamptz,
  resolved_at timestamptz,
  constraint alerts_resolved_at_check check ((status = 'resolved') = (resolved_at is not null))
);
comment on table public.alerts is
  'Stock alerts: low_stock (product × warehouse), expiring and expired (batch). open → acknowledged (by a user) → resolved (by the system when the condition clears).';
create unique index alerts_active_key on public.alerts (kind, product_id, warehouse_id, batch_id) nulls not distinct
  where status <> 'resolved';
create index alerts_product_id_idx on public.alerts (product_id);
create index alerts_warehouse_id_idx on public.alerts (warehouse_id);
create index alerts_batch_id_idx on public.alerts (batch_id);
create index alerts_acknowledged_by_idx on public.alerts (acknowledged_by);
create index alerts_status_idx on public.alerts (status, raised_at);
alter table public.alerts enable row level security;

-- Low stock ---------------------------------------------------------------------------------------

-- Raises or resolves the low-stock alert of one product in one warehouse from the current state.
create function private.evaluate_low_stock(p_product_id uuid, p_warehouse_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v record;
begin
  select l.available, l.on_hand, l.reserved, p.safety_stock, p.sku, p.name, w.active
  into v
  from public.stock_levels l
  join public.products p on p.id = l.product_id
  join public.warehouses w on w.id = l.warehouse_id
  where l.product_id = p_product_id and l.warehouse_id = p_warehouse_id;

  if found and v.active and v.safety_stock > 0 and v.available <= v.safety_stock then
    insert into public.alerts (kind, product_id, warehouse_id, details)
    values ('low_stock', p_product_id, p_warehouse_id, jsonb_build_object(
      'sku', v.sku, 'product', v.name, 'available', v.available, 'on_hand', v.on_hand,
      'reserved', v.reserved, 'safety_stock', v.safety_stock))
    on conflict (kind, product_id, warehouse_id, batch_id) where status <> 'resolved' do nothing;
  else
    -- An alert raised earlier in this same transaction (e.g. the level row was just created at zero and
    -- the receipt that created it is now posting) was never seen by anyone: drop it instead of keeping a
    -- raised-and-resolved row in the alert history.
    delete from public.alerts a
    where a.kind = 'low_stock' and a.product_id = p_product_id and a.warehouse_id = p_warehouse_id
      and a.status = 'open' and a.raised_at = now();
    update public.alerts a set status = 'resolved', resolved_at = now()
    where a.kind = 'low_stock' and a.product_id = p_product_id and a.warehouse_id = p_warehouse_id
      and a.status <> 'resolved';
  end if;
end;
$$;
comment on function private.evaluate_low_stock(uuid, uuid) is 'Raises or resolves the low_stock alert of a product in a warehouse.';

-- On every balance change, act only when the row crosses the threshold (cheap on the hot path).
create function private.stock_level_low_stock()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_safety numeric;
begin
  select p.safety_stock into v_safety from public.products p where p.id = new.product_id;
  if tg_op = 'INSERT'
     or (v_safety > 0 and ((old.available <= v_safety) is distinct from (new.available <= v_safety))) then
    perform private.evaluate_low_stock(new.product_id, new.warehouse_id);
  end if;
  return null;
end;
$$;
comment on function private.stock_level_low_stock() is 'Trigger: re-evaluates low stock when available crosses the safety stock.';

create trigger stock_level_low_stock
  after insert or update of on_hand, reserved on public.stock_levels
  for each row execute function private.stock_level_low_stock();

create function private.product_low_stock()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_level record;
begin
  for v_level in
    select l.warehouse_id from public.stock_levels l where l.product_id = new.id order by l.warehouse_id
  loop
    perform private.evaluate_low_stock(new.id, v_level.warehouse_id);
  end loop;
  return null;
end;
$$;
comment on function private.product_low_stock() is 'Trigger: re-evaluates low stock of every warehouse when a product''s safety stock changes.';

create trigger product_low_stock
  after update of safety_stock on public.products
  for each row when (old.safety_stock is distinct from new.safety_stock)
  execute function private.product_low_stock();

create function private.warehouse_low_stock()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_level record;
begin
  for v_level in
    select l.product_id from public.stock_levels l where l.warehouse_id = new.id order by l.product_id
  loop
    perform private.evaluate_low_stock(v_level.product_id, new.id);
  end loop;
  return null;
end;
$$;
comment on function private.warehouse_low_stock() is 'Trigger: re-evaluates low stock of a warehouse when it is activated or deactivated.';

create trigger warehouse_low_stock
  after update of active on public.warehouses
  for each row when (old.active is distinct from new.active)
  execute function private.warehouse_low_stock();

-- Expiry ------------------------------------------------------------------------------------------

create function private.expiry_alert_kind(p_expiry_date date, p_alert_days integer)
returns text
language sql
stable
set search_path = ''
as $$
  select case
    when p_expiry_date is null then null
    when p_expiry_date < private.business_date() then 'expired'
    when p_expiry_date <= private.business_date() + coalesce(p_alert_days, 0) then 'expiring'
  end
$$;
comment on function private.expiry_alert_kind(date, integer) is 'expired (before today), expiring (within the alert days) or null.';

-- Brings the expiry alerts of all batches (or one) in line with today's date and their stock.
create function private.sync_expiry_alerts(p_batch_id uuid default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_resolved integer;
  v_raised integer;
begin
  with state as (
    select b.id as batch_id, b.product_id, b.warehouse_id,
           private.expiry_alert_kind(b.expiry_date, p.expiry_alert_days) as kind,
           jsonb_build_object('sku', p.sku, 'product', p.name, 'batch_no', b.batch_no, 'expiry_date', b.expiry_date,
                              'qty_on_hand', b.qty_on_hand, 'days_left', b.expiry_date - private.business_date()) as details
    from public.stock_batches b
    join public.products p on p.id = b.product_id
    where b.qty_on_hand > 0 and b.expiry_date is not null
      and b.expiry_date <= private.business_date() + p.expiry_alert_days
      and (p_batch_id is null or b.id = p_batch_id)
  ), resolved as (
    update public.alerts a set status = 'resolved', resolved_at = now()
    where a.kind in ('expiring', 'expired') and a.status <> 'resolved'
      and (p_batch_id is null or a.batch_id = p_batch_id)
      and not exists (select 1 from state s where s.batch_id = a.batch_id and s.kind = a.kind)
    returning 1
  ), raised as (
    insert into public.alerts (kind, product_id, warehouse_id, batch_id, details)
    select s.kind, s.product_id, s.warehouse_id, s.batch_id, s.details
    from state s
    order by s.product_id, s.warehouse_id, s.batch_id
    on conflict (kind, product_id, warehouse_id, batch_id) where status <> 'resolved' do nothing
    returning 1
  )
  select (select count(*) from raised), (select count(*) from resolved) into v_raised, v_resolved;

  return jsonb_build_object('raised', v_raised, 'resolved', v_resolved);
end;
$$;
comment on function private.sync_expiry_alerts(uuid) is 'Internal: raises missing and resolves stale expiring/expired alerts, for all batches or one.';

create function public.refresh_expiry_alerts()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not (private.has_role('admin', 'warehouse') or private.is_platform_caller()) then
    raise exception 'not_authorized' using errcode = '42501', hint = 'not_authorized',
      detail = '{"required": ["admin", "warehouse"]}';
  end if;
  return private.sync_expiry_alerts(null);
end;
$$;
comment on function public.refresh_expiry_alerts() is
  'RPC (admin, warehouse; also postgres / pg_cron / service role): raises expiring and expired alerts for batches with stock and resolves those that no longer apply. Returns {raised, resolved}. Errors: not_authorized.';

-- A batch that runs empty resolves its expiry alerts now; one that gets stock is checked now.
create function private.stock_batch_expiry()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.expiry_date is not null and ((old.qty_on_hand = 0) <> (new.qty_on_hand = 0)) then
    perform private.sync_expiry_alerts(new.id);
  end if;
  return null;
end;
$$;
comment on function private.stock_batch_expiry() is 'Trigger: syncs a batch''s expiry alerts when it becomes empty or non-empty.';

create trigger stock_batch_expiry
  after update of qty_on_hand on public.stock_batches
  for each row execute function private.stock_batch_expiry();

-- Acknowledge -------------------------------------------------------------------------------------

create function public.acknowledge_alert(p_alert_id uuid)
returns public.alerts
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_alert public.alerts;
begin
  perform private.assert_role('admin', 'warehouse');
  select * into v_alert from public.alerts a where a.id = p_alert_id for update;
  if not found then
    raise exception 'alert_not_found' using errcode = 'P0001', hint = 'alert_not_found';
  end if;
  if v_alert.status <> 'open' then
    raise exception 'invalid_status' using errcode = 'P0001', hint = 'invalid_status',
      detail = json_build_object('status', v_alert.status, 'expected', 'open')::text;
  end if;
  update public.alerts a set status = 'acknowledged', acknowledged_at = now(), acknowledged_by = auth.uid()
  where a.id = p_alert_id
  returning * into v_alert;
  return v_alert;
end;
$$;
comment on function public.acknowledge_alert(uuid) is
  'RPC (admin, warehouse): open → acknowledged. The system resolves it when the condition clears. Errors: not_authorized, alert_not_found, invalid_status.';

-- Grants and policies -----------------------------------------------------------------------------

revoke all on public.alerts from anon, authenticated, service_role;
grant select on public.alerts to authenticated, service_role;

create policy "Staff can read alerts" on public.alerts for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

revoke execute on function public.refresh_expiry_alerts(), public.acknowledge_alert(uuid) from public, anon;
grant execute on function public.refresh_expiry_alerts(), public.acknowledge_alert(uuid) to authenticated, service_role;

revoke execute on all functions in schema private from public, anon;

-- Hourly expiry refresh (a platform job: pg_cron, or the embedded stack's timer).
select private.schedule_platform_job('refresh-expiry-alerts', '7 * * * *', 'select public.refresh_expiry_alerts()');
