-- Customers and their delivery addresses, plus the few helpers the sales migrations add to the shared
-- plumbing: one way to raise a machine-coded error, a role check returning the caller, and one guard
-- that keeps documents written only through their RPCs.
-- Purchase history is the customer's sales orders (see customer_order_stats in the sales orders migration).

-- Errors -------------------------------------------------------------------------------------------
-- The shared plumbing (private.assert_role, clean_text, parse_decimal, parse_uuid, check_lines,
-- refuse_long_text, touch_updated_at, audit_row, next_document_number) comes from the numbering and
-- audit migration; what follows is what only the sales module needs.

-- Every expected failure of the sales functions goes through here: the machine code is the message
-- and the hint (the UI maps it to zh/en text), the detail is JSON the UI can show.
create function private.sales_error(p_code text, p_detail jsonb default '{}'::jsonb, p_errcode text default 'P0001')
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using
    message = p_code,
    hint = p_code,
    detail = coalesce(p_detail, '{}'::jsonb)::text,
    errcode = p_errcode;
end;
$$;
comment on function private.sales_error(text, jsonb, text) is
  'Raises a machine-coded error: message = hint = code, detail = JSON for the UI.';

-- Role check of the sales RPCs: not_authorized (42501) unless the caller holds one of the roles;
-- returns the caller's id for the *_by columns.
create function private.require_role(variadic p_roles public.app_role[])
returns uuid
language plpgsql
stable
set search_path = ''
as $$
begin
  perform private.assert_role(variadic p_roles);
  return auth.uid();
end;
$$;
comment on function private.require_role(public.app_role[]) is
  'private.assert_role that returns auth.uid(): raises not_authorized (42501) unless the caller holds one of the roles.';

-- Tags: at most 20, each 1..30 characters after trimming (text_too_long / too_many_items).
create function private.check_tags()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_tag text;
begin
  if cardinality(new.tags) > 20 then
    raise exception 'too_many_items' using errcode = 'P0001', hint = 'too_many_items',
      detail = json_build_object('field', 'tags', 'max', 20)::text;
  end if;
  new.tags := array(select distinct on (btrim(t)) btrim(t) from unnest(new.tags) t where nullif(btrim(t), '') is not null);
  foreach v_tag in array new.tags loop
    if char_length(v_tag) > 30 then
      raise exception 'text_too_long' using errcode = 'P0001', hint = 'text_too_long',
        detail = json_build_object('field', 'tags', 'max', 30, 'length', char_length(v_tag))::text;
    end if;
  end loop;
  return new;
end;
$$;
comment on function private.check_tags() is 'Trigger: trims and de-duplicates tags; at most 20 of at most 30 characters.';

-- Documents (orders, payments, shipments, returns) are written only by their RPCs, which run as the
-- function owner. A direct write from an API role, service_role included, is refused: inserts and
-- deletes always, updates unless only the columns named in TG_ARGV change (e.g. a note).
create function private.guard_document_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_changed text[];
begin
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return coalesce(new, old);
  end if;
  if tg_op <> 'UPDATE' then
    raise exception using message = 'use_rpc', hint = 'use_rpc', errcode = '42501',
      detail = jsonb_build_object('table', tg_table_name, 'operation', lower(tg_op))::text;
  end if;
  select array_agg(n.key order by n.key) into v_changed
  from jsonb_each(to_jsonb(new)) n
  join jsonb_each(to_jsonb(old)) o using (key)
  where n.value is distinct from o.value
    and n.key <> all (tg_argv || array['updated_at']);
  if v_changed is not null then
    raise exception using message = 'readonly_field', hint = 'readonly_field', errcode = '42501',
      detail = jsonb_build_object('table', tg_table_name, 'fields', to_jsonb(v_changed))::text;
  end if;
  return new;
end;
$$;
comment on function private.guard_document_write() is
  'Trigger: documents change only through their RPCs; API roles may update only the columns in TG_ARGV.';

revoke execute on function
  private.sales_error(text, jsonb, text),
  private.require_role(public.app_role[]),
  private.check_tags(),
  private.guard_document_write()
from public, anon;
grant execute on function private.sales_error(text, jsonb, text) to authenticated;

-- Customers --------------------------------------------------------------------------------------------

create table public.customers (
  id uuid primary key default gen_random_uuid(),
  kind text not null default 'individual' check (kind in ('individual', 'company')),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  contact_name text check (char_length(contact_name) <= 50),
  phone text check (char_length(phone) <= 30),
  email text check (char_length(email) <= 255),
  tags text[] not null default '{}' check (cardinality(tags) <= 20 and array_position(tags, null) is null),
  note text check (char_length(note) <= 1000),
  active boolean not null default true,
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.customers is
  '客户: people and companies who buy. Tags group them (VIP, 批发…); purchase history is their sales orders. Sales and admins write; every staff role reads.';
create index customers_name_idx on public.customers (name);
create index customers_phone_idx on public.customers (phone);
create index customers_tags_idx on public.customers using gin (tags);
create index customers_created_by_idx on public.customers (created_by);
alter table public.customers enable row level security;

create trigger refuse_long_text
  before insert or update on public.customers
  for each row execute function private.refuse_long_text('name:100', 'contact_name:50', 'phone:30', 'email:255', 'note:1000');
create trigger check_tags
  before insert or update of tags on public.customers
  for each row execute function private.check_tags();
create trigger touch_updated_at
  before update on public.customers
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.customers
  for each row execute function private.audit_row();

create table public.customer_addresses (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id) on delete cascade,
  label text check (char_length(label) <= 20),
  recipient text not null check (char_length(btrim(recipient)) between 1 and 50),
  phone text not null check (char_length(btrim(phone)) between 1 and 30),
  province text check (char_length(province) <= 50),
  city text check (char_length(city) <= 50),
  district text check (char_length(district) <= 50),
  address_line text not null check (char_length(btrim(address_line)) between 1 and 200),
  postal_code text check (char_length(postal_code) <= 10),
  is_default boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.customer_addresses is
  '收货地址: a customer''s delivery addresses; at most one is the default, which new orders copy as their ship-to.';
create index customer_addresses_customer_id_idx on public.customer_addresses (customer_id);
create unique index customer_addresses_one_default_key on public.customer_addresses (customer_id) where is_default;
alter table public.customer_addresses enable row level security;

create trigger refuse_long_text
  before insert or update on public.customer_addresses
  for each row execute function private.refuse_long_text(
    'label:20', 'recipient:50', 'phone:30', 'province:50', 'city:50', 'district:50', 'address_line:200', 'postal_code:10');
create trigger touch_updated_at
  before update on public.customer_addresses
  for each row execute function private.touch_updated_at();
create trigger audit_row
  after insert or update or delete on public.customer_addresses
  for each row execute function private.audit_row();

-- Making an address the default un-defaults the customer's previous one, so the UI needs one write.
create function private.single_default_address()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.is_default then
    update public.customer_addresses
       set is_default = false
     where customer_id = new.customer_id and is_default and id <> new.id;
  end if;
  return new;
end;
$$;
comment on function private.single_default_address() is 'Trigger: a new default address replaces the previous default.';
revoke execute on function private.single_default_address() from public, anon;
create trigger single_default_address
  before insert or update of is_default on public.customer_addresses
  for each row when (new.is_default) execute function private.single_default_address();

-- Grants and policies ------------------------------------------------------------------------------------

grant select, delete on public.customers to authenticated;
grant insert (kind, name, contact_name, phone, email, tags, note, active) on public.customers to authenticated;
grant update (kind, name, contact_name, phone, email, tags, note, active) on public.customers to authenticated;
grant select, delete on public.customer_addresses to authenticated;
grant insert (customer_id, label, recipient, phone, province, city, district, address_line, postal_code, is_default)
  on public.customer_addresses to authenticated;
grant update (label, recipient, phone, province, city, district, address_line, postal_code, is_default)
  on public.customer_addresses to authenticated;

create policy "Staff can read customers"
  on public.customers for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Sales and admins can add customers"
  on public.customers for insert
  to authenticated
  with check ((select private.has_role('admin', 'sales')));

create policy "Sales and admins can update customers"
  on public.customers for update
  to authenticated
  using ((select private.has_role('admin', 'sales')))
  with check ((select private.has_role('admin', 'sales')));

create policy "Admins can delete customers without orders"
  on public.customers for delete
  to authenticated
  using ((select private.has_role('admin')));

create policy "Staff can read customer addresses"
  on public.customer_addresses for select
  to authenticated
  using ((select private.has_role('admin', 'sales', 'warehouse', 'finance')));

create policy "Sales and admins can add customer addresses"
  on public.customer_addresses for insert
  to authenticated
  with check ((select private.has_role('admin', 'sales')));

create policy "Sales and admins can update customer addresses"
  on public.customer_addresses for update
  to authenticated
  using ((select private.has_role('admin', 'sales')))
  with check ((select private.has_role('admin', 'sales')));

create policy "Sales and admins can delete customer addresses"
  on public.customer_addresses for delete
  to authenticated
  using ((select private.has_role('admin', 'sales')));
