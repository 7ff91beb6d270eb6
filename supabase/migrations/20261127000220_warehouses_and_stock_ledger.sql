-- Warehouses, batches, balances and the append-only stock ledger, plus the stock primitives that
-- order confirmation and shipping (sales module) and the stock documents call.
--
-- Rules kept here:
--   * Every change of stock is one stock_movements row. Balances (stock_batches.qty_on_hand,
--     stock_levels.on_hand) change only inside the trigger that posts a ledger row; any other write of
--     a balance is refused (stock_balance_readonly), even for postgres. The ledger is never updated or
--     deleted (stock_ledger_immutable).
--   * on_hand, reserved and available (= on_hand - reserved) never go below zero: CHECK constraints,
--     and the primitives raise insufficient_stock with a detail the UI can show before they would.
--   * Lock order, everywhere: stock_levels rows sorted by (product_id, warehouse_id), then batch rows.
--     A caller touching several lines sorts them by (product_id, warehouse_id) first, or calls
--     private.lock_stock_levels() once with all pairs; then two documents can never deadlock.
--   * Costs (unit_cost, values) are for admin and finance only. The API role has column privileges on
--     every column except unit_cost, so other roles cannot read costs at all; admin and finance read
--     them through the security-definer RPCs public.batch_costs() and public.stock_movement_costs().
--     Because of the column grants, `select=*` on stock_batches / stock_movements is refused for
--     everybody: name the columns, or use the views stock_batch_list / stock_movement_list.
--   * Quantities are numeric(14,3) (kg, m and L need fractions); unit costs numeric(14,4) (a bulk
--     purchase price spread over many units needs more than cents); money elsewhere is 2 decimals.

create table public.warehouses (
  id uuid primary key default gen_random_uuid(),
  code text not null constraint warehouses_code_format check (char_length(code) between 1 and 20 and code !~ '\s'),
  name text not null constraint warehouses_name_length check (char_length(btrim(name)) between 1 and 100),
  address text not null default '' constraint warehouses_address_length check (char_length(address) <= 200),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint warehouses_code_key unique (code)
);
comment on table public.warehouses is 'Stock locations. Inactive warehouses keep their history but take no new documents.';
alter table public.warehouses enable row level security;

create trigger refuse_delete_in_use before delete on public.warehouses
  for each row execute function private.refuse_delete_in_use('warehouse_in_use');
create trigger refuse_long_text before insert or update on public.warehouses
  for each row execute function private.refuse_long_text('code:20', 'name:100', 'address:200');
create trigger touch_updated_at before update on public.warehouses
  for each row execute function private.touch_updated_at();
create trigger audit_row after insert or update or delete on public.warehouses
  for each row execute function private.audit_row();

create table public.stock_batches (
  id uuid primary key default gen_random_uuid(),
  product_id uuid not null references public.products (id) on delete restrict,
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  batch_no text not null constraint stock_batches_batch_no_format check (char_length(batch_no) between 1 and 64),
  expiry_date date,
  unit_cost numeric(14,4) not null constraint stock_batches_unit_cost_check check (unit_cost >= 0),
  qty_on_hand numeric(14,3) not null default 0 constraint stock_batches_qty_on_hand_check check (qty_on_hand >= 0),
  received_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
comment on table public.stock_batches is
  'A cost layer of a product in a warehouse: batch number, expiry and unit cost. One lot number has one expiry date everywhere; the same lot at two costs is two rows. qty_on_hand is kept by the ledger trigger.';
create unique index stock_batches_key on public.stock_batches (product_id, warehouse_id, batch_no, unit_cost);
-- FEFO: earliest expiry, then oldest receipt, among batches with stock.
create index stock_batches_fefo_idx on public.stock_batches (product_id, warehouse_id, expiry_date, received_at)
  where qty_on_hand > 0;
create index stock_batches_warehouse_id_idx on public.stock_batches (warehouse_id);
create index stock_batches_product_batch_no_idx on public.stock_batches (product_id, batch_no);
create index stock_batches_expiry_idx on public.stock_batches (expiry_date) where qty_on_hand > 0;
alter table public.stock_batches enable row level security;

create table public.stock_levels (
  product_id uuid not null references public.products (id) on delete cascade,
  warehouse_id uuid not null references public.warehouses (id) on delete cascade,
  on_hand numeric(14,3) not null default 0 constraint stock_levels_on_hand_check check (on_hand >= 0),
  reserved numeric(14,3) not null default 0 constraint stock_levels_reserved_check check (reserved >= 0),
  available numeric(14,3) generated always as (on_hand - reserved) stored,
  updated_at timestamptz not null default now(),
  primary key (product_id, warehouse_id),
  constraint stock_levels_available_check check (reserved <= on_hand)
);
comment on table public.stock_levels is
  'Per product and warehouse: on_hand (= sum of the ledger), reserved (confirmed, unshipped orders) and available = on_hand - reserved; none below zero. Rows exist for every pair that was ever touched, even at zero.';
create index stock_levels_warehouse_id_idx on public.stock_levels (warehouse_id);
alter table public.stock_levels enable row level security;

create table public.stock_movements (
  id bigint generated always as identity primary key,
  movement_type text not null constraint stock_movements_type_check check (movement_type in
    ('receipt', 'adjustment', 'transfer_out', 'transfer_in', 'shipment', 'return_in', 'scrap', 'write_off')),
  product_id uuid not null references public.products (id) on delete restrict,
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  batch_id uuid not null references public.stock_batches (id) on delete restrict,
  qty numeric(14,3) not null,
  unit_cost numeric(14,4) not null,
  source_type text not null constraint stock_movements_source_type_format check (source_type ~ '^[a-z_]{1,40}$'),
  source_id uuid,
  source_line_id uuid,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  constraint stock_movements_qty_sign check (
    (movement_type in ('receipt', 'transfer_in', 'return_in') and qty > 0)
    or (movement_type in ('transfer_out', 'shipment', 'scrap', 'write_off') and qty < 0)
    or (movement_type = 'adjustment' and qty <> 0))
);
comment on table public.stock_movements is
  'The stock ledger, append-only: one row per change of one batch (qty signed, at the batch''s unit cost), naming its source document and line, user and time. Balances are derived from it by trigger.';
create index stock_movements_product_warehouse_idx on public.stock_movements (product_id, warehouse_id, created_at);
create index stock_movements_warehouse_id_idx on public.stock_movements (warehouse_id);
create index stock_movements_batch_id_idx on public.stock_movements (batch_id);
create index stock_movements_source_idx on public.stock_movements (source_type, source_id);
create index stock_movements_source_line_idx on public.stock_movements (source_line_id) where source_line_id is not null;
create index stock_movements_created_at_idx on public.stock_movements (created_at);
alter table public.stock_movements enable row level security;

-- Ledger posting -------------------------------------------------------------------------------------

-- Before insert: product, warehouse and unit cost always come from the batch.
create function private.prepare_stock_movement()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_batch record;
begin
  select b.product_id, b.warehouse_id, b.unit_cost into v_batch from public.stock_batches b where b.id = new.batch_id;
  if not found then
    raise exception 'batch_not_found' using errcode = 'P0001', hint = 'batch_not_found',
      detail = json_build_object('batch_id', new.batch_id)::text;
  end if;
  new.product_id := v_batch.product_id;
  new.warehouse_id := v_batch.warehouse_id;
  new.unit_cost := v_batch.unit_cost;
  new.created_at := now();
  return new;
end;
$$;
comment on function private.prepare_stock_movement() is 'Trigger: a ledger row takes product, warehouse and unit cost from its batch.';

create function private.raise_insufficient_stock(p_product_id uuid, p_warehouse_id uuid, p_requested numeric, p_available numeric)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_sku text;
  v_name text;
begin
  select p.sku, p.name into v_sku, v_name from public.products p where p.id = p_product_id;
  raise exception 'insufficient_stock' using errcode = 'P0001', hint = 'insufficient_stock',
    detail = json_build_object('product_id', p_product_id, 'sku', v_sku, 'product', v_name,
      'warehouse_id', p_warehouse_id, 'requested', p_requested, 'available', greatest(p_available, 0))::text;
end;
$$;
comment on function private.raise_insufficient_stock(uuid, uuid, numeric, numeric) is
  'Raises insufficient_stock with detail {product_id, sku, product, warehouse_id, requested, available}.';

-- Returns the stock_levels row locked FOR UPDATE, creating it at zero first when missing.
create function private.lock_stock_level(p_product_id uuid, p_warehouse_id uuid)
returns public.stock_levels
language plpgsql
set search_path = ''
as $$
declare
  v_level public.stock_levels;
begin
  select * into v_level from public.stock_levels l
  where l.product_id = p_product_id and l.warehouse_id = p_warehouse_id
  for update;
  if found then
    return v_level;
  end if;
  if not exists (select 1 from public.products p where p.id = p_product_id) then
    raise exception 'product_not_found' using errcode = 'P0001', hint = 'product_not_found',
      detail = json_build_object('product_id', p_product_id)::text;
  end if;
  if not exists (select 1 from public.warehouses w where w.id = p_warehouse_id) then
    raise exception 'warehouse_not_found' using errcode = 'P0001', hint = 'warehouse_not_found',
      detail = json_build_object('warehouse_id', p_warehouse_id)::text;
  end if;
  insert into public.stock_levels (product_id, warehouse_id) values (p_product_id, p_warehouse_id)
  on conflict do nothing;
  select * into v_level from public.stock_levels l
  where l.product_id = p_product_id and l.warehouse_id = p_warehouse_id
  for update;
  return v_level;
end;
$$;
comment on function private.lock_stock_level(uuid, uuid) is
  'Creates the (product, warehouse) stock_levels row at zero if missing and returns it locked FOR UPDATE. Raises product_not_found / warehouse_not_found.';

-- After insert: the only writer of balances. Locks the level row, then the batch row.
create function private.post_stock_movement()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_level public.stock_levels;
  v_batch_qty numeric;
begin
  v_level := private.lock_stock_level(new.product_id, new.warehouse_id);
  if new.qty < 0 and v_level.on_hand + new.qty < v_level.reserved then
    perform private.raise_insufficient_stock(new.product_id, new.warehouse_id, -new.qty, v_level.on_hand - v_level.reserved);
  end if;
  perform set_config('stock.posting', 'on', true);
  update public.stock_batches b set qty_on_hand = b.qty_on_hand + new.qty
  where b.id = new.batch_id
  returning b.qty_on_hand into v_batch_qty;
  if v_batch_qty < 0 then
    perform private.raise_insufficient_stock(new.product_id, new.warehouse_id, -new.qty, v_batch_qty - new.qty);
  end if;
  update public.stock_levels l set on_hand = l.on_hand + new.qty, updated_at = now()
  where l.product_id = new.product_id and l.warehouse_id = new.warehouse_id;
  perform set_config('stock.posting', '', true);
  return null;
end;
$$;
comment on function private.post_stock_movement() is
  'Trigger: applies a new ledger row to its batch and to stock_levels.on_hand (the only way balances change).';

create trigger prepare_stock_movement
  before insert on public.stock_movements
  for each row execute function private.prepare_stock_movement();
create trigger post_stock_movement
  after insert on public.stock_movements
  for each row execute function private.post_stock_movement();

create function private.refuse_ledger_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'stock_ledger_immutable' using errcode = 'P0001', hint = 'stock_ledger_immutable';
end;
$$;
comment on function private.refuse_ledger_change() is 'Trigger: ledger rows are never updated or deleted; corrections are new rows.';

create trigger refuse_ledger_change
  before update or delete on public.stock_movements
  for each row execute function private.refuse_ledger_change();
create trigger refuse_ledger_truncate
  before truncate on public.stock_movements
  for each statement execute function private.refuse_ledger_change();

-- Balances change only while a ledger row is being posted (flag set by post_stock_movement).
create function private.guard_stock_balance()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_posting boolean := coalesce(current_setting('stock.posting', true), '') = 'on';
begin
  if tg_table_name = 'stock_levels' then
    if tg_op = 'INSERT' and (new.on_hand <> 0 or new.reserved <> 0) then
      raise exception 'stock_balance_readonly' using errcode = 'P0001', hint = 'stock_balance_readonly';
    elsif tg_op = 'UPDATE' and (new.product_id <> old.product_id or new.warehouse_id <> old.warehouse_id
                                or (new.on_hand <> old.on_hand and not v_posting)) then
      raise exception 'stock_balance_readonly' using errcode = 'P0001', hint = 'stock_balance_readonly';
    elsif tg_op = 'DELETE' and (old.on_hand <> 0 or old.reserved <> 0) then
      raise exception 'stock_balance_readonly' using errcode = 'P0001', hint = 'stock_balance_readonly';
    end if;
  else
    if tg_op = 'INSERT' and new.qty_on_hand <> 0 then
      raise exception 'stock_balance_readonly' using errcode = 'P0001', hint = 'stock_balance_readonly';
    elsif tg_op = 'UPDATE' and (new.product_id <> old.product_id or new.warehouse_id <> old.warehouse_id
                                or new.unit_cost <> old.unit_cost
                                or (new.qty_on_hand <> old.qty_on_hand and not v_posting)) then
      raise exception 'stock_balance_readonly' using errcode = 'P0001', hint = 'stock_balance_readonly';
    elsif tg_op = 'DELETE' and old.qty_on_hand <> 0 then
      raise exception 'stock_balance_readonly' using errcode = 'P0001', hint = 'stock_balance_readonly';
    end if;
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end;
$$;
comment on function private.guard_stock_balance() is
  'Trigger: refuses writing on_hand / qty_on_hand except while posting a ledger row, and changing a batch''s identity or cost (stock_balance_readonly).';

create trigger guard_stock_balance
  before insert or update or delete on public.stock_levels
  for each row execute function private.guard_stock_balance();
create trigger guard_stock_balance
  before insert or update or delete on public.stock_batches
  for each row execute function private.guard_stock_balance();

-- Primitives --------------------------------------------------------------------------------------
-- Internal (private, no grants, not security definer): called from security-definer RPCs, which run
-- as their owner. They do not check roles: the calling RPC does.

create function private.lock_stock_levels(p_product_ids uuid[], p_warehouse_ids uuid[])
returns void
language plpgsql
set search_path = ''
as $$
begin
  if coalesce(cardinality(p_product_ids), 0) <> coalesce(cardinality(p_warehouse_ids), 0) then
    raise exception 'invalid_input' using errcode = 'P0001', hint = 'invalid_input';
  end if;
  if exists (select 1 from unnest(p_product_ids) as x (p) where not exists (select 1 from public.products p where p.id = x.p)) then
    raise exception 'product_not_found' using errcode = 'P0001', hint = 'product_not_found';
  end if;
  if exists (select 1 from unnest(p_warehouse_ids) as x (w) where not exists (select 1 from public.warehouses w where w.id = x.w)) then
    raise exception 'warehouse_not_found' using errcode = 'P0001', hint = 'warehouse_not_found';
  end if;
  insert into public.stock_levels (product_id, warehouse_id)
  select distinct x.p, x.w from unnest(p_product_ids, p_warehouse_ids) as x (p, w)
  order by 1, 2
  on conflict do nothing;
  perform 1 from public.stock_levels l
  where (l.product_id, l.warehouse_id) in (select x.p, x.w from unnest(p_product_ids, p_warehouse_ids) as x (p, w))
  order by l.product_id, l.warehouse_id
  for update;
end;
$$;
comment on function private.lock_stock_levels(uuid[], uuid[]) is
  'Creates missing stock_levels rows for the (product, warehouse) pairs and locks them all in (product_id, warehouse_id) order. Call once before reserving or issuing several lines.';

-- Stock that may still be sold: batches with no expiry date or expiring today or later.
-- PL/pgSQL rather than SQL: it runs while a stock row is locked, and a SQL function with SET search_path is
-- planned again on every call, a PL/pgSQL one once per session.
create function private.unexpired_on_hand(p_product_id uuid, p_warehouse_id uuid)
returns numeric
language plpgsql
stable
set search_path = ''
as $$
begin
  return (
    select coalesce(sum(b.qty_on_hand), 0)
    from public.stock_batches b
    where b.product_id = p_product_id and b.warehouse_id = p_warehouse_id and b.qty_on_hand > 0
      and (b.expiry_date is null or b.expiry_date >= private.business_date()));
end;
$$;
comment on function private.unexpired_on_hand(uuid, uuid) is 'Sum of unexpired batch stock of a product in a warehouse.';

create function private.reserve_stock(p_product_id uuid, p_warehouse_id uuid, p_qty numeric)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_level public.stock_levels;
  v_available numeric;
begin
  perform private.check_decimal(p_qty, 3, 'invalid_quantity', 'qty');
  v_level := private.lock_stock_level(p_product_id, p_warehouse_id);
  -- Expired stock is still on hand but can never be shipped, so it cannot back a reservation.
  v_available := least(v_level.on_hand, private.unexpired_on_hand(p_product_id, p_warehouse_id)) - v_level.reserved;
  if v_available < p_qty then
    perform private.raise_insufficient_stock(p_product_id, p_warehouse_id, p_qty, v_available);
  end if;
  update public.stock_levels l set reserved = l.reserved + p_qty, updated_at = now()
  where l.product_id = p_product_id and l.warehouse_id = p_warehouse_id;
end;
$$;
comment on function private.reserve_stock(uuid, uuid, numeric) is
  'Primitive: reserves qty of a product in a warehouse (locks the stock_levels row). Raises insufficient_stock {product_id, sku, product, warehouse_id, requested, available} when unexpired available stock is short, invalid_quantity, product_not_found, warehouse_not_found.';

-- Several products at once (an order's lines): the rows are locked in one statement, in product order, then
-- checked and updated in one statement each, so hot rows are held for as few statements as possible.
create function private.reserve_stock_lines(p_warehouse_id uuid, p_product_ids uuid[], p_qtys numeric[])
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_short record;
begin
  perform private.check_decimal(q, 3, 'invalid_quantity', 'qty') from unnest(p_qtys) as q;
  perform private.lock_stock_levels(p_product_ids, array_fill(p_warehouse_id, array[cardinality(p_product_ids)]));
  -- Expired stock is still on hand but can never be shipped, so it cannot back a reservation.
  select w.product_id, w.qty, a.available into v_short
    from unnest(p_product_ids, p_qtys) as w (product_id, qty)
    join public.stock_levels l on l.product_id = w.product_id and l.warehouse_id = p_warehouse_id
    cross join lateral (
      select least(l.on_hand, private.unexpired_on_hand(w.product_id, p_warehouse_id)) - l.reserved as available) a
   where a.available < w.qty
   order by w.product_id
   limit 1;
  if found then
    perform private.raise_insufficient_stock(v_short.product_id, p_warehouse_id, v_short.qty, v_short.available);
  end if;
  update public.stock_levels l set reserved = l.reserved + w.qty, updated_at = now()
    from unnest(p_product_ids, p_qtys) as w (product_id, qty)
   where l.product_id = w.product_id and l.warehouse_id = p_warehouse_id;
end;
$$;
comment on function private.reserve_stock_lines(uuid, uuid[], numeric[]) is
  'Primitive: reserves qty of each product (distinct ids) in a warehouse; all or nothing. Raises insufficient_stock for the first short product in product order, invalid_quantity, product_not_found, warehouse_not_found.';

create function private.release_reservation(p_product_id uuid, p_warehouse_id uuid, p_qty numeric)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_level public.stock_levels;
begin
  perform private.check_decimal(p_qty, 3, 'invalid_quantity', 'qty');
  v_level := private.lock_stock_level(p_product_id, p_warehouse_id);
  if v_level.reserved < p_qty then
    raise exception 'insufficient_reservation' using errcode = 'P0001', hint = 'insufficient_reservation',
      detail = json_build_object('product_id', p_product_id, 'warehouse_id', p_warehouse_id,
        'requested', p_qty, 'reserved', v_level.reserved)::text;
  end if;
  update public.stock_levels l set reserved = l.reserved - p_qty, updated_at = now()
  where l.product_id = p_product_id and l.warehouse_id = p_warehouse_id;
end;
$$;
comment on function private.release_reservation(uuid, uuid, numeric) is
  'Primitive: releases qty of a reservation. Raises insufficient_reservation if less is reserved, invalid_quantity.';

-- Takes qty out of a product's batches in a warehouse, earliest expiry first (no expiry last), then
-- oldest receipt; one ledger row per batch touched.
create function private.issue_stock(
  p_product_id uuid, p_warehouse_id uuid, p_qty numeric, p_movement_type text,
  p_source_type text, p_source_id uuid, p_source_line_id uuid,
  p_release_reserved boolean, p_include_expired boolean
)
returns table (batch_id uuid, qty numeric, unit_cost numeric)
language plpgsql
set search_path = ''
as $$
declare
  v_level public.stock_levels;
  v_usable numeric;
  v_reserved_after numeric;
  v_remaining numeric := p_qty;
  v_take numeric;
  v_batch record;
begin
  perform private.check_decimal(p_qty, 3, 'invalid_quantity', 'qty');
  if p_movement_type is null or p_movement_type not in ('shipment', 'transfer_out', 'scrap', 'write_off', 'adjustment') then
    raise exception 'invalid_movement_type' using errcode = 'P0001', hint = 'invalid_movement_type',
      detail = coalesce(p_movement_type, 'null');
  end if;
  v_level := private.lock_stock_level(p_product_id, p_warehouse_id);
  v_reserved_after := v_level.reserved;
  if coalesce(p_release_reserved, false) then
    if v_level.reserved < p_qty then
      raise exception 'insufficient_reservation' using errcode = 'P0001', hint = 'insufficient_reservation',
        detail = json_build_object('product_id', p_product_id, 'warehouse_id', p_warehouse_id,
          'requested', p_qty, 'reserved', v_level.reserved)::text;
    end if;
    v_reserved_after := v_level.reserved - p_qty;
  end if;
  v_usable := case when p_include_expired then v_level.on_hand
                   else least(v_level.on_hand, private.unexpired_on_hand(p_product_id, p_warehouse_id)) end;
  if v_usable - v_reserved_after < p_qty then
    perform private.raise_insufficient_stock(p_product_id, p_warehouse_id, p_qty, v_usable - v_reserved_after);
  end if;
  if v_reserved_after <> v_level.reserved then
    update public.stock_levels l set reserved = v_reserved_after, updated_at = now()
    where l.product_id = p_product_id and l.warehouse_id = p_warehouse_id;
  end if;

  for v_batch in
    select b.id, b.qty_on_hand, b.unit_cost
    from public.stock_batches b
    where b.product_id = p_product_id and b.warehouse_id = p_warehouse_id and b.qty_on_hand > 0
      and (p_include_expired or b.expiry_date is null or b.expiry_date >= private.business_date())
    order by b.expiry_date asc nulls last, b.received_at asc, b.id asc
    for update
  loop
    v_take := least(v_remaining, v_batch.qty_on_hand);
    insert into public.stock_movements (movement_type, batch_id, qty, source_type, source_id, source_line_id)
    values (p_movement_type, v_batch.id, -v_take, p_source_type, p_source_id, p_source_line_id);
    batch_id := v_batch.id;
    qty := v_take;
    unit_cost := v_batch.unit_cost;
    return next;
    v_remaining := v_remaining - v_take;
    exit when v_remaining <= 0;
  end loop;
  if v_remaining > 0 then
    -- Only reachable if balances were inconsistent; the checks above normally answer first.
    perform private.raise_insufficient_stock(p_product_id, p_warehouse_id, p_qty, p_qty - v_remaining);
  end if;
end;
$$;
comment on function private.issue_stock(uuid, uuid, numeric, text, text, uuid, uuid, boolean, boolean) is
  'Internal: issue_stock_fefo with a switch to include expired batches (stocktake losses).';

create function private.issue_stock_fefo(
  p_product_id uuid, p_warehouse_id uuid, p_qty numeric, p_movement_type text,
  p_source_type text, p_source_id uuid, p_source_line_id uuid, p_release_reserved boolean
)
returns table (batch_id uuid, qty numeric, unit_cost numeric)
language sql
set search_path = ''
as $$
  select * from private.issue_stock(p_product_id, p_warehouse_id, p_qty, p_movement_type,
    p_source_type, p_source_id, p_source_line_id, p_release_reserved, false)
$$;
comment on function private.issue_stock_fefo(uuid, uuid, numeric, text, text, uuid, uuid, boolean) is
  'Primitive: issues qty from unexpired batches, earliest expiry first then oldest receipt, one ledger row (negative qty, p_movement_type in shipment|transfer_out|scrap|write_off|adjustment) per batch; releases that much reservation first when p_release_reserved. Returns (batch_id, qty issued, unit_cost) per batch; COGS = sum(qty*unit_cost). Raises insufficient_stock, insufficient_reservation, invalid_quantity, invalid_movement_type.';

-- Finds the batch (product, warehouse, lot, cost) or creates it at zero. A lot number has one expiry.
create function private.find_or_create_batch(
  p_product_id uuid, p_warehouse_id uuid, p_batch_no text, p_expiry_date date, p_unit_cost numeric,
  p_received_at timestamptz default now()
)
returns uuid
language plpgsql
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if exists (select 1 from public.stock_batches b
             where b.product_id = p_product_id and b.batch_no = p_batch_no
               and b.expiry_date is distinct from p_expiry_date) then
    raise exception 'batch_expiry_mismatch' using errcode = 'P0001', hint = 'batch_expiry_mismatch',
      detail = json_build_object('product_id', p_product_id, 'batch_no', p_batch_no, 'expiry_date', p_expiry_date)::text;
  end if;
  select b.id into v_id from public.stock_batches b
  where b.product_id = p_product_id and b.warehouse_id = p_warehouse_id and b.batch_no = p_batch_no
    and b.unit_cost = p_unit_cost;
  if v_id is null then
    insert into public.stock_batches (product_id, warehouse_id, batch_no, expiry_date, unit_cost, received_at)
    values (p_product_id, p_warehouse_id, p_batch_no, p_expiry_date, p_unit_cost, coalesce(p_received_at, now()))
    on conflict (product_id, warehouse_id, batch_no, unit_cost) do nothing
    returning id into v_id;
    if v_id is null then
      select b.id into v_id from public.stock_batches b
      where b.product_id = p_product_id and b.warehouse_id = p_warehouse_id and b.batch_no = p_batch_no
        and b.unit_cost = p_unit_cost;
    end if;
  end if;
  return v_id;
end;
$$;
comment on function private.find_or_create_batch(uuid, uuid, text, date, numeric, timestamptz) is
  'Internal: the batch with this product, warehouse, lot number and unit cost, created at zero if missing. Raises batch_expiry_mismatch if the lot exists with another expiry.';

create function private.receive_into_batch(
  p_batch_id uuid, p_qty numeric, p_movement_type text,
  p_source_type text, p_source_id uuid, p_source_line_id uuid
)
returns bigint
language plpgsql
set search_path = ''
as $$
declare
  v_batch record;
  v_id bigint;
begin
  perform private.check_decimal(p_qty, 3, 'invalid_quantity', 'qty');
  if p_movement_type is null or p_movement_type not in ('receipt', 'transfer_in', 'return_in', 'adjustment') then
    raise exception 'invalid_movement_type' using errcode = 'P0001', hint = 'invalid_movement_type',
      detail = coalesce(p_movement_type, 'null');
  end if;
  select b.product_id, b.warehouse_id into v_batch from public.stock_batches b where b.id = p_batch_id;
  if not found then
    raise exception 'batch_not_found' using errcode = 'P0001', hint = 'batch_not_found',
      detail = json_build_object('batch_id', p_batch_id)::text;
  end if;
  perform private.lock_stock_level(v_batch.product_id, v_batch.warehouse_id);
  insert into public.stock_movements (movement_type, batch_id, qty, source_type, source_id, source_line_id)
  values (p_movement_type, p_batch_id, p_qty, p_source_type, p_source_id, p_source_line_id)
  returning id into v_id;
  return v_id;
end;
$$;
comment on function private.receive_into_batch(uuid, numeric, text, text, uuid, uuid) is
  'Primitive: puts qty back into an existing batch at its unit cost (p_movement_type in receipt|transfer_in|return_in|adjustment), e.g. a return restocked to its original batch. Returns the ledger row id. Raises batch_not_found, invalid_quantity, invalid_movement_type.';

-- Cost RPCs (admin, finance) ---------------------------------------------------------------------

create function public.batch_costs(p_product_id uuid default null, p_warehouse_id uuid default null, p_include_empty boolean default false)
returns table (
  batch_id uuid, product_id uuid, warehouse_id uuid, batch_no text, expiry_date date,
  qty_on_hand numeric, unit_cost numeric, stock_value numeric, received_at timestamptz
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.assert_role('admin', 'finance');
  return query
  select b.id, b.product_id, b.warehouse_id, b.batch_no, b.expiry_date, b.qty_on_hand, b.unit_cost,
         round(b.qty_on_hand * b.unit_cost, 2), b.received_at
  from public.stock_batches b
  where (p_product_id is null or b.product_id = p_product_id)
    and (p_warehouse_id is null or b.warehouse_id = p_warehouse_id)
    and (p_include_empty or b.qty_on_hand > 0)
  order by b.product_id, b.warehouse_id, b.expiry_date nulls last, b.received_at;
end;
$$;
comment on function public.batch_costs(uuid, uuid, boolean) is
  'RPC (admin, finance): batches with unit cost and stock value (qty x cost, 2 decimals), optionally for one product / warehouse. Errors: not_authorized.';

create function public.stock_movement_costs(
  p_from timestamptz, p_to timestamptz, p_product_id uuid default null, p_warehouse_id uuid default null
)
returns table (
  movement_id bigint, movement_type text, product_id uuid, warehouse_id uuid, batch_id uuid,
  qty numeric, unit_cost numeric, value numeric, source_type text, source_id uuid, source_line_id uuid,
  created_by uuid, created_at timestamptz
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.assert_role('admin', 'finance');
  if p_from is null or p_to is null or p_to < p_from then
    raise exception 'invalid_period' using errcode = 'P0001', hint = 'invalid_period';
  end if;
  return query
  select m.id, m.movement_type, m.product_id, m.warehouse_id, m.batch_id, m.qty, m.unit_cost,
         round(m.qty * m.unit_cost, 2), m.source_type, m.source_id, m.source_line_id, m.created_by, m.created_at
  from public.stock_movements m
  where m.created_at >= p_from and m.created_at < p_to
    and (p_product_id is null or m.product_id = p_product_id)
    and (p_warehouse_id is null or m.warehouse_id = p_warehouse_id)
  order by m.id;
end;
$$;
comment on function public.stock_movement_costs(timestamptz, timestamptz, uuid, uuid) is
  'RPC (admin, finance): ledger rows in [p_from, p_to) with unit cost and value (qty x cost, 2 decimals). Errors: not_authorized, invalid_period.';

revoke execute on function public.batch_costs(uuid, uuid, boolean) from public, anon;
revoke execute on function public.stock_movement_costs(timestamptz, timestamptz, uuid, uuid) from public, anon;
grant execute on function public.batch_costs(uuid, uuid, boolean) to authenticated;
grant execute on function public.stock_movement_costs(timestamptz, timestamptz, uuid, uuid) to authenticated;

-- Views (no costs) -------------------------------------------------------------------------------

create view public.stock_batch_list with (security_invoker = true) as
select b.id, b.product_id, p.sku, p.name as product_name, p.unit, b.warehouse_id, w.name as warehouse_name,
       b.batch_no, b.expiry_date, b.qty_on_hand, b.received_at,
       case
         when b.expiry_date is null then 'none'
         when b.expiry_date < private.business_date() then 'expired'
         when b.expiry_date <= private.business_date() + p.expiry_alert_days then 'expiring'
         else 'ok'
       end as expiry_status,
       b.expiry_date - private.business_date() as days_to_expiry
from public.stock_batches b
join public.products p on p.id = b.product_id
join public.warehouses w on w.id = b.warehouse_id;
comment on view public.stock_batch_list is 'Batches with product and warehouse names and expiry status (none|ok|expiring|expired), without costs.';

create view public.stock_movement_list with (security_invoker = true) as
select m.id, m.movement_type, m.product_id, p.sku, p.name as product_name, m.warehouse_id, w.name as warehouse_name,
       m.batch_id, b.batch_no, m.qty, m.source_type, m.source_id, m.source_line_id, m.created_by, m.created_at
from public.stock_movements m
join public.products p on p.id = m.product_id
join public.warehouses w on w.id = m.warehouse_id
join public.stock_batches b on b.id = m.batch_id;
comment on view public.stock_movement_list is 'The stock ledger with product, warehouse and batch names, without costs.';

-- Grants and policies ----------------------------------------------------------------------------

revoke all on public.warehouses, public.stock_batches, public.stock_levels, public.stock_movements,
  public.stock_batch_list, public.stock_movement_list from anon, authenticated, service_role;

grant select, delete on public.warehouses to authenticated, service_role;
grant insert (id, code, name, address, active), update (code, name, address, active)
  on public.warehouses to authenticated, service_role;
-- Balances, batches and the ledger are read-only for every API role; costs are not even readable.
grant select (id, product_id, warehouse_id, batch_no, expiry_date, qty_on_hand, received_at, created_at)
  on public.stock_batches to authenticated, service_role;
grant select on public.stock_levels to authenticated, service_role;
grant select (id, movement_type, product_id, warehouse_id, batch_id, qty, source_type, source_id, source_line_id,
              created_by, created_at)
  on public.stock_movements to authenticated, service_role;
grant select on public.stock_batch_list, public.stock_movement_list to authenticated, service_role;

create policy "Staff can read warehouses" on public.warehouses for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Admins can add warehouses" on public.warehouses for insert to authenticated
  with check ((select private.has_role('admin')));
create policy "Admins can update warehouses" on public.warehouses for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy "Admins can delete warehouses" on public.warehouses for delete to authenticated
  using ((select private.has_role('admin')));

create policy "Staff can read stock levels" on public.stock_levels for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Staff can read stock batches" on public.stock_batches for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Admins, warehouse and finance can read the stock ledger" on public.stock_movements for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));

revoke execute on all functions in schema private from public, anon;
-- The views compute expiry status as the invoker.
grant execute on function private.business_date() to authenticated, service_role;
