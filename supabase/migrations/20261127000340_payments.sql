-- Payments and refunds. A refund is a negative payment row pointing at the payment it refunds. The
-- order's paid_amount, refunded_amount and payment_status are derived from its payments by a trigger:
--   unpaid          nothing succeeded yet (an order whose total is 0 counts as paid)
--   partially_paid  succeeded payments < order total
--   paid            succeeded payments ≥ order total (a partial refund after a return keeps it paid;
--                   refunded_amount shows the refund)
--   refunded        everything paid has been refunded
-- Who records what:
--   record_payment   sales at the counter: cash, card and cash-on-delivery succeed at once; alipay,
--                    wechat_pay, bank_transfer and other are recorded as pending until finance confirms.
--                    finance and admin: any method, succeeded.
--   confirm_payment  finance / admin: a pending payment succeeded (or failed). A provider's signed
--                    callback would call the same function server-side.
--   refund_payment   finance / admin.

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  payment_no text not null unique check (char_length(payment_no) <= 40),
  order_id uuid not null references public.sales_orders (id) on delete restrict,
  kind text not null default 'payment' check (kind in ('payment', 'refund')),
  method text not null check (method in ('alipay', 'wechat_pay', 'cash', 'cod', 'bank_transfer', 'card', 'other')),
  amount numeric(14, 2) not null,
  status text not null check (status in ('pending', 'succeeded', 'failed', 'refunded')),
  provider_ref text check (char_length(provider_ref) <= 100),
  refund_of uuid references public.payments (id) on delete restrict,
  note text check (char_length(note) <= 500),
  paid_at timestamptz,
  recorded_by uuid references public.profiles (id) on delete set null default auth.uid(),
  confirmed_by uuid references public.profiles (id) on delete set null,
  confirmed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint payments_sign check ((kind = 'payment' and amount > 0) or (kind = 'refund' and amount < 0)),
  constraint payments_refund_of check ((kind = 'refund') = (refund_of is not null)),
  constraint payments_refund_status check (kind = 'payment' or status = 'succeeded'),
  constraint payments_paid_at check (status not in ('succeeded', 'refunded') or paid_at is not null)
);
comment on table public.payments is
  '收款/退款: money in (kind payment, amount > 0) and out (kind refund, amount < 0, refund_of the payment refunded). Status pending → succeeded | failed; a fully refunded payment becomes refunded. Written only by record_payment / confirm_payment / refund_payment (and refund_return). Admin, sales and finance read.';
create unique index payments_provider_ref_key on public.payments (method, provider_ref)
  where provider_ref is not null and kind = 'payment';
create index payments_order_id_idx on public.payments (order_id);
create index payments_refund_of_idx on public.payments (refund_of);
create index payments_recorded_by_idx on public.payments (recorded_by);
create index payments_confirmed_by_idx on public.payments (confirmed_by);
create index payments_paid_at_idx on public.payments (paid_at desc);
alter table public.payments enable row level security;

create trigger guard_document_write
  before insert or update or delete on public.payments
  for each row execute function private.guard_document_write();
create trigger touch_updated_at
  before update on public.payments
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.payments
  for each row execute function private.audit_row();

-- Derivation ------------------------------------------------------------------------------------------------

create function private.derive_payment_status()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_paid numeric(14, 2);
  v_refunded numeric(14, 2);
begin
  select coalesce(sum(p.amount) filter (where p.kind = 'payment' and p.status in ('succeeded', 'refunded')), 0),
         coalesce(-sum(p.amount) filter (where p.kind = 'refund' and p.status = 'succeeded'), 0)
    into v_paid, v_refunded
    from public.payments p
   where p.order_id = new.order_id;

  update public.sales_orders o
     set paid_amount = v_paid,
         refunded_amount = v_refunded,
         payment_status = case
           when v_paid = 0 then case when o.total_amount = 0 then 'paid' else 'unpaid' end
           when v_refunded >= v_paid then 'refunded'
           when v_paid >= o.total_amount then 'paid'
           else 'partially_paid'
         end
   where o.id = new.order_id
     and (o.paid_amount, o.refunded_amount) is distinct from (v_paid, v_refunded);
  return null;
end;
$$;
comment on function private.derive_payment_status() is
  'Trigger: recomputes the order''s paid_amount, refunded_amount and payment_status from its payments. The RPCs lock the order first, so concurrent payments of one order are serialised.';
create trigger derive_payment_status
  after insert or update of status, amount on public.payments
  for each row execute function private.derive_payment_status();

-- Helpers ------------------------------------------------------------------------------------------------------

-- Validates a money amount given to an RPC: positive, at most 2 decimals, within numeric(14,2).
create function private.check_amount(p_field text, p_amount numeric)
returns numeric
language plpgsql
set search_path = ''
as $$
begin
  if p_amount is null or p_amount <= 0 or p_amount <> round(p_amount, 2) or p_amount > 999999999999.99 then
    perform private.sales_error('invalid_amount', jsonb_build_object('field', p_field, 'amount', p_amount));
  end if;
  return p_amount;
end;
$$;
comment on function private.check_amount(text, numeric) is 'Raises invalid_amount unless the amount is > 0 with at most 2 decimals.';

-- Refunds part or all of a succeeded payment (a negative payment row). Caller has locked the order.
create function private.refund_payment_internal(p_payment_id uuid, p_amount numeric, p_reason text)
returns public.payments
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_payment public.payments;
  v_refunded numeric(14, 2);
  v_refundable numeric(14, 2);
  v_amount numeric(14, 2);
  v_refund public.payments;
begin
  select * into v_payment from public.payments p where p.id = p_payment_id for update;
  if v_payment.id is null or v_payment.kind <> 'payment' then
    perform private.sales_error('payment_not_found', jsonb_build_object('payment_id', p_payment_id));
  end if;
  if v_payment.status <> 'succeeded' then
    perform private.sales_error('invalid_status_transition', jsonb_build_object(
      'payment_id', v_payment.id, 'payment_no', v_payment.payment_no, 'from', v_payment.status, 'to', 'refunded'));
  end if;
  select coalesce(-sum(r.amount), 0) into v_refunded from public.payments r where r.refund_of = v_payment.id;
  v_refundable := v_payment.amount - v_refunded;
  v_amount := coalesce(p_amount, v_refundable);
  perform private.check_amount('amount', v_amount);
  if v_amount > v_refundable then
    perform private.sales_error('over_refund', jsonb_build_object(
      'payment_no', v_payment.payment_no, 'requested', v_amount, 'refundable', v_refundable));
  end if;

  insert into public.payments (payment_no, order_id, kind, method, amount, status, refund_of, note, paid_at, recorded_by, confirmed_by, confirmed_at)
  values (private.next_document_number('RF'), v_payment.order_id, 'refund', v_payment.method, -v_amount, 'succeeded',
          v_payment.id, p_reason, now(), auth.uid(), auth.uid(), now())
  returning * into v_refund;

  if v_amount = v_refundable then
    update public.payments set status = 'refunded' where id = v_payment.id;
  end if;
  return v_refund;
end;
$$;
comment on function private.refund_payment_internal(uuid, numeric, text) is
  'Refunds p_amount (default: all that is left) of a succeeded payment as a negative payment row; the payment becomes refunded once fully refunded.';

-- RPCs ----------------------------------------------------------------------------------------------------------

create function public.record_payment(
  p_order_id uuid,
  p_method text,
  p_amount numeric,
  p_provider_ref text default null,
  p_note text default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'sales', 'finance');
  v_order public.sales_orders;
  v_status text;
  v_ref text := nullif(btrim(p_provider_ref), '');
  v_pending numeric(14, 2);
  v_returned numeric(14, 2);
  v_outstanding numeric(14, 2);
  v_payment public.payments;
begin
  v_ref := private.clean_text(v_ref, 100, 'provider_ref');
  p_note := private.clean_text(p_note, 500, 'note');
  if p_method is null or p_method not in ('alipay', 'wechat_pay', 'cash', 'cod', 'bank_transfer', 'card', 'other') then
    perform private.sales_error('invalid_payment_method', jsonb_build_object('method', left(p_method, 32)));
  end if;
  perform private.check_amount('amount', p_amount);

  v_order := private.lock_sales_order(p_order_id);
  if v_order.status = 'cancelled' then
    perform private.order_status_error(v_order, 'paid');
  end if;
  if p_method = 'cod' and not exists (
      select 1 from public.shipments s where s.order_id = v_order.id and s.status = 'delivered') then
    perform private.sales_error('cod_not_delivered', jsonb_build_object('order_no', v_order.order_no));
  end if;
  if v_ref is not null and exists (
      select 1 from public.payments p where p.method = p_method and p.provider_ref = v_ref and p.kind = 'payment') then
    perform private.sales_error('duplicate_payment', jsonb_build_object('method', p_method, 'provider_ref', v_ref));
  end if;

  select coalesce(sum(p.amount) filter (where p.kind = 'payment' and p.status = 'pending'), 0),
         coalesce(-sum(p.amount) filter (where p.kind = 'refund' and p.status = 'succeeded' and p.return_id is not null), 0)
    into v_pending, v_returned
    from public.payments p
   where p.order_id = v_order.id;
  -- A refund for returned goods lowers what the customer owes; any other refund is money still owed.
  v_outstanding := v_order.total_amount - v_returned - (v_order.paid_amount - v_order.refunded_amount) - v_pending;
  if p_amount > v_outstanding then
    perform private.sales_error('overpayment', jsonb_build_object(
      'order_no', v_order.order_no, 'amount', p_amount, 'outstanding', greatest(v_outstanding, 0)));
  end if;

  v_status := case
    when private.has_role('admin', 'finance') then 'succeeded'
    when p_method in ('cash', 'card', 'cod') then 'succeeded'
    else 'pending'
  end;

  insert into public.payments (payment_no, order_id, kind, method, amount, status, provider_ref, note, paid_at,
                               recorded_by, confirmed_by, confirmed_at)
  values (private.next_document_number('PAY'), v_order.id, 'payment', p_method, p_amount, v_status, v_ref, p_note,
          case when v_status = 'succeeded' then now() end, v_uid,
          case when v_status = 'succeeded' then v_uid end, case when v_status = 'succeeded' then now() end)
  returning * into v_payment;
  return to_jsonb(v_payment);
end;
$$;
comment on function public.record_payment(uuid, text, numeric, text, text) is
  'RPC (admin, sales, finance): records a payment of an order. Sales: cash / card / cod succeed at once (cod only once a shipment is delivered), online methods stay pending until confirm_payment; finance and admin record any method as succeeded. Errors: invalid_payment_method, invalid_amount, overpayment {outstanding}, duplicate_payment, cod_not_delivered, invalid_status_transition (cancelled order), order_not_found, text_too_long.';

create function public.confirm_payment(p_payment_id uuid, p_succeeded boolean default true, p_provider_ref text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_role('admin', 'finance');
  v_order_id uuid;
  v_payment public.payments;
  v_ref text := nullif(btrim(p_provider_ref), '');
begin
  v_ref := private.clean_text(v_ref, 100, 'provider_ref');
  select p.order_id into v_order_id from public.payments p where p.id = p_payment_id and p.kind = 'payment';
  if v_order_id is null then
    perform private.sales_error('payment_not_found', jsonb_build_object('payment_id', p_payment_id));
  end if;
  perform private.lock_sales_order(v_order_id);
  select * into v_payment from public.payments p where p.id = p_payment_id for update;
  if v_payment.status <> 'pending' then
    perform private.sales_error('invalid_status_transition', jsonb_build_object(
      'payment_id', v_payment.id, 'payment_no', v_payment.payment_no, 'from', v_payment.status,
      'to', case when coalesce(p_succeeded, true) then 'succeeded' else 'failed' end));
  end if;
  if v_ref is not null and exists (
      select 1 from public.payments p
       where p.method = v_payment.method and p.provider_ref = v_ref and p.kind = 'payment' and p.id <> v_payment.id) then
    perform private.sales_error('duplicate_payment', jsonb_build_object('method', v_payment.method, 'provider_ref', v_ref));
  end if;

  update public.payments
     set status = case when coalesce(p_succeeded, true) then 'succeeded' else 'failed' end,
         paid_at = case when coalesce(p_succeeded, true) then now() end,
         provider_ref = coalesce(v_ref, provider_ref),
         confirmed_by = v_uid,
         confirmed_at = now()
   where id = v_payment.id
  returning * into v_payment;
  return to_jsonb(v_payment);
end;
$$;
comment on function public.confirm_payment(uuid, boolean, text) is
  'RPC (admin, finance): a pending payment → succeeded (p_succeeded, default) or failed, optionally with the provider''s reference. Errors: payment_not_found, invalid_status_transition, duplicate_payment.';

create function public.refund_payment(p_payment_id uuid, p_amount numeric default null, p_reason text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_order_id uuid;
begin
  perform private.require_role('admin', 'finance');
  p_reason := private.clean_text(p_reason, 500, 'reason');
  if p_amount is not null then
    perform private.check_amount('amount', p_amount);
  end if;
  select p.order_id into v_order_id from public.payments p where p.id = p_payment_id and p.kind = 'payment';
  if v_order_id is null then
    perform private.sales_error('payment_not_found', jsonb_build_object('payment_id', p_payment_id));
  end if;
  perform private.lock_sales_order(v_order_id);
  return to_jsonb(private.refund_payment_internal(p_payment_id, p_amount, p_reason));
end;
$$;
comment on function public.refund_payment(uuid, numeric, text) is
  'RPC (admin, finance): refunds p_amount (default: all that is left) of a succeeded payment as a negative payment. Errors: payment_not_found, invalid_amount, over_refund {refundable}, invalid_status_transition.';

revoke execute on function
  private.derive_payment_status(),
  private.check_amount(text, numeric),
  private.refund_payment_internal(uuid, numeric, text),
  public.record_payment(uuid, text, numeric, text, text),
  public.confirm_payment(uuid, boolean, text),
  public.refund_payment(uuid, numeric, text)
from public, anon;
grant execute on function
  public.record_payment(uuid, text, numeric, text, text),
  public.confirm_payment(uuid, boolean, text),
  public.refund_payment(uuid, numeric, text)
to authenticated;

-- Grants and policies ------------------------------------------------------------------------------------------

grant select on public.payments to authenticated;

create policy "Admins, sales and finance can read payments"
  on public.payments for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'finance')));
