-- Returns and exchanges (退货/换货):
--
--   requested ─approve─▶ approved ─receive─▶ received ─refund─▶ refunded        (kind return)
--       │                                         └──ship_exchange──▶ exchanged (kind exchange)
--       └─reject─▶ rejected
--
--   request_return   sales, admin: per order line, qty ≤ shipped − already requested (over_return).
--   approve / reject admin, finance: the people who answer for the money decide.
--   receive_return   warehouse, admin: line by line, restock (back into the original batch at its
--                    original cost, via private.receive_into_batch) or scrap (stays out of stock; its
--                    cost stays in COGS as a loss).
--   refund_return    finance, admin: refunds the returned lines' net amount (their share of promotions
--                    and coupon already deducted) as negative payments, newest payment first, never
--                    more than the order's net paid amount.
--   ship_exchange    warehouse, admin: ships the replacement of an exchange as a new shipment.

create table public.returns (
  id uuid primary key default gen_random_uuid(),
  return_no text not null unique check (char_length(return_no) <= 40),
  order_id uuid not null references public.sales_orders (id) on delete restrict,
  customer_id uuid not null references public.customers (id) on delete restrict,
  kind text not null default 'return' check (kind in ('return', 'exchange')),
  status text not null default 'requested'
    check (status in ('requested', 'approved', 'rejected', 'received', 'refunded', 'exchanged')),
  reason text check (char_length(reason) <= 500),
  decision_note text check (char_length(decision_note) <= 500),
  -- Net amount of the returned lines (0 for an exchange) and what was actually refunded.
  refund_amount numeric(14, 2) not null default 0 check (refund_amount >= 0),
  refunded_amount numeric(14, 2) not null default 0 check (refunded_amount >= 0),
  requested_by uuid references public.profiles (id) on delete set null default auth.uid(),
  requested_at timestamptz not null default now(),
  decided_by uuid references public.profiles (id) on delete set null,
  decided_at timestamptz,
  received_by uuid references public.profiles (id) on delete set null,
  received_at timestamptz,
  closed_by uuid references public.profiles (id) on delete set null,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.returns is
  '退换货单: a return (refund) or an exchange (replacement shipment) of goods shipped on an order. requested → approved | rejected → received → refunded | exchanged. Written only by the return RPCs; every staff role reads.';
create index returns_order_id_idx on public.returns (order_id);
create index returns_customer_id_idx on public.returns (customer_id);
create index returns_status_idx on public.returns (status, requested_at desc);
create index returns_requested_by_idx on public.returns (requested_by);
create index returns_decided_by_idx on public.returns (decided_by);
create index returns_received_by_idx on public.returns (received_by);
create index returns_closed_by_idx on public.returns (closed_by);
alter table public.returns enable row level security;

create table public.return_lines (
  id uuid primary key default gen_random_uuid(),
  return_id uuid not null references public.returns (id) on delete cascade,
  order_line_id uuid not null references public.sales_order_lines (id) on delete restrict,
  product_id uuid not null references public.products (id) on delete restrict,
  qty numeric(14, 3) not null check (qty > 0),
  refund_amount numeric(14, 2) not null default 0 check (refund_amount >= 0),
  disposition text check (disposition in ('restock', 'scrap')),
  constraint return_lines_order_line_key unique (return_id, order_line_id)
);
comment on table public.return_lines is '退换货明细: quantity of an order line coming back, its net amount, and (once received) restock or scrap.';
create index return_lines_order_line_id_idx on public.return_lines (order_line_id);
create index return_lines_product_id_idx on public.return_lines (product_id);
alter table public.return_lines enable row level security;

create table public.return_line_batches (
  id uuid primary key default gen_random_uuid(),
  return_line_id uuid not null references public.return_lines (id) on delete cascade,
  shipment_line_batch_id uuid not null references public.shipment_line_batches (id) on delete restrict,
  batch_id uuid not null references public.stock_batches (id) on delete restrict,
  qty numeric(14, 3) not null check (qty > 0),
  disposition text not null check (disposition in ('restock', 'scrap'))
);
comment on table public.return_line_batches is
  '退货批次: which shipped batch each returned unit came from and whether it was restocked into that batch (at the batch''s original cost) or scrapped. Costs: shipment_line_batch_costs of the same shipment_line_batch_id. Every staff role reads.';
create index return_line_batches_return_line_id_idx on public.return_line_batches (return_line_id);
create index return_line_batches_shipment_line_batch_id_idx on public.return_line_batches (shipment_line_batch_id);
create index return_line_batches_batch_id_idx on public.return_line_batches (batch_id);
alter table public.return_line_batches enable row level security;

alter table public.shipments
  add constraint shipments_return_id_fkey foreign key (return_id) references public.returns (id) on delete restrict;
alter table public.payments add column return_id uuid references public.returns (id) on delete restrict;
comment on column public.payments.return_id is 'The return a refund was paid for (refund_return).';
create index payments_return_id_idx on public.payments (return_id);

create trigger guard_document_write
  before insert or update or delete on public.returns
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.return_lines
  for each row execute function private.guard_document_write();
create trigger guard_document_write
  before insert or update or delete on public.return_line_batches
  for each row execute function private.guard_document_write();
create trigger touch_updated_at
  before update on public.returns
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.returns
  for each row execute function private.audit_row();

-- Helpers --------------------------------------------------------------------------------------------------

-- Locks the return and its order (order first: the order is every document's lock root).
create function private.lock_return(p_return_id uuid)
returns public.returns
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_order_id uuid;
  v_return public.returns;
begin
  select r.order_id into v_order_id from public.returns r where r.id = p_return_id;
  if v_order_id is null then
    perform private.sales_error('return_not_found', jsonb_build_object('return_id', p_return_id));
  end if;
  perform private.lock_sales_order(v_order_id);
  select * into v_return from public.returns r where r.id = p_return_id for update;
  return v_return;
end;
$$;
comment on function private.lock_return(uuid) is 'Locks a return (after its order), or raises return_not_found.';

create function private.return_status_error(p_return public.returns, p_to text)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform private.sales_error('invalid_status_transition', jsonb_build_object(
    'return_id', p_return.id, 'return_no', p_return.return_no, 'kind', p_return.kind, 'from', p_return.status, 'to', p_to));
end;
$$;
comment on function private.return_status_error(public.returns, text) is 'Raises invalid_status_transition for a return.';

create function private.return_json(p_return_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select to_jsonb(r) || jsonb_build_object('lines', coalesce((
    select jsonb_agg(to_jsonb(l) order by l.id) from public.return_lines l where l.return_id = r.id), '[]'::jsonb))
  from public.returns r
  where r.id = p_return_id
$$;
comment on function private.return_json(uuid) is 'A return with its lines as JSON (RPC results).';

-- RPCs ---------------------------------------------------------------------------------------------------------

create function public.request_return(
  p_order_id uuid,
  p_lines jsonb,
  p_reason text default null,
  p_kind text default 'return'
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'sales');
  v_order public.sales_orders;
  v_kind text := coalesce(p_kind, 'return');
  v_req record;
  v_line public.sales_order_lines;
  v_ids uuid[] := '{}';
  v_qtys numeric[] := '{}';
  v_requested numeric;
  v_return public.returns;
  v_amount numeric(14, 2);
  v_total numeric(14, 2) := 0;
begin
  p_reason := private.clean_text(p_reason, 500, 'reason');
  if v_kind not in ('return', 'exchange') then
    perform private.sales_error('invalid_return_kind', jsonb_build_object('kind', left(v_kind, 32)));
  end if;
  v_order := private.lock_sales_order(p_order_id);
  if v_order.status = 'draft' or v_order.status = 'confirmed' then
    perform private.order_status_error(v_order, 'returned');
  end if;
  select array_agg(r.request_line_id), array_agg(r.request_qty) into v_ids, v_qtys
    from private.order_line_requests(v_order.id, p_lines) r;

  insert into public.returns (return_no, order_id, customer_id, kind, reason, requested_by)
  values (private.next_document_number('RT'), v_order.id, v_order.customer_id, v_kind, p_reason, v_uid)
  returning * into v_return;

  for v_req in
    select r.line_id, sum(r.qty) as qty from unnest(v_ids, v_qtys) as r (line_id, qty)
    group by r.line_id order by r.line_id
  loop
    select * into v_line from public.sales_order_lines l where l.id = v_req.line_id;
    -- Everything already asked for on this line (open or done), except rejected requests.
    select coalesce(sum(rl.qty), 0) into v_requested
      from public.return_lines rl
      join public.returns r on r.id = rl.return_id
     where rl.order_line_id = v_line.id and r.status <> 'rejected' and r.id <> v_return.id;
    if v_req.qty > v_line.shipped_qty + v_line.exchanged_qty - v_requested then
      perform private.sales_error('over_return', jsonb_build_object(
        'line_id', v_line.id, 'line_no', v_line.line_no,
        'sku', (select p.sku from public.products p where p.id = v_line.product_id),
        'name', (select p.name from public.products p where p.id = v_line.product_id),
        'shipped', v_line.shipped_qty + v_line.exchanged_qty, 'already_returned', v_requested, 'requested', v_req.qty,
        'returnable', greatest(v_line.shipped_qty + v_line.exchanged_qty - v_requested, 0)));
    end if;
    v_amount := case when v_kind = 'return' then round(v_line.line_total * v_req.qty / v_line.qty, 2) else 0 end;
    insert into public.return_lines (return_id, order_line_id, product_id, qty, refund_amount)
    values (v_return.id, v_line.id, v_line.product_id, v_req.qty, v_amount);
    v_total := v_total + v_amount;
  end loop;

  update public.returns set refund_amount = v_total where id = v_return.id;
  return private.return_json(v_return.id);
end;
$$;
comment on function public.request_return(uuid, jsonb, text, text) is
  'RPC (admin, sales): requests a return (p_kind ''return'', refund) or an exchange (p_kind ''exchange'', replacement) of shipped goods; p_lines = [{line_id, qty}]. Errors: over_return {sku, shipped, already_returned, requested, returnable}, invalid_quantity, order_line_not_found, invalid_return_kind, invalid_status_transition, text_too_long.';

create function public.approve_return(p_return_id uuid, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'finance');
  v_return public.returns;
begin
  p_note := private.clean_text(p_note, 500, 'note');
  v_return := private.lock_return(p_return_id);
  if v_return.status <> 'requested' then
    perform private.return_status_error(v_return, 'approved');
  end if;
  update public.returns set status = 'approved', decided_by = v_uid, decided_at = now(), decision_note = p_note
   where id = v_return.id;
  return private.return_json(v_return.id);
end;
$$;
comment on function public.approve_return(uuid, text) is 'RPC (admin, finance): requested → approved. Errors: return_not_found, invalid_status_transition.';

create function public.reject_return(p_return_id uuid, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'finance');
  v_return public.returns;
begin
  p_note := private.clean_text(p_note, 500, 'note');
  v_return := private.lock_return(p_return_id);
  if v_return.status <> 'requested' then
    perform private.return_status_error(v_return, 'rejected');
  end if;
  update public.returns set status = 'rejected', decided_by = v_uid, decided_at = now(), decision_note = p_note
   where id = v_return.id;
  return private.return_json(v_return.id);
end;
$$;
comment on function public.reject_return(uuid, text) is 'RPC (admin, finance): requested → rejected (the quantity becomes returnable again). Errors: return_not_found, invalid_status_transition.';

create function public.receive_return(p_return_id uuid, p_lines jsonb default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'warehouse');
  v_return public.returns;
  v_rline record;
  v_disposition text;
  v_left numeric;
  v_take numeric;
  v_slb record;
  v_cost numeric(14, 2);
  v_item jsonb;
begin
  v_return := private.lock_return(p_return_id);
  if v_return.status <> 'approved' then
    perform private.return_status_error(v_return, 'received');
  end if;
  if p_lines is not null and jsonb_typeof(p_lines) <> 'array' then
    perform private.sales_error('invalid_lines', jsonb_build_object('reason', 'not_an_array'));
  end if;
  for v_item in select e from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) e loop
    if jsonb_typeof(v_item) <> 'object'
       or not exists (select 1 from public.return_lines rl where rl.return_id = v_return.id and rl.id::text = v_item ->> 'line_id') then
      perform private.sales_error('return_line_not_found', jsonb_build_object('line_id', left(v_item ->> 'line_id', 64)));
    end if;
    if coalesce(v_item ->> 'disposition', '') not in ('restock', 'scrap') then
      perform private.sales_error('invalid_disposition', jsonb_build_object('disposition', left(v_item ->> 'disposition', 32)));
    end if;
  end loop;

  -- Line by line in product order (the stock lock order), each to the batches it shipped from: the
  -- most recent shipment first and, within it, the earliest expiry first (which unit came back is
  -- unknown, so it is given the shorter shelf life, never a longer one).
  for v_rline in
    select rl.* from public.return_lines rl where rl.return_id = v_return.id order by rl.product_id, rl.id
  loop
    select coalesce(max(e ->> 'disposition'), 'restock') into v_disposition
      from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) e
     where e ->> 'line_id' = v_rline.id::text;
    v_left := v_rline.qty;
    for v_slb in
      select slb.*, c.unit_cost
        from public.shipment_line_batches slb
        join public.shipment_line_batch_costs c on c.shipment_line_batch_id = slb.id
        join public.shipment_lines sl on sl.id = slb.shipment_line_id
        join public.shipments s on s.id = sl.shipment_id
        join public.stock_batches b on b.id = slb.batch_id
       where sl.order_line_id = v_rline.order_line_id and slb.qty > slb.returned_qty
       order by s.shipped_at desc, b.expiry_date asc nulls last, slb.id
         for update of slb
    loop
      exit when v_left <= 0;
      v_take := least(v_left, v_slb.qty - v_slb.returned_qty);
      v_cost := round(v_take * v_slb.unit_cost, 2);
      if v_disposition = 'restock' then
        perform private.receive_into_batch(v_slb.batch_id, v_take, 'return_in', 'return', v_return.id, v_rline.id);
      end if;
      insert into public.return_line_batches (return_line_id, shipment_line_batch_id, batch_id, qty, disposition)
      values (v_rline.id, v_slb.id, v_slb.batch_id, v_take, v_disposition);
      update public.shipment_line_batches set returned_qty = returned_qty + v_take where id = v_slb.id;
      update public.sales_order_line_costs
         set returned_cost_amount = returned_cost_amount + case when v_disposition = 'restock' then v_cost else 0 end,
             scrapped_cost_amount = scrapped_cost_amount + case when v_disposition = 'scrap' then v_cost else 0 end,
             updated_at = now()
       where order_line_id = v_rline.order_line_id;
      v_left := v_left - v_take;
    end loop;
    if v_left > 0 then
      -- Cannot happen while request_return caps quantities; kept as a guard on the ledger.
      perform private.sales_error('over_return', jsonb_build_object('return_line_id', v_rline.id, 'unmatched', v_left));
    end if;
    update public.return_lines set disposition = v_disposition where id = v_rline.id;
    update public.sales_order_lines set returned_qty = returned_qty + v_rline.qty where id = v_rline.order_line_id;
  end loop;

  update public.returns set status = 'received', received_by = v_uid, received_at = now() where id = v_return.id;
  return private.return_json(v_return.id);
end;
$$;
comment on function public.receive_return(uuid, jsonb) is
  'RPC (admin, warehouse): approved → received. p_lines = [{line_id (return line), disposition: restock | scrap}], default restock: restock puts goods back into the batches they shipped from at their original cost (return_in movements); scrap keeps them out of stock. Errors: return_not_found, return_line_not_found, invalid_disposition, invalid_status_transition.';

create function public.refund_return(p_return_id uuid, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'finance');
  v_return public.returns;
  v_order public.sales_orders;
  v_left numeric(14, 2);
  v_pay record;
  v_take numeric(14, 2);
  v_refund public.payments;
  v_done numeric(14, 2) := 0;
begin
  p_note := private.clean_text(p_note, 500, 'note');
  v_return := private.lock_return(p_return_id);
  if v_return.kind <> 'return' or v_return.status <> 'received' then
    perform private.return_status_error(v_return, 'refunded');
  end if;
  select * into v_order from public.sales_orders o where o.id = v_return.order_id;
  v_left := least(v_return.refund_amount, greatest(v_order.paid_amount - v_order.refunded_amount, 0));

  for v_pay in
    select p.id, p.amount + coalesce((select sum(r.amount) from public.payments r where r.refund_of = p.id), 0) as refundable
      from public.payments p
     where p.order_id = v_order.id and p.kind = 'payment' and p.status = 'succeeded'
     order by p.paid_at desc, p.id
  loop
    exit when v_left <= 0;
    continue when v_pay.refundable <= 0;
    v_take := least(v_left, v_pay.refundable);
    v_refund := private.refund_payment_internal(v_pay.id, v_take, coalesce(p_note, '退货退款 ' || v_return.return_no));
    update public.payments set return_id = v_return.id where id = v_refund.id;
    v_left := v_left - v_take;
    v_done := v_done + v_take;
  end loop;

  update public.returns
     set status = 'refunded', refunded_amount = v_done, closed_by = v_uid, closed_at = now(),
         decision_note = coalesce(p_note, decision_note)
   where id = v_return.id;
  return private.return_json(v_return.id);
end;
$$;
comment on function public.refund_return(uuid, text) is
  'RPC (admin, finance): received → refunded: refunds the returned lines'' net amount (capped at what the order has net paid) as negative payments on the order''s payments, newest first. Errors: return_not_found, invalid_status_transition.';

create function public.ship_exchange(
  p_return_id uuid, p_carrier text default null, p_tracking_no text default null, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'warehouse');
  v_return public.returns;
  v_order public.sales_orders;
  v_carrier text;
  v_tracking text := nullif(btrim(p_tracking_no), '');
  v_shipment public.shipments;
  v_rline record;
begin
  p_note := private.clean_text(p_note, 500, 'note');
  v_carrier := private.check_carrier(p_carrier, v_tracking);
  v_return := private.lock_return(p_return_id);
  if v_return.kind <> 'exchange' or v_return.status <> 'received' then
    perform private.return_status_error(v_return, 'exchanged');
  end if;
  select * into v_order from public.sales_orders o where o.id = v_return.order_id;

  insert into public.shipments (shipment_no, order_id, return_id, kind, warehouse_id, carrier_code, tracking_no, status,
                                ship_to, note, shipped_by, delivered_at)
  values (private.next_document_number('SH'), v_order.id, v_return.id, 'exchange', v_order.warehouse_id, v_carrier, v_tracking,
          case when v_carrier = 'PICKUP' then 'delivered' else 'shipped' end, v_order.ship_to, p_note, v_uid,
          case when v_carrier = 'PICKUP' then now() end)
  returning * into v_shipment;

  -- The replacement must come from available stock: reserve (named insufficient_stock if short),
  -- then issue, product by product in the global lock order.
  for v_rline in
    select rl.order_line_id, rl.product_id, rl.qty from public.return_lines rl where rl.return_id = v_return.id
    order by rl.product_id, rl.id
  loop
    perform private.reserve_stock(v_rline.product_id, v_order.warehouse_id, v_rline.qty);
    perform private.ship_line(v_shipment.id, v_rline.order_line_id, v_rline.product_id, v_order.warehouse_id, v_rline.qty, true);
    update public.sales_order_lines set exchanged_qty = exchanged_qty + v_rline.qty where id = v_rline.order_line_id;
  end loop;

  insert into public.shipment_events (shipment_id, status, description, created_by)
  values (v_shipment.id, v_shipment.status, '换货发出 ' || v_return.return_no, v_uid);

  update public.returns set status = 'exchanged', closed_by = v_uid, closed_at = now() where id = v_return.id;
  return private.return_json(v_return.id) || jsonb_build_object(
    'shipment', to_jsonb(v_shipment) || jsonb_build_object('tracking_url', public.tracking_url(v_shipment)));
end;
$$;
comment on function public.ship_exchange(uuid, text, text, text) is
  'RPC (admin, warehouse): received exchange → exchanged: ships the replacement goods as a new shipment (kind exchange, FEFO, COGS added to the order lines). Errors: insufficient_stock, unknown_carrier, invalid_tracking_no, invalid_status_transition.';

revoke execute on function
  private.lock_return(uuid),
  private.return_status_error(public.returns, text),
  private.return_json(uuid),
  public.request_return(uuid, jsonb, text, text),
  public.approve_return(uuid, text),
  public.reject_return(uuid, text),
  public.receive_return(uuid, jsonb),
  public.refund_return(uuid, text),
  public.ship_exchange(uuid, text, text, text)
from public, anon;
grant execute on function
  public.request_return(uuid, jsonb, text, text),
  public.approve_return(uuid, text),
  public.reject_return(uuid, text),
  public.receive_return(uuid, jsonb),
  public.refund_return(uuid, text),
  public.ship_exchange(uuid, text, text, text)
to authenticated;

-- Grants and policies -------------------------------------------------------------------------------------------

grant select on public.returns, public.return_lines, public.return_line_batches to authenticated;

create policy "Staff can read returns"
  on public.returns for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Staff can read return lines"
  on public.return_lines for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Staff can read return batches"
  on public.return_line_batches for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
