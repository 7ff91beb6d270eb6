-- Promotions (percent off, amount off, threshold 满减; for all products, a category tree or one
-- product; in a time window) and coupons (a code, percent or amount off, minimum spend, window, total
-- and per-customer limits) with their redemptions. Admins write; sales and finance read.
-- Pricing itself is one function (price_cart, next migration).

create table public.promotions (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  kind text not null check (kind in ('percent_off', 'amount_off', 'threshold')),
  scope text not null default 'all' check (scope in ('all', 'category', 'product')),
  category_id uuid references public.categories (id) on delete restrict,
  product_id uuid references public.products (id) on delete restrict,
  -- Money and percentages are numeric(14,2) in meaning but unconstrained numeric in type, as in the
  -- catalogue: a third decimal is refused by the CHECK instead of being rounded away by the type.
  -- percent_off: % off the line subtotal (0 < p < 100).
  percent_off numeric constraint promotions_percent_off_check
    check (percent_off > 0 and percent_off < 100 and percent_off = round(percent_off, 2)),
  -- amount_off: per unit for kind amount_off (直降); once per line for kind threshold (满 threshold 减 amount).
  amount_off numeric constraint promotions_amount_off_check
    check (amount_off > 0 and amount_off = round(amount_off, 2) and amount_off < 1000000000000),
  threshold_amount numeric constraint promotions_threshold_amount_check
    check (threshold_amount > 0 and threshold_amount = round(threshold_amount, 2) and threshold_amount < 1000000000000),
  starts_at timestamptz not null default now(),
  ends_at timestamptz,
  active boolean not null default true,
  note text check (char_length(note) <= 500),
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint promotions_window check (ends_at is null or ends_at > starts_at),
  constraint promotions_kind_fields check (
    (kind = 'percent_off' and percent_off is not null and amount_off is null and threshold_amount is null)
    or (kind = 'amount_off' and amount_off is not null and percent_off is null and threshold_amount is null)
    or (kind = 'threshold' and amount_off is not null and threshold_amount is not null and percent_off is null
        and amount_off <= threshold_amount)),
  constraint promotions_scope_fields check (
    (scope = 'all' and category_id is null and product_id is null)
    or (scope = 'category' and category_id is not null and product_id is null)
    or (scope = 'product' and product_id is not null and category_id is null))
);
comment on table public.promotions is
  '促销: percent_off, amount_off (per unit) or threshold 满减 (line subtotal ≥ threshold → amount off), scoped to all products, a category (and its sub-categories) or a product, active in [starts_at, ends_at). The best single promotion applies per order line. Admins write; sales and finance read.';
create index promotions_category_id_idx on public.promotions (category_id);
create index promotions_product_id_idx on public.promotions (product_id);
create index promotions_created_by_idx on public.promotions (created_by);
create index promotions_window_idx on public.promotions (starts_at, ends_at) where active;
alter table public.promotions enable row level security;

create trigger refuse_long_text
  before insert or update on public.promotions
  for each row execute function private.refuse_long_text('name:100', 'note:500');
create trigger touch_updated_at
  before update on public.promotions
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.promotions
  for each row execute function private.audit_row();

-- Friendly codes for the admin form, ahead of the CHECK constraints that back them up.
create function private.validate_promotion()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.ends_at is not null and new.ends_at <= new.starts_at then
    perform private.sales_error('invalid_promotion', jsonb_build_object('field', 'ends_at'));
  end if;
  if new.kind = 'percent_off' and (new.percent_off is null or new.percent_off <= 0 or new.percent_off >= 100
      or new.amount_off is not null or new.threshold_amount is not null) then
    perform private.sales_error('invalid_promotion', jsonb_build_object('field', 'percent_off'));
  end if;
  if new.kind = 'amount_off' and (new.amount_off is null or new.amount_off <= 0
      or new.percent_off is not null or new.threshold_amount is not null) then
    perform private.sales_error('invalid_promotion', jsonb_build_object('field', 'amount_off'));
  end if;
  if new.kind = 'threshold' and (new.threshold_amount is null or new.amount_off is null or new.amount_off <= 0
      or new.amount_off > new.threshold_amount or new.percent_off is not null) then
    perform private.sales_error('invalid_promotion', jsonb_build_object('field', 'threshold_amount'));
  end if;
  if new.percent_off <> round(new.percent_off, 2) or new.amount_off <> round(new.amount_off, 2)
     or new.threshold_amount <> round(new.threshold_amount, 2) then
    perform private.sales_error('invalid_price', jsonb_build_object('field', 'amount_off'));
  end if;
  if (new.scope = 'category') <> (new.category_id is not null) or (new.scope = 'product') <> (new.product_id is not null) then
    perform private.sales_error('invalid_promotion', jsonb_build_object('field', 'scope'));
  end if;
  return new;
end;
$$;
comment on function private.validate_promotion() is 'Trigger: refuses inconsistent promotions with invalid_promotion {field}.';
create trigger validate_promotion
  before insert or update on public.promotions
  for each row execute function private.validate_promotion();

create table public.coupons (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z0-9_-]{3,32}$'),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  kind text not null check (kind in ('percent', 'amount')),
  percent_off numeric constraint coupons_percent_off_check
    check (percent_off > 0 and percent_off < 100 and percent_off = round(percent_off, 2)),
  amount_off numeric constraint coupons_amount_off_check
    check (amount_off > 0 and amount_off = round(amount_off, 2) and amount_off < 1000000000000),
  min_spend numeric not null default 0 constraint coupons_min_spend_check
    check (min_spend >= 0 and min_spend = round(min_spend, 2) and min_spend < 1000000000000),
  starts_at timestamptz not null default now(),
  ends_at timestamptz,
  total_limit integer check (total_limit > 0),
  per_customer_limit integer check (per_customer_limit > 0),
  active boolean not null default true,
  note text check (char_length(note) <= 500),
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint coupons_window check (ends_at is null or ends_at > starts_at),
  constraint coupons_kind_fields check (
    (kind = 'percent' and percent_off is not null and amount_off is null)
    or (kind = 'amount' and amount_off is not null and percent_off is null))
);
comment on table public.coupons is
  '优惠券: one code per coupon (stored upper-case), percent or amount off the order after promotions, with a minimum spend (after promotions), a window, and optional total and per-customer limits. At most one per order. Admins write; sales and finance read.';
create index coupons_created_by_idx on public.coupons (created_by);
alter table public.coupons enable row level security;

create function private.validate_coupon()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.code := upper(btrim(new.code));
  if new.code !~ '^[A-Z0-9_-]{3,32}$' then
    perform private.sales_error('invalid_coupon', jsonb_build_object('field', 'code'));
  end if;
  if new.ends_at is not null and new.ends_at <= new.starts_at then
    perform private.sales_error('invalid_coupon', jsonb_build_object('field', 'ends_at'));
  end if;
  if new.percent_off <> round(new.percent_off, 2) or new.amount_off <> round(new.amount_off, 2)
     or new.min_spend <> round(new.min_spend, 2) then
    perform private.sales_error('invalid_price', jsonb_build_object('field', 'amount_off'));
  end if;
  if (new.kind = 'percent' and (new.percent_off is null or new.amount_off is not null))
     or (new.kind = 'amount' and (new.amount_off is null or new.percent_off is not null)) then
    perform private.sales_error('invalid_coupon', jsonb_build_object('field', 'kind'));
  end if;
  return new;
end;
$$;
comment on function private.validate_coupon() is 'Trigger: normalises the code to upper case and refuses inconsistent coupons with invalid_coupon {field}.';
create trigger refuse_long_text
  before insert or update on public.coupons
  for each row execute function private.refuse_long_text('code:32', 'name:100', 'note:500');
create trigger validate_coupon
  before insert or update on public.coupons
  for each row execute function private.validate_coupon();
create trigger touch_updated_at
  before update on public.coupons
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.coupons
  for each row execute function private.audit_row();

create table public.coupon_redemptions (
  id uuid primary key default gen_random_uuid(),
  coupon_id uuid not null references public.coupons (id) on delete restrict,
  customer_id uuid not null references public.customers (id) on delete restrict,
  -- The order (FK added with sales_orders); one coupon per order.
  sales_order_id uuid not null unique,
  discount_amount numeric(14, 2) not null check (discount_amount >= 0),
  redeemed_at timestamptz not null default now(),
  -- Set when the order is cancelled before shipping: the use no longer counts toward the limits.
  voided_at timestamptz
);
comment on table public.coupon_redemptions is
  '优惠券使用记录: one row per order that used a coupon, written by create_sales_order; voided when the order is cancelled. Limits count the rows not voided.';
create index coupon_redemptions_coupon_id_idx on public.coupon_redemptions (coupon_id) where voided_at is null;
create index coupon_redemptions_coupon_customer_idx on public.coupon_redemptions (coupon_id, customer_id) where voided_at is null;
create index coupon_redemptions_customer_id_idx on public.coupon_redemptions (customer_id);
alter table public.coupon_redemptions enable row level security;

revoke execute on function private.validate_promotion(), private.validate_coupon() from public, anon;

-- Grants and policies ----------------------------------------------------------------------------------

grant select, delete on public.promotions, public.coupons to authenticated;
grant insert (name, kind, scope, category_id, product_id, percent_off, amount_off, threshold_amount, starts_at, ends_at, active, note),
  update (name, kind, scope, category_id, product_id, percent_off, amount_off, threshold_amount, starts_at, ends_at, active, note)
  on public.promotions to authenticated;
grant insert (code, name, kind, percent_off, amount_off, min_spend, starts_at, ends_at, total_limit, per_customer_limit, active, note),
  update (name, kind, percent_off, amount_off, min_spend, starts_at, ends_at, total_limit, per_customer_limit, active, note)
  on public.coupons to authenticated;
grant select on public.coupon_redemptions to authenticated;

create policy "Admins, sales and finance can read promotions"
  on public.promotions for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'finance')));

create policy "Admins can add promotions"
  on public.promotions for insert
  to authenticated
  with check ((select private.has_role('admin')));

create policy "Admins can update promotions"
  on public.promotions for update
  to authenticated
  using ((select private.has_role('admin')))
  with check ((select private.has_role('admin')));

create policy "Admins can delete promotions"
  on public.promotions for delete
  to authenticated
  using ((select private.has_role('admin')));

create policy "Admins, sales and finance can read coupons"
  on public.coupons for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'finance')));

create policy "Admins can add coupons"
  on public.coupons for insert
  to authenticated
  with check ((select private.has_role('admin')));

create policy "Admins can update coupons"
  on public.coupons for update
  to authenticated
  using ((select private.has_role('admin')))
  with check ((select private.has_role('admin')));

create policy "Admins can delete unused coupons"
  on public.coupons for delete
  to authenticated
  using ((select private.has_role('admin')));

create policy "Admins, sales and finance can read coupon redemptions"
  on public.coupon_redemptions for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'finance')));
