-- Stock documents, each posted by one RPC in one transaction: stock-in receipts, adjustments and
-- stocktakes (with a reason), transfers (draft → in_transit → received, or draft → cancelled) and
-- expiry write-offs. Warehouse keepers and admins post them; finance reads them; sales does not see
-- them. Documents are written only by these RPCs (no write grants for any API role).
--
-- Lines arrive as a JSON array; every line is validated before anything is posted and a failing line
-- answers its error code with {"line": n, ...} in the detail. Lines are then posted in (product_id)
-- order, the global stock lock order; an error while posting (insufficient_stock) names the product.
-- (Validation uses one exception block per line, which reads only; posting uses none, so a long
-- document never piles up write subtransactions.) Document lines carry no costs: the cost lives on the batch and the ledger
-- (admin/finance read it through public.batch_costs / public.stock_movement_costs).
-- Numbers: SI stock-in, AJ adjustment, ST stocktake, TR transfer, WO write-off.

create table public.stock_receipts (
  id uuid primary key default gen_random_uuid(),
  receipt_no text not null constraint stock_receipts_receipt_no_key unique,
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  supplier text constraint stock_receipts_supplier_length check (char_length(supplier) <= 100),
  note text constraint stock_receipts_note_length check (char_length(note) <= 500),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
comment on table public.stock_receipts is 'Stock-in receipts (入库单, SI-…): goods received into a warehouse, creating or topping up batches.';
create index stock_receipts_warehouse_id_idx on public.stock_receipts (warehouse_id, created_at);
create index stock_receipts_created_by_idx on public.stock_receipts (created_by);
create index stock_receipts_created_at_idx on public.stock_receipts (created_at);
alter table public.stock_receipts enable row level security;

create table public.stock_receipt_lines (
  id uuid primary key default gen_random_uuid(),
  receipt_id uuid not null references public.stock_receipts (id) on delete cascade,
  line_no integer not null check (line_no > 0),
  product_id uuid not null references public.products (id) on delete restrict,
  batch_id uuid not null references public.stock_batches (id) on delete restrict,
  batch_no text not null constraint stock_receipt_lines_batch_no_length check (char_length(batch_no) between 1 and 64),
  production_date date,
  expiry_date date,
  qty numeric(14,3) not null check (qty > 0),
  constraint stock_receipt_lines_line_key unique (receipt_id, line_no)
);
comment on table public.stock_receipt_lines is 'Lines of a stock-in receipt: product, quantity and the batch it went into.';
create index stock_receipt_lines_product_id_idx on public.stock_receipt_lines (product_id);
create index stock_receipt_lines_batch_id_idx on public.stock_receipt_lines (batch_id);
alter table public.stock_receipt_lines enable row level security;

create table public.stock_adjustments (
  id uuid primary key default gen_random_uuid(),
  adjustment_no text not null constraint stock_adjustments_adjustment_no_key unique,
  kind text not null constraint stock_adjustments_kind_check check (kind in ('adjustment', 'stocktake')),
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  reason text not null constraint stock_adjustments_reason_length check (char_length(btrim(reason)) between 1 and 200),
  note text constraint stock_adjustments_note_length check (char_length(note) <= 500),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
comment on table public.stock_adjustments is
  'Stock adjustments (调整单, AJ-…) and posted stocktakes (盘点单, ST-…): a reason and lines of signed changes; a stocktake line holds the counted quantity and posts the difference.';
create index stock_adjustments_warehouse_id_idx on public.stock_adjustments (warehouse_id, created_at);
create index stock_adjustments_created_by_idx on public.stock_adjustments (created_by);
create index stock_adjustments_created_at_idx on public.stock_adjustments (created_at);
alter table public.stock_adjustments enable row level security;

create table public.stock_adjustment_lines (
  id uuid primary key default gen_random_uuid(),
  adjustment_id uuid not null references public.stock_adjustments (id) on delete cascade,
  line_no integer not null check (line_no > 0),
  product_id uuid not null references public.products (id) on delete restrict,
  batch_id uuid references public.stock_batches (id) on delete restrict,
  system_qty numeric(14,3) not null,
  counted_qty numeric(14,3) check (counted_qty >= 0),
  qty_change numeric(14,3) not null,
  constraint stock_adjustment_lines_line_key unique (adjustment_id, line_no)
);
comment on table public.stock_adjustment_lines is
  'Lines of an adjustment or stocktake: book quantity before, counted quantity (stocktake), and the change posted. batch_id is null for a product-level line (then the ledger rows name the batches).';
create index stock_adjustment_lines_product_id_idx on public.stock_adjustment_lines (product_id);
create index stock_adjustment_lines_batch_id_idx on public.stock_adjustment_lines (batch_id);
alter table public.stock_adjustment_lines enable row level security;

create table public.stock_transfers (
  id uuid primary key default gen_random_uuid(),
  transfer_no text not null constraint stock_transfers_transfer_no_key unique,
  from_warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  to_warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  status text not null default 'draft' constraint stock_transfers_status_check check (status in ('draft', 'in_transit', 'received', 'cancelled')),
  note text constraint stock_transfers_note_length check (char_length(note) <= 500),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  dispatched_by uuid references public.profiles (id) on delete set null,
  dispatched_at timestamptz,
  received_by uuid references public.profiles (id) on delete set null,
  received_at timestamptz,
  cancelled_by uuid references public.profiles (id) on delete set null,
  cancelled_at timestamptz,
  constraint stock_transfers_same_warehouse check (from_warehouse_id <> to_warehouse_id)
);
comment on table public.stock_transfers is
  'Transfers between warehouses (调拨单, TR-…): draft → in_transit (stock leaves the source) → received (stock enters the destination in the same batches at the same cost); draft → cancelled.';
create index stock_transfers_from_warehouse_id_idx on public.stock_transfers (from_warehouse_id);
create index stock_transfers_to_warehouse_id_idx on public.stock_transfers (to_warehouse_id);
create index stock_transfers_status_idx on public.stock_transfers (status, created_at);
create index stock_transfers_created_by_idx on public.stock_transfers (created_by);
create index stock_transfers_dispatched_by_idx on public.stock_transfers (dispatched_by);
create index stock_transfers_received_by_idx on public.stock_transfers (received_by);
create index stock_transfers_cancelled_by_idx on public.stock_transfers (cancelled_by);
alter table public.stock_transfers enable row level security;

create table public.stock_transfer_lines (
  id uuid primary key default gen_random_uuid(),
  transfer_id uuid not null references public.stock_transfers (id) on delete cascade,
  line_no integer not null check (line_no > 0),
  product_id uuid not null references public.products (id) on delete restrict,
  batch_id uuid references public.stock_batches (id) on delete restrict,
  qty numeric(14,3) not null check (qty > 0),
  constraint stock_transfer_lines_line_key unique (transfer_id, line_no)
);
comment on table public.stock_transfer_lines is
  'Lines of a transfer: a product and quantity, optionally from one named batch (else unexpired batches, earliest expiry first).';
create index stock_transfer_lines_product_id_idx on public.stock_transfer_lines (product_id);
create index stock_transfer_lines_batch_id_idx on public.stock_transfer_lines (batch_id);
alter table public.stock_transfer_lines enable row level security;

create table public.stock_write_offs (
  id uuid primary key default gen_random_uuid(),
  write_off_no text not null constraint stock_write_offs_write_off_no_key unique,
  warehouse_id uuid not null references public.warehouses (id) on delete restrict,
  reason text not null constraint stock_write_offs_reason_length check (char_length(btrim(reason)) between 1 and 200),
  note text constraint stock_write_offs_note_length check (char_length(note) <= 500),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
comment on table public.stock_write_offs is 'Expiry write-offs (报损单, WO-…): expired batches taken out of stock.';
create index stock_write_offs_warehouse_id_idx on public.stock_write_offs (warehouse_id, created_at);
create index stock_write_offs_created_by_idx on public.stock_write_offs (created_by);
create index stock_write_offs_created_at_idx on public.stock_write_offs (created_at);
alter table public.stock_write_offs enable row level security;

create table public.stock_write_off_lines (
  id uuid primary key default gen_random_uuid(),
  write_off_id uuid not null references public.stock_write_offs (id) on delete cascade,
  line_no integer not null check (line_no > 0),
  product_id uuid not null references public.products (id) on delete restrict,
  batch_id uuid not null references public.stock_batches (id) on delete restrict,
  expiry_date date,
  qty numeric(14,3) not null check (qty > 0),
  constraint stock_write_off_lines_line_key unique (write_off_id, line_no)
);
comment on table public.stock_write_off_lines is 'Lines of an expiry write-off: one expired batch each, its whole remaining quantity.';
create index stock_write_off_lines_product_id_idx on public.stock_write_off_lines (product_id);
create index stock_write_off_lines_batch_id_idx on public.stock_write_off_lines (batch_id);
alter table public.stock_write_off_lines enable row level security;

-- In transit: dispatched, not yet received.
create view public.stock_in_transit with (security_invoker = true) as
select t.id as transfer_id, t.transfer_no, l.product_id, t.from_warehouse_id, t.to_warehouse_id,
       sum(l.qty) as qty, t.dispatched_at
from public.stock_transfers t
join public.stock_transfer_lines l on l.transfer_id = t.id
where t.status = 'in_transit'
group by t.id, t.transfer_no, l.product_id, t.from_warehouse_id, t.to_warehouse_id, t.dispatched_at;
comment on view public.stock_in_transit is 'Stock on its way between warehouses: per in-transit transfer and product, the quantity dispatched and not yet received.';

-- Audit -------------------------------------------------------------------------------------------
create trigger audit_row after insert or update or delete on public.stock_receipts for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_receipt_lines for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_adjustments for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_adjustment_lines for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_transfers for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_transfer_lines for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_write_offs for each row execute function private.audit_row();
create trigger audit_row after insert or update or delete on public.stock_write_off_lines for each row execute function private.audit_row();

-- Helpers -----------------------------------------------------------------------------------------

-- The warehouse a document writes to: it must exist and be active.
create function private.usable_warehouse(p_warehouse_id uuid)
returns public.warehouses
language plpgsql
stable
set search_path = ''
as $$
declare
  v_warehouse public.warehouses;
begin
  select * into v_warehouse from public.warehouses w where w.id = p_warehouse_id;
  if not found then
    raise exception 'warehouse_not_found' using errcode = 'P0001', hint = 'warehouse_not_found',
      detail = json_build_object('warehouse_id', p_warehouse_id)::text;
  end if;
  if not v_warehouse.active then
    raise exception 'warehouse_inactive' using errcode = 'P0001', hint = 'warehouse_inactive',
      detail = json_build_object('warehouse_id', p_warehouse_id, 'name', v_warehouse.name)::text;
  end if;
  return v_warehouse;
end;
$$;
comment on function private.usable_warehouse(uuid) is 'The warehouse row; raises warehouse_not_found / warehouse_inactive.';

create function private.find_product(p_product_id uuid)
returns public.products
language plpgsql
stable
set search_path = ''
as $$
declare
  v_product public.products;
begin
  select * into v_product from public.products p where p.id = p_product_id;
  if not found then
    raise exception 'product_not_found' using errcode = 'P0001', hint = 'product_not_found',
      detail = json_build_object('product_id', p_product_id)::text;
  end if;
  return v_product;
end;
$$;
comment on function private.find_product(uuid) is 'The product row; raises product_not_found.';

-- Re-raises a coded error of line n with {"line": n} added to its JSON detail.
-- The product of a document line that names a batch (which must lie in p_warehouse_id and, if the line also
-- names a product, be of it) or else a product.
create function private.line_product(p_line jsonb, p_batch_id uuid, p_warehouse_id uuid)
returns public.products
language plpgsql
set search_path = ''
as $$
declare
  v_batch record;
begin
  if p_batch_id is null then
    return private.find_product(private.parse_uuid(p_line -> 'product_id', 'product_not_found', 'product_id'));
  end if;
  select b.product_id, b.warehouse_id into v_batch from public.stock_batches b where b.id = p_batch_id;
  if not found or v_batch.warehouse_id <> p_warehouse_id
     or (p_line ? 'product_id' and jsonb_typeof(p_line -> 'product_id') <> 'null'
         and private.parse_uuid(p_line -> 'product_id', 'product_not_found', 'product_id') <> v_batch.product_id) then
    raise exception 'batch_not_found' using errcode = 'P0001', hint = 'batch_not_found',
      detail = json_build_object('batch_id', p_batch_id)::text;
  end if;
  return private.find_product(v_batch.product_id);
end;
$$;
comment on function private.line_product(jsonb, uuid, uuid) is
  'Stock documents: the product a line names, directly or through its batch (batch_not_found if the batch is not in the warehouse or not of the named product; product_not_found).';

create function private.raise_line_error(p_line integer, p_message text, p_hint text, p_detail text, p_errcode text)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_detail jsonb;
begin
  begin
    v_detail := coalesce(nullif(p_detail, '')::jsonb, '{}'::jsonb);
    if jsonb_typeof(v_detail) <> 'object' then
      v_detail := jsonb_build_object('value', v_detail);
    end if;
  exception when others then
    v_detail := jsonb_build_object('value', p_detail);
  end;
  raise exception '%', p_message using errcode = p_errcode, hint = coalesce(p_hint, p_message),
    detail = (v_detail || jsonb_build_object('line', p_line))::text;
end;
$$;
comment on function private.raise_line_error(integer, text, text, text, text) is 'Re-raises an error with the document line number in its detail.';

-- The unit cost a new batch gets when stock appears without a purchase (stocktake surplus): the latest
-- batch cost of the product anywhere, else 0.
create function private.last_unit_cost(p_product_id uuid)
returns numeric
language sql
stable
set search_path = ''
as $$
  select coalesce((select b.unit_cost from public.stock_batches b where b.product_id = p_product_id
                   order by b.received_at desc, b.created_at desc limit 1), 0)
$$;
comment on function private.last_unit_cost(uuid) is 'Latest batch unit cost of a product, or 0.';

-- Default expiry: production date (or today) + shelf life.
create function private.default_expiry(p_product public.products, p_production_date date)
returns date
language sql
stable
set search_path = ''
as $$
  select case when p_product.shelf_life_days is null then null
              else coalesce(p_production_date, private.business_date()) + p_product.shelf_life_days end
$$;
comment on function private.default_expiry(public.products, date) is 'production date (or today) + shelf_life_days, or null without a shelf life.';

-- Receipts ----------------------------------------------------------------------------------------

create function public.receive_stock(p_warehouse_id uuid, p_lines jsonb, p_supplier text default null, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_warehouse public.warehouses;
  v_receipt public.stock_receipts;
  v_supplier text;
  v_note text;
  v_today date := private.business_date();
  v_norm jsonb := '[]'::jsonb;
  v_line record;
  v_product public.products;
  v_qty numeric;
  v_cost numeric;
  v_batch_no text;
  v_production date;
  v_expiry date;
  v_batch_id uuid;
  v_line_id uuid;
  v_msg text; v_hint text; v_detail text; v_state text;
begin
  perform private.assert_role('admin', 'warehouse');
  v_warehouse := private.usable_warehouse(p_warehouse_id);
  v_supplier := private.clean_text(p_supplier, 100, 'supplier');
  v_note := private.clean_text(p_note, 500, 'note');
  perform private.check_lines(p_lines);

  insert into public.stock_receipts (receipt_no, warehouse_id, supplier, note)
  values (private.next_document_number('SI'), v_warehouse.id, v_supplier, v_note)
  returning * into v_receipt;

  -- 1. Validate every line.
  for v_line in select e.value as line, e.ordinality::integer as line_no from jsonb_array_elements(p_lines) with ordinality e loop
    begin
      v_product := private.find_product(private.parse_uuid(v_line.line -> 'product_id', 'product_not_found', 'product_id'));
      v_qty := private.parse_decimal(v_line.line -> 'qty', 3, 'invalid_quantity', 'qty');
      v_cost := private.parse_decimal(v_line.line -> 'unit_cost', 4, 'invalid_unit_cost', 'unit_cost', false);
      v_batch_no := private.clean_text(v_line.line ->> 'batch_no', 64, 'batch_no');
      v_production := private.parse_date(v_line.line -> 'production_date', 'production_date');
      v_expiry := private.parse_date(v_line.line -> 'expiry_date', 'expiry_date');
      if v_production > v_today then
        raise exception 'invalid_date' using errcode = 'P0001', hint = 'invalid_date', detail = '{"field": "production_date"}';
      end if;
      v_expiry := coalesce(v_expiry, private.default_expiry(v_product, v_production));
      if v_product.track_batches and v_batch_no is null then
        raise exception 'batch_no_required' using errcode = 'P0001', hint = 'batch_no_required',
          detail = json_build_object('sku', v_product.sku)::text;
      end if;
      if v_product.track_batches and v_expiry is null then
        raise exception 'expiry_required' using errcode = 'P0001', hint = 'expiry_required',
          detail = json_build_object('sku', v_product.sku)::text;
      end if;
      if v_expiry < v_today or v_expiry < v_production then
        raise exception 'batch_expired' using errcode = 'P0001', hint = 'batch_expired',
          detail = json_build_object('sku', v_product.sku, 'expiry_date', v_expiry)::text;
      end if;
      if exists (select 1 from public.stock_batches b
                 where b.product_id = v_product.id and b.batch_no = coalesce(v_batch_no, v_receipt.receipt_no)
                   and b.expiry_date is distinct from v_expiry) then
        raise exception 'batch_expiry_mismatch' using errcode = 'P0001', hint = 'batch_expiry_mismatch',
          detail = json_build_object('sku', v_product.sku, 'batch_no', v_batch_no, 'expiry_date', v_expiry)::text;
      end if;
    exception when sqlstate 'P0001' then
      get stacked diagnostics v_msg = message_text, v_hint = pg_exception_hint, v_detail = pg_exception_detail, v_state = returned_sqlstate;
      perform private.raise_line_error(v_line.line_no, v_msg, v_hint, v_detail, v_state);
    end;
    v_norm := v_norm || jsonb_build_object('line_no', v_line.line_no, 'product_id', v_product.id, 'qty', v_qty,
      'unit_cost', v_cost, 'batch_no', coalesce(v_batch_no, v_receipt.receipt_no),
      'production_date', v_production, 'expiry_date', v_expiry);
  end loop;

  -- 2. Post in product order.
  for v_line in
    select * from jsonb_to_recordset(v_norm) as x (line_no integer, product_id uuid, qty numeric, unit_cost numeric,
                                                     batch_no text, production_date date, expiry_date date)
    order by x.product_id, x.line_no
  loop
    perform private.lock_stock_level(v_line.product_id, v_warehouse.id);
    v_batch_id := private.find_or_create_batch(v_line.product_id, v_warehouse.id, v_line.batch_no, v_line.expiry_date,
                                               v_line.unit_cost, v_receipt.created_at);
    insert into public.stock_receipt_lines (receipt_id, line_no, product_id, batch_id, batch_no, production_date, expiry_date, qty)
    values (v_receipt.id, v_line.line_no, v_line.product_id, v_batch_id, v_line.batch_no, v_line.production_date, v_line.expiry_date, v_line.qty)
    returning id into v_line_id;
    perform private.receive_into_batch(v_batch_id, v_line.qty, 'receipt', 'stock_receipt', v_receipt.id, v_line_id);
  end loop;

  return to_jsonb(v_receipt) || jsonb_build_object('lines',
    (select jsonb_agg(to_jsonb(l) order by l.line_no) from public.stock_receipt_lines l where l.receipt_id = v_receipt.id));
end;
$$;
comment on function public.receive_stock(uuid, jsonb, text, text) is
  'RPC (admin, warehouse): posts a stock-in receipt. p_lines = [{product_id, qty (>0, ≤3 decimals), unit_cost (≥0, ≤4 decimals), batch_no?, production_date?, expiry_date?}]. Expiry defaults to production date (or today) + shelf_life_days; batch-tracked products need batch_no and an expiry. Returns the receipt with its lines. Errors (detail has the line): not_authorized, warehouse_not_found, warehouse_inactive, lines_required, too_many_lines, invalid_line, product_not_found, invalid_quantity, invalid_unit_cost, invalid_date, batch_no_required, expiry_required, batch_expired, batch_expiry_mismatch, text_too_long.';

-- Adjustments and stocktakes ----------------------------------------------------------------------

-- Posts one signed change for a document line. With a batch: that batch. Without: a decrease takes from
-- all batches (expired ones included, earliest expiry first); an increase goes into the named lot
-- (batch_no), else — for products without batch tracking — into the latest batch, else a new batch
-- numbered after the document at the product's last known cost.
create function private.post_adjustment_change(
  p_adjustment public.stock_adjustments, p_line_id uuid, p_product public.products, p_batch_id uuid,
  p_change numeric, p_batch_no text default null, p_expiry_date date default null, p_unit_cost numeric default null
)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_batch_id uuid := p_batch_id;
begin
  if p_change = 0 then
    return;
  end if;
  perform private.lock_stock_level(p_product.id, p_adjustment.warehouse_id);
  if p_change < 0 then
    if v_batch_id is not null then
      insert into public.stock_movements (movement_type, batch_id, qty, source_type, source_id, source_line_id)
      values ('adjustment', v_batch_id, p_change, 'stock_adjustment', p_adjustment.id, p_line_id);
    else
      perform private.issue_stock(p_product.id, p_adjustment.warehouse_id, -p_change, 'adjustment',
        'stock_adjustment', p_adjustment.id, p_line_id, false, true);
    end if;
    return;
  end if;
  if v_batch_id is null and p_batch_no is not null then
    v_batch_id := private.find_or_create_batch(p_product.id, p_adjustment.warehouse_id, p_batch_no,
      coalesce(p_expiry_date, private.default_expiry(p_product, null)),
      coalesce(p_unit_cost, private.last_unit_cost(p_product.id)));
  elsif v_batch_id is null then
    if p_product.track_batches then
      raise exception 'batch_no_required' using errcode = 'P0001', hint = 'batch_no_required',
        detail = json_build_object('sku', p_product.sku)::text;
    end if;
    if p_unit_cost is null then
      select b.id into v_batch_id from public.stock_batches b
      where b.product_id = p_product.id and b.warehouse_id = p_adjustment.warehouse_id
        and (b.expiry_date is null or b.expiry_date >= private.business_date())
      order by b.received_at desc, b.created_at desc limit 1;
    end if;
    if v_batch_id is null then
      v_batch_id := private.find_or_create_batch(p_product.id, p_adjustment.warehouse_id, p_adjustment.adjustment_no,
        coalesce(p_expiry_date, private.default_expiry(p_product, null)),
        coalesce(p_unit_cost, private.last_unit_cost(p_product.id)));
    end if;
  end if;
  perform private.receive_into_batch(v_batch_id, p_change, 'adjustment', 'stock_adjustment', p_adjustment.id, p_line_id);
end;
$$;
comment on function private.post_adjustment_change(public.stock_adjustments, uuid, public.products, uuid, numeric, text, date, numeric) is
  'Internal: posts the signed change of one adjustment / stocktake line to the ledger.';

-- Shared body of adjust_stock and post_stocktake.
create function private.post_adjustment(p_kind text, p_warehouse_id uuid, p_reason text, p_lines jsonb, p_note text)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_warehouse public.warehouses;
  v_adjustment public.stock_adjustments;
  v_reason text;
  v_note text;
  v_norm jsonb := '[]'::jsonb;
  v_line record;
  v_product public.products;
  v_batch_id uuid;
  v_qty numeric;
  v_counted numeric;
  v_system numeric;
  v_unit_cost numeric;
  v_expiry date;
  v_line_id uuid;
  v_msg text; v_hint text; v_detail text; v_state text;
begin
  perform private.assert_role('admin', 'warehouse');
  v_warehouse := private.usable_warehouse(p_warehouse_id);
  v_reason := private.clean_text(p_reason, 200, 'reason', true);
  v_note := private.clean_text(p_note, 500, 'note');
  perform private.check_lines(p_lines);

  insert into public.stock_adjustments (adjustment_no, kind, warehouse_id, reason, note)
  values (private.next_document_number(case when p_kind = 'stocktake' then 'ST' else 'AJ' end), p_kind, v_warehouse.id, v_reason, v_note)
  returning * into v_adjustment;

  for v_line in select e.value as line, e.ordinality::integer as line_no from jsonb_array_elements(p_lines) with ordinality e loop
    begin
      v_batch_id := private.parse_uuid(v_line.line -> 'batch_id', 'batch_not_found', 'batch_id', false);
      v_product := private.line_product(v_line.line, v_batch_id, v_warehouse.id);
      if p_kind = 'stocktake' then
        v_counted := private.parse_decimal(v_line.line -> 'counted_qty', 3, 'invalid_quantity', 'counted_qty', false);
        v_qty := null;
      else
        v_qty := private.parse_decimal(v_line.line -> 'qty', 3, 'invalid_quantity', 'qty', true, true);
        v_counted := null;
      end if;
      v_unit_cost := case when v_line.line ? 'unit_cost' and jsonb_typeof(v_line.line -> 'unit_cost') <> 'null'
                          then private.parse_decimal(v_line.line -> 'unit_cost', 4, 'invalid_unit_cost', 'unit_cost', false) end;
      v_expiry := private.parse_date(v_line.line -> 'expiry_date', 'expiry_date');
      -- A product is counted either per batch or as a whole, once.
      if p_kind = 'stocktake' and exists (select 1 from jsonb_to_recordset(v_norm) as x (product_id uuid, batch_id uuid)
                 where x.product_id = v_product.id
                   and (x.batch_id is null or v_batch_id is null or x.batch_id = v_batch_id)) then
        raise exception 'duplicate_line' using errcode = 'P0001', hint = 'duplicate_line',
          detail = json_build_object('sku', v_product.sku)::text;
      end if;
      v_norm := v_norm || jsonb_build_object('line_no', v_line.line_no, 'product_id', v_product.id, 'batch_id', v_batch_id,
        'qty', v_qty, 'counted_qty', v_counted, 'unit_cost', v_unit_cost, 'expiry_date', v_expiry,
        'batch_no', private.clean_text(v_line.line ->> 'batch_no', 64, 'batch_no'));
    exception when sqlstate 'P0001' then
      get stacked diagnostics v_msg = message_text, v_hint = pg_exception_hint, v_detail = pg_exception_detail, v_state = returned_sqlstate;
      perform private.raise_line_error(v_line.line_no, v_msg, v_hint, v_detail, v_state);
    end;
  end loop;

  for v_line in
    select * from jsonb_to_recordset(v_norm) as x (line_no integer, product_id uuid, batch_id uuid, qty numeric,
      counted_qty numeric, unit_cost numeric, expiry_date date, batch_no text)
    order by x.product_id, x.line_no
  loop
    v_product := private.find_product(v_line.product_id);
    perform private.lock_stock_level(v_line.product_id, v_warehouse.id);
    if v_line.batch_id is not null then
      select b.qty_on_hand into v_system from public.stock_batches b where b.id = v_line.batch_id;
    else
      select l.on_hand into v_system from public.stock_levels l
      where l.product_id = v_line.product_id and l.warehouse_id = v_warehouse.id;
    end if;
    v_qty := coalesce(v_line.qty, v_line.counted_qty - v_system);
    insert into public.stock_adjustment_lines (adjustment_id, line_no, product_id, batch_id, system_qty, counted_qty, qty_change)
    values (v_adjustment.id, v_line.line_no, v_line.product_id, v_line.batch_id, v_system, v_line.counted_qty, v_qty)
    returning id into v_line_id;
    perform private.post_adjustment_change(v_adjustment, v_line_id, v_product, v_line.batch_id, v_qty,
      v_line.batch_no, v_line.expiry_date, v_line.unit_cost);
  end loop;

  return to_jsonb(v_adjustment) || jsonb_build_object('lines',
    (select jsonb_agg(to_jsonb(l) order by l.line_no) from public.stock_adjustment_lines l where l.adjustment_id = v_adjustment.id));
end;
$$;
comment on function private.post_adjustment(text, uuid, text, jsonb, text) is 'Internal: body of adjust_stock and post_stocktake.';

create function public.adjust_stock(p_warehouse_id uuid, p_reason text, p_lines jsonb, p_note text default null)
returns jsonb
language sql
security definer
set search_path = ''
as $$
  select private.post_adjustment('adjustment', p_warehouse_id, p_reason, p_lines, p_note)
$$;
comment on function public.adjust_stock(uuid, text, jsonb, text) is
  'RPC (admin, warehouse): posts a stock adjustment with a reason. p_lines = [{batch_id? | product_id, qty (signed, ≠0, ≤3 decimals), batch_no?, expiry_date?, unit_cost?}]. A decrease without batch takes from the product''s batches earliest expiry first; an increase without batch goes to the named lot, else the latest batch, else a new batch at the last known cost. Returns the document with its lines. Errors (detail has the line): not_authorized, warehouse_not_found, warehouse_inactive, value_required (reason), text_too_long, lines_required, too_many_lines, invalid_line, product_not_found, batch_not_found, invalid_quantity, invalid_unit_cost, invalid_date, duplicate_line, batch_no_required, batch_expiry_mismatch, insufficient_stock.';

create function public.post_stocktake(p_warehouse_id uuid, p_reason text, p_lines jsonb, p_note text default null)
returns jsonb
language sql
security definer
set search_path = ''
as $$
  select private.post_adjustment('stocktake', p_warehouse_id, p_reason, p_lines, p_note)
$$;
comment on function public.post_stocktake(uuid, text, jsonb, text) is
  'RPC (admin, warehouse): posts a stocktake. p_lines = [{batch_id? | product_id, counted_qty (≥0)}]; each line records the book quantity and posts counted − book as an adjustment (a product-level surplus goes to its latest batch). Returns the document with its lines. Errors: as adjust_stock.';

-- Transfers ---------------------------------------------------------------------------------------

create function private.stock_transfer_json(p_transfer_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select to_jsonb(t) || jsonb_build_object('lines',
    (select jsonb_agg(to_jsonb(l) order by l.line_no) from public.stock_transfer_lines l where l.transfer_id = t.id))
  from public.stock_transfers t where t.id = p_transfer_id
$$;
comment on function private.stock_transfer_json(uuid) is 'A transfer with its lines, as JSON.';

create function private.lock_stock_transfer(p_transfer_id uuid, p_expected text)
returns public.stock_transfers
language plpgsql
set search_path = ''
as $$
declare
  v_transfer public.stock_transfers;
begin
  select * into v_transfer from public.stock_transfers t where t.id = p_transfer_id for update;
  if not found then
    raise exception 'transfer_not_found' using errcode = 'P0001', hint = 'transfer_not_found',
      detail = json_build_object('transfer_id', p_transfer_id)::text;
  end if;
  if v_transfer.status <> p_expected then
    raise exception 'invalid_status' using errcode = 'P0001', hint = 'invalid_status',
      detail = json_build_object('transfer_no', v_transfer.transfer_no, 'status', v_transfer.status, 'expected', p_expected)::text;
  end if;
  return v_transfer;
end;
$$;
comment on function private.lock_stock_transfer(uuid, text) is 'Locks a transfer; raises transfer_not_found / invalid_status unless it is in the expected status.';

create function public.create_stock_transfer(p_from_warehouse_id uuid, p_to_warehouse_id uuid, p_lines jsonb, p_note text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_from public.warehouses;
  v_to public.warehouses;
  v_transfer public.stock_transfers;
  v_note text;
  v_line record;
  v_product public.products;
  v_batch_id uuid;
  v_qty numeric;
  v_msg text; v_hint text; v_detail text; v_state text;
begin
  perform private.assert_role('admin', 'warehouse');
  v_from := private.usable_warehouse(p_from_warehouse_id);
  v_to := private.usable_warehouse(p_to_warehouse_id);
  if v_from.id = v_to.id then
    raise exception 'same_warehouse' using errcode = 'P0001', hint = 'same_warehouse';
  end if;
  v_note := private.clean_text(p_note, 500, 'note');
  perform private.check_lines(p_lines);

  insert into public.stock_transfers (transfer_no, from_warehouse_id, to_warehouse_id, note)
  values (private.next_document_number('TR'), v_from.id, v_to.id, v_note)
  returning * into v_transfer;

  for v_line in select e.value as line, e.ordinality::integer as line_no from jsonb_array_elements(p_lines) with ordinality e loop
    begin
      v_batch_id := private.parse_uuid(v_line.line -> 'batch_id', 'batch_not_found', 'batch_id', false);
      v_product := private.line_product(v_line.line, v_batch_id, v_from.id);
      v_qty := private.parse_decimal(v_line.line -> 'qty', 3, 'invalid_quantity', 'qty');
    exception when sqlstate 'P0001' then
      get stacked diagnostics v_msg = message_text, v_hint = pg_exception_hint, v_detail = pg_exception_detail, v_state = returned_sqlstate;
      perform private.raise_line_error(v_line.line_no, v_msg, v_hint, v_detail, v_state);
    end;
    insert into public.stock_transfer_lines (transfer_id, line_no, product_id, batch_id, qty)
    values (v_transfer.id, v_line.line_no, v_product.id, v_batch_id, v_qty);
  end loop;
  return private.stock_transfer_json(v_transfer.id);
end;
$$;
comment on function public.create_stock_transfer(uuid, uuid, jsonb, text) is
  'RPC (admin, warehouse): drafts a transfer (no stock moves yet). p_lines = [{product_id | batch_id, qty}]. Returns the transfer with its lines. Errors: not_authorized, warehouse_not_found, warehouse_inactive, same_warehouse, lines_required, too_many_lines, invalid_line, product_not_found, batch_not_found, invalid_quantity, text_too_long.';

create function public.dispatch_stock_transfer(p_transfer_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_transfer public.stock_transfers;
  v_line record;
begin
  perform private.assert_role('admin', 'warehouse');
  v_transfer := private.lock_stock_transfer(p_transfer_id, 'draft');
  perform private.usable_warehouse(v_transfer.from_warehouse_id);
  perform private.usable_warehouse(v_transfer.to_warehouse_id);
  for v_line in
    select l.* from public.stock_transfer_lines l where l.transfer_id = v_transfer.id order by l.product_id, l.line_no
  loop
    perform private.lock_stock_level(v_line.product_id, v_transfer.from_warehouse_id);
    if v_line.batch_id is not null then
      insert into public.stock_movements (movement_type, batch_id, qty, source_type, source_id, source_line_id)
      values ('transfer_out', v_line.batch_id, -v_line.qty, 'stock_transfer', v_transfer.id, v_line.id);
    else
      perform private.issue_stock_fefo(v_line.product_id, v_transfer.from_warehouse_id, v_line.qty, 'transfer_out',
        'stock_transfer', v_transfer.id, v_line.id, false);
    end if;
  end loop;
  update public.stock_transfers t set status = 'in_transit', dispatched_at = now(), dispatched_by = auth.uid()
  where t.id = v_transfer.id;
  return private.stock_transfer_json(v_transfer.id);
end;
$$;
comment on function public.dispatch_stock_transfer(uuid) is
  'RPC (admin, warehouse): draft → in_transit. Takes each line out of the source warehouse (its named batch, else unexpired batches earliest expiry first; reserved stock is not touched). Errors: not_authorized, transfer_not_found, invalid_status, warehouse_inactive, insufficient_stock {sku, product, requested, available}.';

create function public.receive_stock_transfer(p_transfer_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_transfer public.stock_transfers;
  v_out record;
  v_batch_id uuid;
begin
  perform private.assert_role('admin', 'warehouse');
  v_transfer := private.lock_stock_transfer(p_transfer_id, 'in_transit');
  -- Each batch that left the source arrives as the same lot, expiry and cost (and keeps its receipt
  -- time, so FEFO / FIFO order is unchanged by the move).
  for v_out in
    select m.product_id, m.source_line_id, m.batch_id, -m.qty as qty, b.batch_no, b.expiry_date, b.unit_cost, b.received_at
    from public.stock_movements m
    join public.stock_batches b on b.id = m.batch_id
    where m.source_type = 'stock_transfer' and m.source_id = v_transfer.id and m.movement_type = 'transfer_out'
    order by m.product_id, m.id
  loop
    perform private.lock_stock_level(v_out.product_id, v_transfer.to_warehouse_id);
    v_batch_id := private.find_or_create_batch(v_out.product_id, v_transfer.to_warehouse_id, v_out.batch_no,
      v_out.expiry_date, v_out.unit_cost, v_out.received_at);
    perform private.receive_into_batch(v_batch_id, v_out.qty, 'transfer_in', 'stock_transfer', v_transfer.id, v_out.source_line_id);
  end loop;
  update public.stock_transfers t set status = 'received', received_at = now(), received_by = auth.uid()
  where t.id = v_transfer.id;
  return private.stock_transfer_json(v_transfer.id);
end;
$$;
comment on function public.receive_stock_transfer(uuid) is
  'RPC (admin, warehouse): in_transit → received. Puts every dispatched batch into the destination warehouse with the same batch number, expiry and unit cost. Errors: not_authorized, transfer_not_found, invalid_status.';

create function public.cancel_stock_transfer(p_transfer_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_transfer public.stock_transfers;
begin
  perform private.assert_role('admin', 'warehouse');
  v_transfer := private.lock_stock_transfer(p_transfer_id, 'draft');
  update public.stock_transfers t set status = 'cancelled', cancelled_at = now(), cancelled_by = auth.uid()
  where t.id = v_transfer.id;
  return private.stock_transfer_json(v_transfer.id);
end;
$$;
comment on function public.cancel_stock_transfer(uuid) is
  'RPC (admin, warehouse): draft → cancelled (nothing has moved). Errors: not_authorized, transfer_not_found, invalid_status.';

-- Expiry write-offs -------------------------------------------------------------------------------

create function public.write_off_expired_stock(
  p_warehouse_id uuid, p_batch_ids uuid[] default null, p_reason text default null, p_note text default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_warehouse public.warehouses;
  v_write_off public.stock_write_offs;
  v_today date := private.business_date();
  v_reason text;
  v_note text;
  v_bad record;
  v_batch record;
  v_line_no integer := 0;
  v_line_id uuid;
begin
  perform private.assert_role('admin', 'warehouse');
  v_warehouse := private.usable_warehouse(p_warehouse_id);
  v_reason := coalesce(private.clean_text(p_reason, 200, 'reason'), 'expired');
  v_note := private.clean_text(p_note, 500, 'note');
  if p_batch_ids is not null then
    if cardinality(p_batch_ids) > 500 then
      raise exception 'too_many_lines' using errcode = 'P0001', hint = 'too_many_lines', detail = '{"max": 500}';
    end if;
    select x.id, b.id as found_id, b.warehouse_id, b.expiry_date, b.batch_no into v_bad
    from unnest(p_batch_ids) as x (id)
    left join public.stock_batches b on b.id = x.id
    where b.id is null or b.warehouse_id <> v_warehouse.id or b.expiry_date is null or b.expiry_date >= v_today
    limit 1;
    if found then
      if v_bad.found_id is null or v_bad.warehouse_id <> v_warehouse.id then
        raise exception 'batch_not_found' using errcode = 'P0001', hint = 'batch_not_found',
          detail = json_build_object('batch_id', v_bad.id)::text;
      end if;
      raise exception 'batch_not_expired' using errcode = 'P0001', hint = 'batch_not_expired',
        detail = json_build_object('batch_id', v_bad.id, 'batch_no', v_bad.batch_no, 'expiry_date', v_bad.expiry_date)::text;
    end if;
  end if;
  if not exists (select 1 from public.stock_batches b
                 where b.warehouse_id = v_warehouse.id and b.qty_on_hand > 0 and b.expiry_date < v_today
                   and (p_batch_ids is null or b.id = any (p_batch_ids))) then
    raise exception 'nothing_to_write_off' using errcode = 'P0001', hint = 'nothing_to_write_off';
  end if;

  insert into public.stock_write_offs (write_off_no, warehouse_id, reason, note)
  values (private.next_document_number('WO'), v_warehouse.id, v_reason, v_note)
  returning * into v_write_off;

  for v_batch in
    select b.id, b.product_id, b.expiry_date from public.stock_batches b
    where b.warehouse_id = v_warehouse.id and b.qty_on_hand > 0 and b.expiry_date < v_today
      and (p_batch_ids is null or b.id = any (p_batch_ids))
    order by b.product_id, b.expiry_date, b.id
  loop
    perform private.lock_stock_level(v_batch.product_id, v_warehouse.id);
    v_line_no := v_line_no + 1;
    insert into public.stock_write_off_lines (write_off_id, line_no, product_id, batch_id, expiry_date, qty)
    select v_write_off.id, v_line_no, b.product_id, b.id, b.expiry_date, b.qty_on_hand
    from public.stock_batches b where b.id = v_batch.id
    returning id into v_line_id;
    insert into public.stock_movements (movement_type, batch_id, qty, source_type, source_id, source_line_id)
    select 'write_off', b.id, -b.qty_on_hand, 'stock_write_off', v_write_off.id, v_line_id
    from public.stock_batches b where b.id = v_batch.id;
  end loop;

  return to_jsonb(v_write_off) || jsonb_build_object('lines',
    (select jsonb_agg(to_jsonb(l) order by l.line_no) from public.stock_write_off_lines l where l.write_off_id = v_write_off.id));
end;
$$;
comment on function public.write_off_expired_stock(uuid, uuid[], text, text) is
  'RPC (admin, warehouse): writes off the whole remaining quantity of expired batches in a warehouse (all of them, or the given batch ids). Reason defaults to "expired". Returns the document with its lines. Errors: not_authorized, warehouse_not_found, warehouse_inactive, batch_not_found, batch_not_expired, nothing_to_write_off, too_many_lines, text_too_long, insufficient_stock (the stock is reserved by orders).';

-- Grants and policies -----------------------------------------------------------------------------

revoke all on public.stock_receipts, public.stock_receipt_lines, public.stock_adjustments, public.stock_adjustment_lines,
  public.stock_transfers, public.stock_transfer_lines, public.stock_write_offs, public.stock_write_off_lines,
  public.stock_in_transit
  from anon, authenticated, service_role;
grant select on public.stock_receipts, public.stock_receipt_lines, public.stock_adjustments, public.stock_adjustment_lines,
  public.stock_transfers, public.stock_transfer_lines, public.stock_write_offs, public.stock_write_off_lines,
  public.stock_in_transit
  to authenticated, service_role;

create policy "Admins, warehouse and finance can read stock receipts" on public.stock_receipts for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));
create policy "Admins, warehouse and finance can read stock receipt lines" on public.stock_receipt_lines for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));
create policy "Admins, warehouse and finance can read stock adjustments" on public.stock_adjustments for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));
create policy "Admins, warehouse and finance can read stock adjustment lines" on public.stock_adjustment_lines for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));
-- Sales sees transfers too: stock on its way decides what can be promised to a customer.
create policy "Staff can read stock transfers" on public.stock_transfers for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Staff can read stock transfer lines" on public.stock_transfer_lines for select to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));
create policy "Admins, warehouse and finance can read stock write-offs" on public.stock_write_offs for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));
create policy "Admins, warehouse and finance can read stock write-off lines" on public.stock_write_off_lines for select to authenticated
  using ((select private.has_role('admin', 'warehouse', 'finance')));

revoke execute on function
  public.receive_stock(uuid, jsonb, text, text),
  public.adjust_stock(uuid, text, jsonb, text),
  public.post_stocktake(uuid, text, jsonb, text),
  public.create_stock_transfer(uuid, uuid, jsonb, text),
  public.dispatch_stock_transfer(uuid),
  public.receive_stock_transfer(uuid),
  public.cancel_stock_transfer(uuid),
  public.write_off_expired_stock(uuid, uuid[], text, text)
from public, anon;
grant execute on function
  public.receive_stock(uuid, jsonb, text, text),
  public.adjust_stock(uuid, text, jsonb, text),
  public.post_stocktake(uuid, text, jsonb, text),
  public.create_stock_transfer(uuid, uuid, jsonb, text),
  public.dispatch_stock_transfer(uuid),
  public.receive_stock_transfer(uuid),
  public.cancel_stock_transfer(uuid),
  public.write_off_expired_stock(uuid, uuid[], text, text)
to authenticated;

revoke execute on all functions in schema private from public, anon;
