-- Shipping: carriers with tracking-link templates, shipments of an order (or of an exchange's
-- replacement), their lines, the batches each line consumed (FEFO, at batch cost) and tracking events.
-- ship_sales_order deducts stock through private.issue_stock_fefo and captures COGS on the order line
-- (sales_order_line_costs) and on the shipment line (shipment_line_batch_costs). Every shipment has a
-- printable delivery note (发货单): public.delivery_note(id).

create table public.carriers (
  code text primary key check (code ~ '^[A-Z0-9_]{2,20}$'),
  name text not null check (char_length(btrim(name)) between 1 and 50),
  tracking_url_template text check (char_length(tracking_url_template) <= 300
    and tracking_url_template ~ '^https?://' and position('{tracking_no}' in tracking_url_template) > 0),
  active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.carriers is
  '快递公司: code, name and a tracking link template in which {tracking_no} is replaced by the waybill number. Admins write; every staff role reads.';
alter table public.carriers enable row level security;
create trigger refuse_long_text
  before insert or update on public.carriers
  for each row execute function private.refuse_long_text('code:20', 'name:50', 'tracking_url_template:300');
create trigger touch_updated_at
  before update on public.carriers
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.carriers
  for each row execute function private.audit_row();

insert into public.carriers (code, name, tracking_url_template, sort_order) values
  ('SF', '顺丰速运', 'https://www.sf-express.com/chn/sc/waybill/waybill-detail/{tracking_no}', 10),
  ('JD', '京东物流', 'https://www.jdl.com/orderSearch/?waybillCodes={tracking_no}', 20),
  ('EMS', '中国邮政 EMS', 'https://www.ems.com.cn/queryList?mailNum={tracking_no}', 30),
  ('ZTO', '中通快递', 'https://www.zto.com/?num={tracking_no}', 40),
  ('YTO', '圆通速递', 'https://www.yto.net.cn/?waybillNo={tracking_no}', 50),
  ('STO', '申通快递', 'https://www.sto.cn/pc/service-page/queryWaybill?billcode={tracking_no}', 60),
  ('YUNDA', '韵达快递', 'https://www.yundaex.com/cn/index.php?wen={tracking_no}', 70),
  ('JT', '极兔速递', 'https://www.jtexpress.com.cn/trajectoryQuery?waybillNo={tracking_no}', 80),
  ('DBL', '德邦快递', 'https://www.deppon.com/gwapi/trackService/mailNo={tracking_no}', 90),
  ('PICKUP', '门店自提', null, 100);

create table public.shipments (
  id uuid primary key default gen_random_uuid(),
  shipment_no text not null unique check (char_length(shipment_no) <= 40),
  order_id uuid not null references public.sales_orders (id) on delete restrict,
  -- Set for the replacement shipment of an exchange (FK added with returns).
  return_id uuid,
  kind text not null default 'sale' check (kind in ('sale', 'exchange')),
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  carrier_code text references public.carriers (code) on delete restrict on update cascade,
  tracking_no text check (tracking_no ~ '^[A-Za-z0-9-]{4,40}$'),
  status text not null default 'shipped' check (status in ('shipped', 'delivered')),
  ship_to jsonb,
  note text check (char_length(note) <= 500),
  shipped_by uuid references public.profiles (id) on delete set null default auth.uid(),
  shipped_at timestamptz not null default now(),
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint shipments_kind_return check ((kind = 'exchange') = (return_id is not null))
);
comment on table public.shipments is
  '发货单: one dispatch of goods for an order (kind sale) or of an exchange replacement (kind exchange), from the order''s warehouse, with carrier and tracking number. Status shipped → delivered. Written only by ship_sales_order / ship_exchange / mark_shipment_delivered. Every staff role reads; tracking_url is a computed column.';
create index shipments_order_id_idx on public.shipments (order_id);
create index shipments_return_id_idx on public.shipments (return_id);
create index shipments_warehouse_id_idx on public.shipments (warehouse_id);
create index shipments_carrier_code_idx on public.shipments (carrier_code);
create index shipments_shipped_by_idx on public.shipments (shipped_by);
create index shipments_shipped_at_idx on public.shipments (shipped_at desc);
alter table public.shipments enable row level security;

create table public.shipment_lines (
  id uuid primary key default gen_random_uuid(),
  shipment_id uuid not null references public.shipments (id) on delete cascade,
  order_line_id uuid not null references public.sales_order_lines (id) on delete restrict,
  product_id uuid not null references public.products (id) on delete restrict,
  qty numeric(14, 3) not null check (qty > 0)
);
comment on table public.shipment_lines is '发货明细: how much of an order line went out in a shipment.';
create index shipment_lines_shipment_id_idx on public.shipment_lines (shipment_id);
create index shipment_lines_order_line_id_idx on public.shipment_lines (order_line_id);
create index shipment_lines_product_id_idx on public.shipment_lines (product_id);
alter table public.shipment_lines enable row level security;

create table public.shipment_line_batches (
  id uuid primary key default gen_random_uuid(),
  shipment_line_id uuid not null references public.shipment_lines (id) on delete cascade,
  batch_id uuid not null references public.stock_batches (id) on delete restrict,
  qty numeric(14, 3) not null check (qty > 0),
  -- Received back from returns (restocked or scrapped), so a return never exceeds what a batch shipped.
  returned_qty numeric(14, 3) not null default 0 check (returned_qty >= 0 and returned_qty <= qty)
);
comment on table public.shipment_line_batches is
  '发货批次: the batches a shipment line consumed (FEFO), for traceability and returns (goods go back to these batches). No costs: see shipment_line_batch_costs. Every staff role reads.';
create index shipment_line_batches_shipment_line_id_idx on public.shipment_line_batches (shipment_line_id);
create index shipment_line_batches_batch_id_idx on public.shipment_line_batches (batch_id);
alter table public.shipment_line_batches enable row level security;

-- Costs apart, for admin and finance only (as stock_batches.unit_cost is).
create table public.shipment_line_batch_costs (
  shipment_line_batch_id uuid primary key references public.shipment_line_batches (id) on delete cascade,
  shipment_line_id uuid not null references public.shipment_lines (id) on delete cascade,
  unit_cost numeric(14, 4) not null check (unit_cost >= 0),
  cost_amount numeric(14, 2) not null check (cost_amount >= 0)
);
comment on table public.shipment_line_batch_costs is
  '发货成本: unit cost of each batch a shipment line consumed and its cost (qty × unit cost, 2 decimals); a shipment line''s COGS is the sum. Admin and finance only.';
create index shipment_line_batch_costs_shipment_line_id_idx on public.shipment_line_batch_costs (shipment_line_id);
alter table public.shipment_line_batch_costs enable row level security;

create table public.shipment_events (
  id uuid primary key default gen_random_uuid(),
  shipment_id uuid not null references public.shipments (id) on delete cascade,
  status text not null check (status in ('shipped', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'note')),
  description text check (char_length(description) <= 500),
  location text check (char_length(location) <= 100),
  occurred_at timestamptz not null default now(),
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now()
);
comment on table public.shipment_events is '物流轨迹: tracking events of a shipment (dispatch, transit, delivery, exceptions). Written by the shipment RPCs and add_shipment_event.';
create index shipment_events_shipment_id_idx on public.shipment_events (shipment_id, occurred_at);
create index shipment_events_created_by_idx on public.shipment_events (created_by);
alter table public.shipment_events enable row level security;

create trigger guard_document_write
  before insert or update or delete on public.shipments
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.shipment_lines
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.shipment_line_batches
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.shipment_line_batch_costs
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.shipment_events
  for each row execute function private.guard_document_write();
create trigger touch_updated_at
  before update on public.shipments
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.shipments
  for each row execute function private.audit_row();

-- Tracking link ------------------------------------------------------------------------------------------------

-- A computed column for PostgREST: select=*,tracking_url
create function public.tracking_url(public.shipments)
returns text
language sql
stable
set search_path = ''
as $$
  select replace(c.tracking_url_template, '{tracking_no}', $1.tracking_no)
  from public.carriers c
  where c.code = $1.carrier_code and $1.tracking_no is not null
$$;
comment on function public.tracking_url(public.shipments) is
  'Computed column: the carrier''s tracking link for this shipment (null without carrier template or tracking number).';

-- Shipping -------------------------------------------------------------------------------------------------------

create function private.check_carrier(p_carrier text, p_tracking_no text)
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
  v_code text := nullif(upper(btrim(p_carrier)), '');
begin
  if v_code is not null and not exists (select 1 from public.carriers c where c.code = v_code and c.active) then
    perform private.sales_error('unknown_carrier', jsonb_build_object('carrier', left(p_carrier, 20)));
  end if;
  if p_tracking_no is not null and p_tracking_no !~ '^[A-Za-z0-9-]{4,40}$' then
    perform private.sales_error('invalid_tracking_no', jsonb_build_object('tracking_no', left(p_tracking_no, 40)));
  end if;
  if p_tracking_no is not null and v_code is null then
    perform private.sales_error('unknown_carrier', jsonb_build_object('carrier', null));
  end if;
  return v_code;
end;
$$;
comment on function private.check_carrier(text, text) is 'Validates carrier code and tracking number: unknown_carrier, invalid_tracking_no.';

-- Issues one shipment line from stock (FEFO) and records its batches and cost. Caller locks the order.
create function private.ship_line(
  p_shipment_id uuid, p_order_line_id uuid, p_product_id uuid, p_warehouse_id uuid, p_qty numeric,
  p_release_reserved boolean)
returns numeric
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_line_id uuid;
  v_slb_id uuid;
  v_batch record;
  v_cost numeric(14, 2) := 0;
  v_batch_cost numeric(14, 2);
begin
  insert into public.shipment_lines (shipment_id, order_line_id, product_id, qty)
  values (p_shipment_id, p_order_line_id, p_product_id, p_qty)
  returning id into v_line_id;

  for v_batch in
    select f.batch_id, f.qty, f.unit_cost
    from private.issue_stock_fefo(p_product_id, p_warehouse_id, p_qty, 'shipment', 'shipment', p_shipment_id, v_line_id, p_release_reserved) f
  loop
    v_batch_cost := round(v_batch.qty * v_batch.unit_cost, 2);
    insert into public.shipment_line_batches (shipment_line_id, batch_id, qty)
    values (v_line_id, v_batch.batch_id, v_batch.qty)
    returning id into v_slb_id;
    insert into public.shipment_line_batch_costs (shipment_line_batch_id, shipment_line_id, unit_cost, cost_amount)
    values (v_slb_id, v_line_id, v_batch.unit_cost, v_batch_cost);
    v_cost := v_cost + v_batch_cost;
  end loop;

  update public.sales_order_line_costs
     set cogs_amount = cogs_amount + v_cost, updated_at = now()
   where order_line_id = p_order_line_id;
  return v_cost;
end;
$$;
comment on function private.ship_line(uuid, uuid, uuid, uuid, numeric, boolean) is
  'Issues one shipment line through private.issue_stock_fefo, records the batches at their cost and adds the COGS to the order line.';

create function public.ship_sales_order(
  p_order_id uuid,
  p_lines jsonb default null,
  p_carrier text default null,
  p_tracking_no text default null,
  p_note text default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'warehouse');
  v_order public.sales_orders;
  v_carrier text;
  v_tracking text := nullif(btrim(p_tracking_no), '');
  v_requests jsonb;
  v_req record;
  v_line public.sales_order_lines;
  v_ids uuid[] := '{}';
  v_qtys numeric[] := '{}';
  v_shipment public.shipments;
  v_remaining numeric;
begin
  p_note := private.clean_text(p_note, 500, 'note');
  v_carrier := private.check_carrier(p_carrier, v_tracking);
  v_order := private.lock_sales_order(p_order_id);
  if v_order.status not in ('confirmed', 'partially_shipped') then
    perform private.order_status_error(v_order, 'shipped');
  end if;

  -- Default: everything not shipped yet.
  if p_lines is null then
    select jsonb_agg(jsonb_build_object('line_id', l.id, 'qty', l.qty - l.shipped_qty) order by l.line_no)
      into v_requests
      from public.sales_order_lines l
     where l.order_id = v_order.id and l.qty > l.shipped_qty;
  else
    v_requests := p_lines;
  end if;
  if v_requests is null then
    perform private.sales_error('nothing_to_ship', jsonb_build_object('order_no', v_order.order_no));
  end if;
  -- Validate every request before touching stock, into a clean list.
  select array_agg(r.request_line_id), array_agg(r.request_qty) into v_ids, v_qtys
    from private.order_line_requests(v_order.id, v_requests) r;

  for v_req in select r.line_id, sum(r.qty) as qty from unnest(v_ids, v_qtys) as r (line_id, qty) group by r.line_id loop
    select * into v_line from public.sales_order_lines l where l.id = v_req.line_id;
    if v_req.qty > v_line.qty - v_line.shipped_qty then
      perform private.sales_error('over_shipment', jsonb_build_object(
        'line_id', v_line.id, 'line_no', v_line.line_no,
        'sku', (select p.sku from public.products p where p.id = v_line.product_id),
        'name', (select p.name from public.products p where p.id = v_line.product_id),
        'ordered', v_line.qty, 'shipped', v_line.shipped_qty, 'requested', v_req.qty));
    end if;
  end loop;

  insert into public.shipments (shipment_no, order_id, kind, warehouse_id, carrier_code, tracking_no, status, ship_to, note,
                                shipped_by, delivered_at)
  values (private.next_document_number('SH'), v_order.id, 'sale', v_order.warehouse_id, v_carrier, v_tracking,
          case when v_carrier = 'PICKUP' then 'delivered' else 'shipped' end, v_order.ship_to, p_note, v_uid,
          case when v_carrier = 'PICKUP' then now() end)
  returning * into v_shipment;

  -- Stock is touched in product order, like confirmation, so shipments and confirmations cannot deadlock.
  for v_req in
    select l.id, l.product_id, l.reserved_qty, r.qty
    from (select r.line_id, sum(r.qty) as qty from unnest(v_ids, v_qtys) as r (line_id, qty) group by r.line_id) r
    join public.sales_order_lines l on l.id = r.line_id
    order by l.product_id, l.line_no
  loop
    -- Reserved stock is consumed; an order line is reserved in full at confirmation, so the whole
    -- shipped quantity comes out of the reservation.
    perform private.ship_line(v_shipment.id, v_req.id, v_req.product_id, v_order.warehouse_id, v_req.qty,
                              v_req.reserved_qty >= v_req.qty);
    update public.sales_order_lines
       set shipped_qty = shipped_qty + v_req.qty,
           reserved_qty = greatest(reserved_qty - v_req.qty, 0)
     where id = v_req.id;
  end loop;

  select coalesce(sum(l.qty - l.shipped_qty), 0) into v_remaining from public.sales_order_lines l where l.order_id = v_order.id;
  update public.sales_orders
     set status = case when v_remaining = 0 then 'shipped' else 'partially_shipped' end,
         shipped_at = case when v_remaining = 0 then now() else shipped_at end
   where id = v_order.id;

  insert into public.shipment_events (shipment_id, status, description, created_by)
  values (v_shipment.id, v_shipment.status, case when v_shipment.status = 'delivered' then '门店自提' else '已发货' end, v_uid);

  return to_jsonb(v_shipment) || jsonb_build_object(
    'tracking_url', public.tracking_url(v_shipment),
    'order_status', case when v_remaining = 0 then 'shipped' else 'partially_shipped' end);
end;
$$;
comment on function public.ship_sales_order(uuid, jsonb, text, text, text) is
  'RPC (admin, warehouse): ships order lines (p_lines = [{line_id, qty}], default: all that is left) from the order''s warehouse: FEFO batch deduction, reservation consumed, COGS captured on the order line and the shipment line; order → partially_shipped or shipped. p_carrier: carriers.code (PICKUP = self pickup, delivered at once). Errors: over_shipment {sku, ordered, shipped, requested}, invalid_quantity, lines_required, nothing_to_ship, order_line_not_found, unknown_carrier, invalid_tracking_no, invalid_status_transition, insufficient_stock.';

create function public.mark_shipment_delivered(p_shipment_id uuid, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'warehouse');
  v_shipment public.shipments;
begin
  p_note := private.clean_text(p_note, 500, 'note');
  select * into v_shipment from public.shipments s where s.id = p_shipment_id;
  if v_shipment.id is null then
    perform private.sales_error('shipment_not_found', jsonb_build_object('shipment_id', p_shipment_id));
  end if;
  perform private.lock_sales_order(v_shipment.order_id);
  select * into v_shipment from public.shipments s where s.id = p_shipment_id for update;
  if v_shipment.status <> 'shipped' then
    perform private.sales_error('invalid_status_transition', jsonb_build_object(
      'shipment_no', v_shipment.shipment_no, 'from', v_shipment.status, 'to', 'delivered'));
  end if;
  update public.shipments set status = 'delivered', delivered_at = now() where id = v_shipment.id returning * into v_shipment;
  insert into public.shipment_events (shipment_id, status, description, created_by)
  values (v_shipment.id, 'delivered', coalesce(p_note, '已签收'), v_uid);
  return to_jsonb(v_shipment) || jsonb_build_object('tracking_url', public.tracking_url(v_shipment));
end;
$$;
comment on function public.mark_shipment_delivered(uuid, text) is
  'RPC (admin, warehouse): shipped → delivered, with a delivered tracking event. Errors: shipment_not_found, invalid_status_transition.';

create function public.add_shipment_event(
  p_shipment_id uuid, p_status text, p_description text default null, p_location text default null,
  p_occurred_at timestamptz default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'warehouse');
  v_event public.shipment_events;
begin
  p_description := private.clean_text(p_description, 500, 'description');
  p_location := private.clean_text(p_location, 100, 'location');
  if p_status is null or p_status not in ('in_transit', 'out_for_delivery', 'exception', 'note') then
    perform private.sales_error('invalid_event_status', jsonb_build_object('status', left(p_status, 32)));
  end if;
  if not exists (select 1 from public.shipments s where s.id = p_shipment_id) then
    perform private.sales_error('shipment_not_found', jsonb_build_object('shipment_id', p_shipment_id));
  end if;
  insert into public.shipment_events (shipment_id, status, description, location, occurred_at, created_by)
  values (p_shipment_id, p_status, p_description, p_location, coalesce(p_occurred_at, now()), v_uid)
  returning * into v_event;
  return to_jsonb(v_event);
end;
$$;
comment on function public.add_shipment_event(uuid, text, text, text, timestamptz) is
  'RPC (admin, warehouse): adds a tracking event (in_transit, out_for_delivery, exception, note); delivery goes through mark_shipment_delivered. Errors: invalid_event_status, shipment_not_found, text_too_long.';

create function public.complete_sales_order(p_order_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_order public.sales_orders;
  v_pending integer;
begin
  perform private.require_role('admin', 'sales');
  v_order := private.lock_sales_order(p_order_id);
  if v_order.status <> 'shipped' then
    perform private.order_status_error(v_order, 'completed');
  end if;
  select count(*) into v_pending from public.shipments s where s.order_id = v_order.id and s.kind = 'sale' and s.status <> 'delivered';
  if v_pending > 0 then
    perform private.sales_error('shipments_not_delivered', jsonb_build_object('order_no', v_order.order_no, 'pending', v_pending));
  end if;
  update public.sales_orders set status = 'completed', completed_at = now() where id = v_order.id;
  return private.sales_order_json(v_order.id);
end;
$$;
comment on function public.complete_sales_order(uuid) is
  'RPC (admin, sales): shipped → completed once every shipment is delivered (payment is tracked separately by payment_status). Errors: invalid_status_transition, shipments_not_delivered.';

-- Delivery note (发货单): everything the printed page shows, in one call.
create function public.delivery_note(p_shipment_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_result jsonb;
begin
  perform private.require_role('admin', 'sales', 'warehouse', 'finance');
  select jsonb_build_object(
    'title', '发货单',
    'shipment_no', s.shipment_no,
    'kind', s.kind,
    'status', s.status,
    'shipped_at', s.shipped_at,
    'delivered_at', s.delivered_at,
    'order_no', o.order_no,
    'order_date', o.created_at,
    'customer', jsonb_build_object('name', c.name, 'contact_name', c.contact_name, 'phone', c.phone),
    'ship_to', s.ship_to,
    'warehouse', jsonb_build_object('id', w.id, 'name', w.name),
    'carrier', case when ca.code is not null then jsonb_build_object('code', ca.code, 'name', ca.name) end,
    'tracking_no', s.tracking_no,
    'tracking_url', public.tracking_url(s),
    'note', s.note,
    'shipped_by', (select pr.full_name from public.profiles pr where pr.id = s.shipped_by),
    'lines', coalesce((
      select jsonb_agg(jsonb_build_object(
        'line_no', ol.line_no,
        'sku', p.sku,
        'name', p.name,
        'spec', p.spec,
        'unit', p.unit,
        'qty', sl.qty,
        'unit_price', case when ol.qty > 0 then round(ol.line_total / ol.qty, 2) end,
        'amount', case when ol.qty > 0 then round(ol.line_total * sl.qty / ol.qty, 2) end,
        'batches', coalesce((
          select jsonb_agg(jsonb_build_object('batch_no', b.batch_no, 'expiry_date', b.expiry_date, 'qty', slb.qty)
                           order by b.expiry_date nulls last, b.batch_no)
          from public.shipment_line_batches slb
          join public.stock_batches b on b.id = slb.batch_id
          where slb.shipment_line_id = sl.id), '[]'::jsonb))
        order by ol.line_no)
      from public.shipment_lines sl
      join public.sales_order_lines ol on ol.id = sl.order_line_id
      join public.products p on p.id = sl.product_id
      where sl.shipment_id = s.id), '[]'::jsonb),
    'total_qty', (select coalesce(sum(sl.qty), 0) from public.shipment_lines sl where sl.shipment_id = s.id)
  ) into v_result
  from public.shipments s
  join public.sales_orders o on o.id = s.order_id
  join public.customers c on c.id = o.customer_id
  join public.warehouses w on w.id = s.warehouse_id
  left join public.carriers ca on ca.code = s.carrier_code
  where s.id = p_shipment_id;
  if v_result is null then
    perform private.sales_error('shipment_not_found', jsonb_build_object('shipment_id', p_shipment_id));
  end if;
  return v_result;
end;
$$;
comment on function public.delivery_note(uuid) is
  'RPC (every staff role): the printable delivery note (发货单) of a shipment: numbers, customer, ship-to, carrier and tracking link, lines with batches and expiry dates (no costs).';

revoke execute on function
  public.tracking_url(public.shipments),
  private.check_carrier(text, text),
  private.ship_line(uuid, uuid, uuid, uuid, numeric, boolean),
  public.ship_sales_order(uuid, jsonb, text, text, text),
  public.mark_shipment_delivered(uuid, text),
  public.add_shipment_event(uuid, text, text, text, timestamptz),
  public.complete_sales_order(uuid),
  public.delivery_note(uuid)
from public, anon;
grant execute on function
  public.tracking_url(public.shipments),
  public.ship_sales_order(uuid, jsonb, text, text, text),
  public.mark_shipment_delivered(uuid, text),
  public.add_shipment_event(uuid, text, text, text, timestamptz),
  public.complete_sales_order(uuid),
  public.delivery_note(uuid)
to authenticated;

-- Grants and policies --------------------------------------------------------------------------------------------

grant select on public.carriers, public.shipments, public.shipment_lines, public.shipment_line_batches,
  public.shipment_line_batch_costs, public.shipment_events to authenticated;
grant insert (code, name, tracking_url_template, active, sort_order),
  update (name, tracking_url_template, active, sort_order) on public.carriers to authenticated;

create policy "Staff can read carriers"
  on public.carriers for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Admins can add carriers"
  on public.carriers for insert
  to authenticated
  with check ((select private.has_role('admin')));

create policy "Admins can update carriers"
  on public.carriers for update
  to authenticated
  using ((select private.has_role('admin')))
  with check ((select private.has_role('admin')));

create policy "Staff can read shipments"
  on public.shipments for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Staff can read shipment lines"
  on public.shipment_lines for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Staff can read shipment batches"
  on public.shipment_line_batches for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Admins and finance can read shipment costs"
  on public.shipment_line_batch_costs for select
  to authenticated
  using ((select private.has_role('admin', 'finance')));

create policy "Staff can read shipment events"
  on public.shipment_events for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
