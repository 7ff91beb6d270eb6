-- Sales orders: header, lines, every discount that applied, and (for admin and finance only) the cost
-- of goods sold captured at shipment. Status and amounts change only through the RPCs here and in
-- the payments, shipments and returns migrations:
--
--   draft ─confirm─▶ confirmed ─ship─▶ partially_shipped ─ship─▶ shipped ─complete─▶ completed
--     └──────────────┴──────────cancel (releases what is still reserved)──▶ cancelled
--
-- Confirming reserves stock through private.reserve_stock_lines, which locks the order's stock_levels rows
-- in product_id order in one statement, so two confirmations cannot deadlock each other.

create table public.sales_orders (
  id uuid primary key default gen_random_uuid(),
  order_no text not null unique check (char_length(order_no) <= 40),
  customer_id uuid not null references public.customers (id) on delete restrict,
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  salesperson_id uuid references public.profiles (id) on delete set null default auth.uid(),
  status text not null default 'draft'
    check (status in ('draft', 'confirmed', 'partially_shipped', 'shipped', 'completed', 'cancelled')),
  payment_status text not null default 'unpaid'
    check (payment_status in ('unpaid', 'partially_paid', 'paid', 'refunded')),
  coupon_id uuid references public.coupons (id) on delete restrict,
  subtotal numeric(14, 2) not null check (subtotal >= 0),
  promotion_discount numeric(14, 2) not null default 0 check (promotion_discount >= 0),
  coupon_discount numeric(14, 2) not null default 0 check (coupon_discount >= 0),
  total_amount numeric(14, 2) not null check (total_amount >= 0),
  -- Kept by the payments trigger: succeeded payments in, refunds out.
  paid_amount numeric(14, 2) not null default 0 check (paid_amount >= 0),
  refunded_amount numeric(14, 2) not null default 0 check (refunded_amount >= 0),
  -- The delivery address at order time (copied from the customer's default address).
  ship_to jsonb,
  note text check (char_length(note) <= 1000),
  cancel_reason text check (char_length(cancel_reason) <= 500),
  idempotency_key text check (char_length(idempotency_key) between 1 and 100),
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  confirmed_by uuid references public.profiles (id) on delete set null,
  shipped_at timestamptz,
  completed_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now(),
  constraint sales_orders_total check (total_amount = subtotal - promotion_discount - coupon_discount)
);
comment on table public.sales_orders is
  '销售订单: one per sale. Status draft → confirmed → partially_shipped → shipped → completed, or cancelled before shipped; payment_status derived from payments. Written only through create_sales_order / confirm_sales_order / cancel_sales_order / ship_sales_order / complete_sales_order and the payment RPCs; only the note is editable directly. Every staff role reads.';
create unique index sales_orders_idempotency_key on public.sales_orders (created_by, idempotency_key)
  where idempotency_key is not null;
create index sales_orders_customer_id_idx on public.sales_orders (customer_id, created_at desc);
create index sales_orders_warehouse_id_idx on public.sales_orders (warehouse_id);
create index sales_orders_salesperson_id_idx on public.sales_orders (salesperson_id);
create index sales_orders_coupon_id_idx on public.sales_orders (coupon_id);
create index sales_orders_created_by_idx on public.sales_orders (created_by);
create index sales_orders_confirmed_by_idx on public.sales_orders (confirmed_by);
create index sales_orders_cancelled_by_idx on public.sales_orders (cancelled_by);
create index sales_orders_status_idx on public.sales_orders (status, created_at desc);
create index sales_orders_created_at_idx on public.sales_orders (created_at desc);
alter table public.sales_orders enable row level security;

alter table public.coupon_redemptions
  add constraint coupon_redemptions_sales_order_id_fkey
  foreign key (sales_order_id) references public.sales_orders (id) on delete cascade;

create table public.sales_order_lines (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references public.sales_orders (id) on delete cascade,
  line_no integer not null check (line_no > 0),
  product_id uuid not null references public.products (id) on delete restrict,
  qty numeric(14, 3) not null check (qty > 0),
  list_price numeric(14, 2) not null check (list_price >= 0),
  unit_price numeric(14, 2) not null check (unit_price >= 0),
  subtotal numeric(14, 2) not null check (subtotal >= 0),
  promotion_id uuid references public.promotions (id) on delete restrict,
  promotion_discount numeric(14, 2) not null default 0 check (promotion_discount >= 0),
  coupon_discount numeric(14, 2) not null default 0 check (coupon_discount >= 0),
  line_total numeric(14, 2) not null check (line_total >= 0),
  reserved_qty numeric(14, 3) not null default 0 check (reserved_qty >= 0),
  shipped_qty numeric(14, 3) not null default 0 check (shipped_qty >= 0),
  -- Goods back from the customer (received returns and exchanges).
  returned_qty numeric(14, 3) not null default 0 check (returned_qty >= 0),
  -- Replacements shipped for exchanged goods.
  exchanged_qty numeric(14, 3) not null default 0 check (exchanged_qty >= 0),
  constraint sales_order_lines_line_no_key unique (order_id, line_no),
  constraint sales_order_lines_amounts check (line_total = subtotal - promotion_discount - coupon_discount),
  constraint sales_order_lines_quantities check (
    reserved_qty + shipped_qty <= qty and returned_qty <= shipped_qty + exchanged_qty)
);
comment on table public.sales_order_lines is
  '订单明细: one product per line with its list and unit price, the promotion that applied, its share of the coupon, the net line_total, and the reserved / shipped / returned / exchanged (replacement shipped) quantities. The customer keeps shipped − returned + exchanged. Written by the order RPCs only.';
create index sales_order_lines_product_id_idx on public.sales_order_lines (product_id);
create index sales_order_lines_promotion_id_idx on public.sales_order_lines (promotion_id);
alter table public.sales_order_lines enable row level security;

create table public.sales_order_discounts (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references public.sales_orders (id) on delete cascade,
  order_line_id uuid references public.sales_order_lines (id) on delete cascade,
  source text not null check (source in ('promotion', 'coupon')),
  promotion_id uuid references public.promotions (id) on delete restrict,
  coupon_id uuid references public.coupons (id) on delete restrict,
  label text not null check (char_length(label) <= 100),
  amount numeric(14, 2) not null check (amount > 0),
  constraint sales_order_discounts_source check (
    (source = 'promotion' and promotion_id is not null and order_line_id is not null and coupon_id is null)
    or (source = 'coupon' and coupon_id is not null and promotion_id is null))
);
comment on table public.sales_order_discounts is
  '订单优惠: every discount that applied to an order: one row per promoted line, one row for the coupon (order level).';
create index sales_order_discounts_order_id_idx on public.sales_order_discounts (order_id);
create index sales_order_discounts_order_line_id_idx on public.sales_order_discounts (order_line_id);
create index sales_order_discounts_promotion_id_idx on public.sales_order_discounts (promotion_id);
create index sales_order_discounts_coupon_id_idx on public.sales_order_discounts (coupon_id);
alter table public.sales_order_discounts enable row level security;

-- Costs live apart from the lines so that RLS can show them to admin and finance only.
create table public.sales_order_line_costs (
  order_line_id uuid primary key references public.sales_order_lines (id) on delete cascade,
  order_id uuid not null references public.sales_orders (id) on delete cascade,
  -- COGS of everything shipped on this line (exchange replacements included), at batch cost.
  cogs_amount numeric(14, 2) not null default 0 check (cogs_amount >= 0),
  -- Cost of goods that came back into stock from returns (restocked at their original batch cost).
  returned_cost_amount numeric(14, 2) not null default 0 check (returned_cost_amount >= 0),
  -- Cost of returned goods that were scrapped.
  scrapped_cost_amount numeric(14, 2) not null default 0 check (scrapped_cost_amount >= 0),
  updated_at timestamptz not null default now()
);
comment on table public.sales_order_line_costs is
  '订单成本: cost of goods sold per order line, captured at shipment from the FEFO batches (cost at the time of sale), and the cost that came back with returns. Admin and finance only.';
create index sales_order_line_costs_order_id_idx on public.sales_order_line_costs (order_id);
alter table public.sales_order_line_costs enable row level security;

-- Guards: documents change only through the RPCs (the note of an order is the one editable field).
create trigger guard_document_write
  before insert or update or delete on public.sales_orders
  for each row execute function private.guard_document_write('note');
create trigger guard_document_write
  before insert or update or delete on public.sales_order_lines
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.sales_order_discounts
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.sales_order_line_costs
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.coupon_redemptions
  for each row execute function private.guard_document_write();
create trigger refuse_long_text
  before insert or update on public.sales_orders
  for each row execute function private.refuse_long_text('note:1000', 'cancel_reason:500', 'idempotency_key:100');
create trigger touch_updated_at
  before update on public.sales_orders
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.sales_orders
  for each row execute function private.audit_row();

-- Helpers ------------------------------------------------------------------------------------------------

-- Locks and returns an order, or raises order_not_found.
create function private.lock_sales_order(p_order_id uuid)
returns public.sales_orders
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_order public.sales_orders;
begin
  select * into v_order from public.sales_orders o where o.id = p_order_id for update;
  if v_order.id is null then
    perform private.sales_error('order_not_found', jsonb_build_object('order_id', p_order_id));
  end if;
  return v_order;
end;
$$;
comment on function private.lock_sales_order(uuid) is 'Locks an order row (every order RPC starts here), or raises order_not_found.';

create function private.order_status_error(p_order public.sales_orders, p_to text)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform private.sales_error('invalid_status_transition', jsonb_build_object(
    'order_id', p_order.id, 'order_no', p_order.order_no, 'from', p_order.status, 'to', p_to));
end;
$$;
comment on function private.order_status_error(public.sales_orders, text) is 'Raises invalid_status_transition {order_no, from, to}.';

-- The order as the RPCs return it: the header plus its lines.
create function private.sales_order_json(p_order_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select to_jsonb(o) || jsonb_build_object('lines', coalesce((
    select jsonb_agg(to_jsonb(l) order by l.line_no) from public.sales_order_lines l where l.order_id = o.id), '[]'::jsonb))
  from public.sales_orders o
  where o.id = p_order_id
$$;
comment on function private.sales_order_json(uuid) is 'An order with its lines as JSON (RPC results).';

-- What a shipment or a return asks of an order: p_lines = [{line_id, qty}], each validated (a line of this
-- order, a positive quantity with at most 3 decimals), summed per order line, in line id order.
create function private.order_line_requests(p_order_id uuid, p_lines jsonb)
returns table (request_line_id uuid, request_qty numeric)
language plpgsql
set search_path = ''
as $$
declare
  v_item record;
  v_line_id uuid;
  v_ids uuid[] := '{}';
  v_qtys numeric[] := '{}';
begin
  perform private.check_lines(p_lines, 200);
  for v_item in
    select t.o::integer as no, t.e as body from jsonb_array_elements(p_lines) with ordinality as t (e, o)
  loop
    v_line_id := private.parse_uuid(v_item.body -> 'line_id', 'order_line_not_found', format('lines[%s].line_id', v_item.no));
    if not exists (select 1 from public.sales_order_lines l where l.id = v_line_id and l.order_id = p_order_id) then
      perform private.sales_error('order_line_not_found', jsonb_build_object('field', format('lines[%s].line_id', v_item.no), 'line_id', v_line_id));
    end if;
    v_ids := v_ids || v_line_id;
    v_qtys := v_qtys || private.parse_decimal(v_item.body -> 'qty', 3, 'invalid_quantity', format('lines[%s].qty', v_item.no), true, false, 1000000);
  end loop;
  return query
    select r.line_id, sum(r.qty) from unnest(v_ids, v_qtys) as r (line_id, qty) group by r.line_id order by r.line_id;
end;
$$;
comment on function private.order_line_requests(uuid, jsonb) is
  'Shipments and returns: validates [{line_id, qty}] against the order''s lines (order_line_not_found, invalid_quantity, invalid_lines) and returns one row per order line with the summed quantity.';

-- RPCs -----------------------------------------------------------------------------------------------------

create function public.create_sales_order(
  p_customer_id uuid,
  p_warehouse_id uuid,
  p_lines jsonb,
  p_coupon_code text default null,
  p_idempotency_key text default null,
  p_note text default null,
  p_confirm boolean default false
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'sales');
  v_key text := nullif(btrim(p_idempotency_key), '');
  v_existing uuid;
  v_priced jsonb;
  v_order public.sales_orders;
  v_ship_to jsonb;
  v_line jsonb;
  v_line_id uuid;
begin
  p_note := private.clean_text(p_note, 1000, 'note');
  v_key := private.clean_text(v_key, 100, 'idempotency_key');

  -- A retry with the same key returns the first order. Same-key requests queue on this lock, so the
  -- second one finds the first order committed; the unique index below is the backstop.
  if v_key is not null then
    perform pg_advisory_xact_lock(hashtextextended('sales_order:' || v_uid::text || ':' || v_key, 0));
    select o.id into v_existing from public.sales_orders o where o.created_by = v_uid and o.idempotency_key = v_key;
    if v_existing is not null then
      return private.sales_order_json(v_existing) || jsonb_build_object('replayed', true);
    end if;
  end if;

  if p_customer_id is null then
    perform private.sales_error('customer_not_found', jsonb_build_object('customer_id', null));
  end if;
  perform private.usable_warehouse(p_warehouse_id);

  v_priced := private.price_cart_core(p_customer_id, p_lines, p_coupon_code, true);

  select jsonb_build_object('recipient', a.recipient, 'phone', a.phone, 'province', a.province, 'city', a.city,
                            'district', a.district, 'address_line', a.address_line, 'postal_code', a.postal_code)
    into v_ship_to
    from public.customer_addresses a
   where a.customer_id = p_customer_id
   order by a.is_default desc, a.created_at
   limit 1;

  insert into public.sales_orders (
    order_no, customer_id, warehouse_id, salesperson_id, coupon_id, subtotal, promotion_discount,
    coupon_discount, total_amount, payment_status, ship_to, note, idempotency_key, created_by)
  values (
    private.next_document_number('SO'), p_customer_id, p_warehouse_id, v_uid,
    (v_priced -> 'coupon' ->> 'id')::uuid,
    (v_priced ->> 'subtotal')::numeric, (v_priced ->> 'promotion_discount')::numeric,
    (v_priced ->> 'coupon_discount')::numeric, (v_priced ->> 'total')::numeric,
    case when (v_priced ->> 'total')::numeric = 0 then 'paid' else 'unpaid' end,
    v_ship_to, p_note, v_key, v_uid)
  on conflict (created_by, idempotency_key) where idempotency_key is not null do nothing
  returning * into v_order;

  if v_order.id is null then
    select o.id into v_existing from public.sales_orders o where o.created_by = v_uid and o.idempotency_key = v_key;
    return private.sales_order_json(v_existing) || jsonb_build_object('replayed', true);
  end if;

  for v_line in select e from jsonb_array_elements(v_priced -> 'lines') e loop
    insert into public.sales_order_lines (
      order_id, line_no, product_id, qty, list_price, unit_price, subtotal, promotion_id,
      promotion_discount, coupon_discount, line_total)
    values (
      v_order.id, (v_line ->> 'line_no')::integer, (v_line ->> 'product_id')::uuid, (v_line ->> 'qty')::numeric,
      (v_line ->> 'list_price')::numeric, (v_line ->> 'unit_price')::numeric, (v_line ->> 'subtotal')::numeric,
      (v_line -> 'promotion' ->> 'id')::uuid, (v_line ->> 'promotion_discount')::numeric,
      (v_line ->> 'coupon_discount')::numeric, (v_line ->> 'line_total')::numeric)
    returning id into v_line_id;

    insert into public.sales_order_line_costs (order_line_id, order_id) values (v_line_id, v_order.id);

    if (v_line ->> 'promotion_discount')::numeric > 0 then
      insert into public.sales_order_discounts (order_id, order_line_id, source, promotion_id, label, amount)
      values (v_order.id, v_line_id, 'promotion', (v_line -> 'promotion' ->> 'id')::uuid,
              v_line -> 'promotion' ->> 'name', (v_line ->> 'promotion_discount')::numeric);
    end if;
  end loop;

  if v_priced -> 'coupon' is not null and jsonb_typeof(v_priced -> 'coupon') = 'object' then
    insert into public.coupon_redemptions (coupon_id, customer_id, sales_order_id, discount_amount)
    values ((v_priced -> 'coupon' ->> 'id')::uuid, p_customer_id, v_order.id, (v_priced -> 'coupon' ->> 'discount')::numeric);
    if (v_priced -> 'coupon' ->> 'discount')::numeric > 0 then
      insert into public.sales_order_discounts (order_id, source, coupon_id, label, amount)
      values (v_order.id, 'coupon', (v_priced -> 'coupon' ->> 'id')::uuid,
              (v_priced -> 'coupon' ->> 'code') || ' ' || (v_priced -> 'coupon' ->> 'name'),
              (v_priced -> 'coupon' ->> 'discount')::numeric);
    end if;
  end if;

  -- Save and confirm in one transaction: a shortage leaves no draft behind.
  if p_confirm then
    return public.confirm_sales_order(v_order.id) || jsonb_build_object('replayed', false);
  end if;
  return private.sales_order_json(v_order.id) || jsonb_build_object('replayed', false);
end;
$$;
comment on function public.create_sales_order(uuid, uuid, jsonb, text, text, text, boolean) is
  'RPC (admin, sales): creates a draft order priced by price_cart (same lines, same coupon → same amounts); with p_confirm also confirms it in the same transaction (nothing is saved if confirmation fails). p_lines = [{product_id, qty, unit_price?}]. A retry with the same p_idempotency_key (per creator) returns the first order with replayed = true. Returns the order with its lines. Errors: those of price_cart and confirm_sales_order, warehouse_not_found, warehouse_inactive, text_too_long, not_authorized.';

create function public.confirm_sales_order(p_order_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'sales');
  v_order public.sales_orders;
  v_item record;
  v_attempt integer := 0;
  v_result jsonb;
  v_products uuid[];
  v_qtys numeric[];
begin
  v_order := private.lock_sales_order(p_order_id);
  if v_order.status <> 'draft' then
    perform private.order_status_error(v_order, 'confirmed');
  end if;
  perform private.usable_warehouse(v_order.warehouse_id);

  -- Products may have gone off sale since the order was drafted.
  select p.id, p.sku, p.name, p.status into v_item
    from public.sales_order_lines l join public.products p on p.id = l.product_id
   where l.order_id = v_order.id and p.status <> 'on_sale'
   order by l.line_no limit 1;
  if v_item.id is not null then
    perform private.sales_error('product_not_on_sale', jsonb_build_object(
      'product_id', v_item.id, 'sku', v_item.sku, 'name', v_item.name, 'status', v_item.status));
  end if;

  -- The order's own rows first: stock_levels rows are the hot ones, so they are locked last and held
  -- only until commit. If a reservation below fails, all of this rolls back with it.
  update public.sales_order_lines set reserved_qty = qty where order_id = v_order.id;
  update public.sales_orders
     set status = 'confirmed', confirmed_at = now(), confirmed_by = v_uid
   where id = v_order.id;
  v_result := private.sales_order_json(v_order.id);

  -- Reserve every product at once, rows locked in product_id order (the global lock order). A shortage
  -- raises insufficient_stock naming the product and rolls the whole confirmation back. Should some other
  -- code path ever lock in a different order, a deadlock victim retries here instead of failing.
  select array_agg(x.product_id order by x.product_id), array_agg(x.qty order by x.product_id)
    into v_products, v_qtys
    from (select l.product_id, sum(l.qty) as qty from public.sales_order_lines l
           where l.order_id = v_order.id group by l.product_id) x;
  loop
    begin
      perform private.reserve_stock_lines(v_order.warehouse_id, v_products, v_qtys);
      exit;
    exception when deadlock_detected then
      v_attempt := v_attempt + 1;
      if v_attempt >= 5 then
        raise;
      end if;
      perform pg_sleep(0.01 * v_attempt);
    end;
  end loop;
  return v_result;
end;
$$;
comment on function public.confirm_sales_order(uuid) is
  'RPC (admin, sales): draft → confirmed, reserving every line''s stock in the order''s warehouse (locks in product_id order). Errors: insufficient_stock {product_id, sku, product, requested, available}, product_not_on_sale, warehouse_inactive, invalid_status_transition, order_not_found.';

create function public.cancel_sales_order(p_order_id uuid, p_reason text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'sales');
  v_order public.sales_orders;
  v_item record;
begin
  p_reason := private.clean_text(p_reason, 500, 'reason');
  v_order := private.lock_sales_order(p_order_id);
  if v_order.status not in ('draft', 'confirmed', 'partially_shipped') then
    perform private.order_status_error(v_order, 'cancelled');
  end if;

  for v_item in
    select l.product_id, sum(l.reserved_qty) as qty
      from public.sales_order_lines l
     where l.order_id = v_order.id and l.reserved_qty > 0
     group by l.product_id
     order by l.product_id
  loop
    perform private.release_reservation(v_item.product_id, v_order.warehouse_id, v_item.qty);
  end loop;
  update public.sales_order_lines set reserved_qty = 0 where order_id = v_order.id and reserved_qty > 0;

  -- Nothing went out: the coupon use no longer counts toward its limits.
  if v_order.status in ('draft', 'confirmed') then
    update public.coupon_redemptions set voided_at = now() where sales_order_id = v_order.id and voided_at is null;
  end if;

  update public.sales_orders
     set status = 'cancelled', cancelled_at = now(), cancelled_by = v_uid, cancel_reason = p_reason
   where id = v_order.id;
  return private.sales_order_json(v_order.id);
end;
$$;
comment on function public.cancel_sales_order(uuid, text) is
  'RPC (admin, sales): draft / confirmed / partially_shipped → cancelled, releasing whatever is still reserved (shipped goods stay shipped; refunds go through refund_payment). Errors: invalid_status_transition, order_not_found, text_too_long.';

revoke execute on function
  private.lock_sales_order(uuid),
  private.order_status_error(public.sales_orders, text),
  private.sales_order_json(uuid),
  public.create_sales_order(uuid, uuid, jsonb, text, text, text, boolean),
  public.confirm_sales_order(uuid),
  public.cancel_sales_order(uuid, text)
from public, anon;
grant execute on function
  public.create_sales_order(uuid, uuid, jsonb, text, text, text, boolean),
  public.confirm_sales_order(uuid),
  public.cancel_sales_order(uuid, text)
to authenticated;

-- Views ------------------------------------------------------------------------------------------------------

-- Margin per order line: rows only where the caller may read costs (admin, finance).
create view public.sales_order_line_margins
with (security_invoker = true)
as
select
  l.id as order_line_id,
  l.order_id,
  o.order_no,
  o.customer_id,
  o.warehouse_id,
  o.salesperson_id,
  o.status,
  o.created_at,
  l.product_id,
  l.qty,
  l.shipped_qty,
  l.returned_qty,
  l.exchanged_qty,
  l.line_total,
  round(case when l.qty > 0 then l.line_total * (l.shipped_qty - l.returned_qty + l.exchanged_qty) / l.qty else 0 end, 2) as net_revenue,
  c.cogs_amount,
  c.returned_cost_amount,
  c.scrapped_cost_amount,
  c.cogs_amount - c.returned_cost_amount as net_cogs,
  round(case when l.qty > 0 then l.line_total * (l.shipped_qty - l.returned_qty + l.exchanged_qty) / l.qty else 0 end, 2)
    - (c.cogs_amount - c.returned_cost_amount) as gross_profit
from public.sales_order_lines l
join public.sales_orders o on o.id = l.order_id
join public.sales_order_line_costs c on c.order_line_id = l.id;
comment on view public.sales_order_line_margins is
  '毛利 per order line: net revenue of goods shipped and kept, COGS at batch cost net of restocked returns (scrapped returns stay in COGS), gross profit. Admin and finance only (rows come from sales_order_line_costs).';

create view public.sales_order_margins
with (security_invoker = true)
as
select
  m.order_id,
  m.order_no,
  m.customer_id,
  m.warehouse_id,
  m.salesperson_id,
  m.status,
  m.created_at,
  sum(m.net_revenue) as net_revenue,
  sum(m.net_cogs) as net_cogs,
  sum(m.gross_profit) as gross_profit,
  case when sum(m.net_revenue) > 0 then round(sum(m.gross_profit) / sum(m.net_revenue), 4) end as margin
from public.sales_order_line_margins m
group by m.order_id, m.order_no, m.customer_id, m.warehouse_id, m.salesperson_id, m.status, m.created_at;
comment on view public.sales_order_margins is '毛利 per order (sum of sales_order_line_margins; margin = gross profit ÷ net revenue). Admin and finance only.';

-- Purchase history summary per customer (orders that were not cancelled).
create view public.customer_order_stats
with (security_invoker = true)
as
select
  o.customer_id,
  count(*) as order_count,
  sum(o.total_amount) as total_amount,
  sum(o.paid_amount - o.refunded_amount) as net_paid,
  min(o.created_at) as first_order_at,
  max(o.created_at) as last_order_at
from public.sales_orders o
where o.status <> 'cancelled'
group by o.customer_id;
comment on view public.customer_order_stats is '客户购买汇总: per customer, orders not cancelled: count, amount, net paid, first and last order.';

-- Grants and policies --------------------------------------------------------------------------------------

grant select on public.sales_orders, public.sales_order_lines, public.sales_order_discounts,
  public.sales_order_line_costs to authenticated;
grant update (note) on public.sales_orders to authenticated;
grant select on public.sales_order_line_margins, public.sales_order_margins, public.customer_order_stats to authenticated;

create policy "Staff can read sales orders"
  on public.sales_orders for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Sales and admins can edit order notes"
  on public.sales_orders for update
  to authenticated
  using ((select private.has_role('admin', 'sales')))
  with check ((select private.has_role('admin', 'sales')));

create policy "Staff can read sales order lines"
  on public.sales_order_lines for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Staff can read sales order discounts"
  on public.sales_order_discounts for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Admins and finance can read order costs"
  on public.sales_order_line_costs for select
  to authenticated
  using ((select private.has_role('admin', 'finance')));
