-- Catalogue: categories (a tree), brands and products. Master data, written by admins through plain
-- table CRUD under RLS and read by every staff role. The one exception is a product's safety stock,
-- which warehouse keepers may also set through public.set_product_safety_stock().
--
-- Direct table writes: over-long text answers text_too_long {field, max, length}; other bad input
-- answers through named constraints, whose name is the stable code (products_list_price_check,
-- products_sku_key, products_status_check, ...); deleting something in use answers *_in_use.

create table public.categories (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references public.categories (id) on delete restrict,
  name text not null constraint categories_name_length check (char_length(btrim(name)) between 1 and 50),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint categories_not_own_parent check (parent_id is distinct from id),
  constraint categories_name_key unique nulls not distinct (parent_id, name)
);
comment on table public.categories is 'Product categories as a tree (parent_id; null = top level). Names are unique among siblings; cycles are refused.';
create index categories_parent_id_idx on public.categories (parent_id);
alter table public.categories enable row level security;

create table public.brands (
  id uuid primary key default gen_random_uuid(),
  name text not null constraint brands_name_length check (char_length(btrim(name)) between 1 and 50),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint brands_name_key unique (name)
);
comment on table public.brands is 'Product brands.';
alter table public.brands enable row level security;

create table public.products (
  id uuid primary key default gen_random_uuid(),
  sku text not null constraint products_sku_format check (char_length(sku) between 1 and 64 and sku !~ '\s'),
  barcode text constraint products_barcode_format check (char_length(barcode) between 1 and 64 and barcode !~ '\s'),
  name text not null constraint products_name_length check (char_length(btrim(name)) between 1 and 200),
  spec text not null default '' constraint products_spec_length check (char_length(spec) <= 200),
  unit text not null default '件' constraint products_unit_length check (char_length(btrim(unit)) between 1 and 20),
  category_id uuid references public.categories (id) on delete restrict,
  brand_id uuid references public.brands (id) on delete restrict,
  -- numeric(14,2) semantics, but unconstrained numeric so that 9.999 is refused instead of being
  -- silently rounded to 10.00 by the column type before any check could see it.
  list_price numeric not null default 0
    constraint products_list_price_check check (list_price >= 0 and list_price = round(list_price, 2) and list_price < 1000000000000),
  status text not null default 'draft' constraint products_status_check check (status in ('draft', 'on_sale', 'off_sale')),
  -- Quantities are numeric(14,3) across stock (units such as kg, m or L need fractions); written
  -- directly here, so unconstrained numeric + check for the same reason as list_price.
  safety_stock numeric not null default 0
    constraint products_safety_stock_check check (safety_stock >= 0 and safety_stock = round(safety_stock, 3) and safety_stock < 100000000000),
  shelf_life_days integer constraint products_shelf_life_days_check check (shelf_life_days between 1 and 36500),
  expiry_alert_days integer not null default 30 constraint products_expiry_alert_days_check check (expiry_alert_days between 0 and 3650),
  track_batches boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint products_sku_key unique (sku)
);
comment on table public.products is
  'Sellable items. list_price has at most 2 decimals; only on_sale products can be ordered; track_batches products need a batch number and an expiry date at stock-in.';
comment on column public.products.safety_stock is 'Low-stock alert threshold per warehouse: an alert opens when available <= safety_stock (if > 0).';
comment on column public.products.shelf_life_days is 'Default expiry at stock-in = production date (or the receipt date) + shelf_life_days.';
comment on column public.products.expiry_alert_days is 'A batch is "expiring" this many days before its expiry date.';
create unique index products_barcode_key on public.products (barcode) where barcode is not null;
create index products_category_id_idx on public.products (category_id);
create index products_brand_id_idx on public.products (brand_id);
create index products_status_idx on public.products (status);
create index products_name_idx on public.products (name);
alter table public.products enable row level security;

-- Trees: a category cannot become its own ancestor. The advisory lock serialises re-parenting so two
-- concurrent moves (A under B, B under A) cannot together form a cycle.
create function private.check_category_tree()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_cursor uuid := new.parent_id;
  v_depth integer := 0;
begin
  if new.parent_id is null then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtext('public.categories tree'));
  while v_cursor is not null loop
    if v_cursor = new.id then
      raise exception 'category_cycle' using errcode = 'P0001', hint = 'category_cycle';
    end if;
    v_depth := v_depth + 1;
    if v_depth > 20 then
      raise exception 'category_too_deep' using errcode = 'P0001', hint = 'category_too_deep';
    end if;
    select c.parent_id into v_cursor from public.categories c where c.id = v_cursor;
  end loop;
  return new;
end;
$$;
comment on function private.check_category_tree() is 'Trigger: refuses category cycles (category_cycle) and trees deeper than 20 levels.';

create trigger check_category_tree
  before insert or update of parent_id on public.categories
  for each row execute function private.check_category_tree();

-- Deleting master data that is still referenced answers with a code (TG_ARGV[0], e.g. product_in_use)
-- instead of a raw foreign-key error. Generic: it looks at every restricting foreign key that points at
-- the table, whichever module added it (order lines, promotions, stock), so it stays right as tables
-- are added. Cascading references (stock_levels at zero, alerts) do not count.
create function private.refuse_delete_in_use()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_fk record;
  v_used boolean;
begin
  for v_fk in
    select c.conrelid::regclass::text as tbl, a.attname as col
    from pg_catalog.pg_constraint c
    join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = tg_relid and cardinality(c.conkey) = 1
      and c.confdeltype in ('r', 'a')
    order by 1, 2
  loop
    execute format('select exists (select 1 from %s where %I = $1)', v_fk.tbl, v_fk.col) into v_used using old.id;
    if v_used then
      raise exception '%', tg_argv[0] using errcode = 'P0001', hint = tg_argv[0],
        detail = json_build_object('id', old.id, 'referenced_by', v_fk.tbl)::text;
    end if;
  end loop;
  return old;
end;
$$;
comment on function private.refuse_delete_in_use() is
  'Trigger: refuses deleting a row that a restricting foreign key still references, raising TG_ARGV[0] (category_in_use, brand_in_use, product_in_use, warehouse_in_use) with {id, referenced_by}.';

create trigger refuse_delete_in_use before delete on public.categories
  for each row execute function private.refuse_delete_in_use('category_in_use');
create trigger refuse_delete_in_use before delete on public.brands
  for each row execute function private.refuse_delete_in_use('brand_in_use');
create trigger refuse_delete_in_use before delete on public.products
  for each row execute function private.refuse_delete_in_use('product_in_use');

create trigger refuse_long_text before insert or update on public.categories
  for each row execute function private.refuse_long_text('name:50');
create trigger refuse_long_text before insert or update on public.brands
  for each row execute function private.refuse_long_text('name:50');
create trigger refuse_long_text before insert or update on public.products
  for each row execute function private.refuse_long_text('sku:64', 'barcode:64', 'name:200', 'spec:200', 'unit:20');

create trigger touch_updated_at before update on public.categories
  for each row execute function private.touch_updated_at();
create trigger touch_updated_at before update on public.brands
  for each row execute function private.touch_updated_at();
create trigger touch_updated_at before update on public.products
  for each row execute function private.touch_updated_at();

create trigger audit_row after insert or update or delete on public.categories
  for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.brands
  for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.products
  for each row execute function private.audit_row();

-- Grants: the API may read everything and write the business columns; RLS decides who.
revoke all on public.categories, public.brands, public.products from anon, authenticated, service_role;
grant select, delete on public.categories, public.brands, public.products to authenticated, service_role;
grant insert (id, parent_id, name, sort_order), update (parent_id, name, sort_order)
  on public.categories to authenticated, service_role;
grant insert (id, name), update (name) on public.brands to authenticated, service_role;
grant insert (id, sku, barcode, name, spec, unit, category_id, brand_id, list_price, status, safety_stock,
              shelf_life_days, expiry_alert_days, track_batches),
      update (sku, barcode, name, spec, unit, category_id, brand_id, list_price, status, safety_stock,
              shelf_life_days, expiry_alert_days, track_batches)
  on public.products to authenticated, service_role;

create policy "Staff can read categories" on public.categories for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Admins can add categories" on public.categories for insert to authenticated
  with check ((select private.has_role('admin')));
create policy "Admins can update categories" on public.categories for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy "Admins can delete categories" on public.categories for delete to authenticated
  using ((select private.has_role('admin')));

create policy "Staff can read brands" on public.brands for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Admins can add brands" on public.brands for insert to authenticated
  with check ((select private.has_role('admin')));
create policy "Admins can update brands" on public.brands for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy "Admins can delete brands" on public.brands for delete to authenticated
  using ((select private.has_role('admin')));

create policy "Staff can read products" on public.products for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Admins can add products" on public.products for insert to authenticated
  with check ((select private.has_role('admin')));
create policy "Admins can update products" on public.products for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy "Admins can delete products" on public.products for delete to authenticated
  using ((select private.has_role('admin')));

-- Warehouse keepers own replenishment levels but not prices or names: they set safety stock here.
create function public.set_product_safety_stock(p_product_id uuid, p_safety_stock numeric)
returns public.products
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_product public.products;
begin
  perform private.assert_role('admin', 'warehouse');
  perform private.check_decimal(p_safety_stock, 3, 'invalid_quantity', 'safety_stock', false);
  update public.products p set safety_stock = p_safety_stock where p.id = p_product_id
  returning * into v_product;
  if not found then
    raise exception 'product_not_found' using errcode = 'P0001', hint = 'product_not_found';
  end if;
  return v_product;
end;
$$;
comment on function public.set_product_safety_stock(uuid, numeric) is
  'RPC (admin, warehouse): sets a product''s safety stock (>= 0, at most 3 decimals). Errors: not_authorized, invalid_quantity, product_not_found.';
revoke execute on function public.set_product_safety_stock(uuid, numeric) from public, anon;
grant execute on function public.set_product_safety_stock(uuid, numeric) to authenticated;

revoke execute on all functions in schema private from public, anon;
