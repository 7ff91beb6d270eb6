-- Shared plumbing for every business module: the business date, readable document numbers, the
-- role check and error helpers RPCs use, updated_at stamping, and the generic audit log.

-- The merchant's calendar day. Document numbers and expiry decisions use it, so a document written at
-- 01:00 Beijing time carries that day's date even though the server clock runs on UTC.
-- Configure with `alter database postgres set app.timezone = 'Europe/Berlin'` (default Asia/Shanghai).
create function private.business_date()
returns date
language sql
stable
set search_path = ''
as $$
  select (now() at time zone coalesce(nullif(current_setting('app.timezone', true), ''), 'Asia/Shanghai'))::date
$$;
comment on function private.business_date() is 'Today in the merchant''s time zone (GUC app.timezone, default Asia/Shanghai).';

-- One row per prefix per day. Numbers come from an upsert on this row (a row lock held to the end of
-- the transaction), never from a max() scan, so concurrent documents never share a number and a rolled
-- back document gives its number back.
create table private.document_counters (
  prefix text not null check (prefix ~ '^[A-Z]{2,4}$'),
  day date not null,
  last_value integer not null check (last_value > 0),
  primary key (prefix, day)
);
comment on table private.document_counters is 'Per prefix per business day: the last document number handed out.';
alter table private.document_counters enable row level security;

create function private.next_document_number(prefix text)
returns text
language plpgsql
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_prefix text := next_document_number.prefix;
  v_day date := private.business_date();
  v_value integer;
begin
  if v_prefix is null or v_prefix !~ '^[A-Z]{2,4}$' then
    raise exception 'invalid_prefix' using errcode = 'P0001', hint = 'invalid_prefix', detail = coalesce(v_prefix, 'null');
  end if;
  insert into private.document_counters as c (prefix, day, last_value)
  values (v_prefix, v_day, 1)
  on conflict (prefix, day) do update set last_value = c.last_value + 1
  returning c.last_value into v_value;
  return v_prefix || '-' || to_char(v_day, 'YYYYMMDD') || '-'
    || case when v_value < 10000 then lpad(v_value::text, 4, '0') else v_value::text end;
end;
$$;
comment on function private.next_document_number(text) is
  'Next readable number for a document type, e.g. SO-20261127-0001: per prefix (2-4 capitals) per business day, concurrency-safe and gapless.';

-- Role check for RPCs. Raises not_authorized (SQLSTATE 42501, which PostgREST answers with 403), the
-- same code the sales module uses.
create function private.assert_role(variadic roles public.app_role[])
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if not coalesce(private.current_app_role() = any (roles), false) then
    raise exception 'not_authorized' using errcode = '42501', hint = 'not_authorized',
      detail = json_build_object('required', roles)::text;
  end if;
end;
$$;
comment on function private.assert_role(public.app_role[]) is 'Raises not_authorized unless the signed-in, active user holds one of the roles.';

-- The platform itself (a postgres connection, pg_cron, the embedded stack's timer, the service role):
-- no signed-in user and not an end-user API role.
create function private.is_platform_caller()
returns boolean
language sql
stable
set search_path = ''
as $$
  select auth.uid() is null and coalesce(auth.role(), '') not in ('anon', 'authenticated')
$$;
comment on function private.is_platform_caller() is 'True for postgres, pg_cron and the service role (no end-user JWT).';

-- Platform jobs run from pg_cron where it is installed (hosted Supabase, `supabase start` with the extension
-- enabled); the embedded stack runs the same statements from its own timer (supabase/embedded/stack.ts).
create function private.schedule_platform_job(p_name text, p_schedule text, p_command text)
returns void
language plpgsql
set search_path = ''
as $$
begin
  if exists (select from pg_catalog.pg_extension where extname = 'pg_cron') then
    execute 'select cron.schedule($1, $2, $3)' using p_name, p_schedule, p_command;
  end if;
end;
$$;
comment on function private.schedule_platform_job(text, text, text) is
  'Schedules a job with pg_cron when the extension is installed; otherwise does nothing (the embedded stack has its own timer).';

-- Validates a bounded text input of an RPC: trims it, maps '' to null and refuses over-long values.
create function private.clean_text(p_value text, p_max integer, p_field text, p_required boolean default false)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  v text := nullif(btrim(p_value), '');
begin
  if v is null and p_required then
    raise exception 'value_required' using errcode = 'P0001', hint = 'value_required',
      detail = json_build_object('field', p_field)::text;
  end if;
  if char_length(v) > p_max then
    raise exception 'text_too_long' using errcode = 'P0001', hint = 'text_too_long',
      detail = json_build_object('field', p_field, 'max', p_max, 'length', char_length(v))::text;
  end if;
  return v;
end;
$$;
comment on function private.clean_text(text, integer, text, boolean) is
  'RPC input: trimmed text or null; raises value_required / text_too_long with the field name.';

-- Validates a numeric JSON input (a number or a numeric string) with a maximum number of decimals.
-- Raises p_code (e.g. invalid_quantity, invalid_unit_cost) for anything else: text, NaN, too many decimals,
-- out of range, or not strictly positive when p_positive.
create function private.parse_decimal(
  p_value jsonb, p_scale integer, p_code text, p_field text,
  p_positive boolean default true, p_allow_negative boolean default false, p_max numeric default 9999999999
)
returns numeric
language plpgsql
immutable
set search_path = ''
as $$
declare
  v numeric;
begin
  if p_value is null or jsonb_typeof(p_value) not in ('number', 'string') then
    raise exception '%', p_code using errcode = 'P0001', hint = p_code,
      detail = json_build_object('field', p_field, 'value', p_value)::text;
  end if;
  begin
    v := (p_value #>> '{}')::numeric;
  exception when others then
    raise exception '%', p_code using errcode = 'P0001', hint = p_code,
      detail = json_build_object('field', p_field, 'value', p_value)::text;
  end;
  if v = 'NaN'::numeric or v <> round(v, p_scale) or abs(v) > p_max
     or (p_positive and not p_allow_negative and v <= 0)
     or (not p_positive and not p_allow_negative and v < 0)
     or (p_allow_negative and v = 0) then
    raise exception '%', p_code using errcode = 'P0001', hint = p_code,
      detail = json_build_object('field', p_field, 'value', p_value)::text;
  end if;
  return v;
end;
$$;
comment on function private.parse_decimal(jsonb, integer, text, text, boolean, boolean, numeric) is
  'RPC input: a JSON number with at most p_scale decimals (positive / non-negative / non-zero signed); raises p_code otherwise.';

-- Same checks for a numeric SQL argument.
create function private.check_decimal(
  p_value numeric, p_scale integer, p_code text, p_field text,
  p_positive boolean default true, p_allow_negative boolean default false, p_max numeric default 9999999999
)
returns numeric
language sql
immutable
set search_path = ''
as $$
  select private.parse_decimal(to_jsonb(p_value), p_scale, p_code, p_field, p_positive, p_allow_negative, p_max)
$$;
comment on function private.check_decimal(numeric, integer, text, text, boolean, boolean, numeric) is
  'Like parse_decimal for a numeric argument.';

-- Parses a uuid from JSON, raising p_code for anything else.
create function private.parse_uuid(p_value jsonb, p_code text, p_field text, p_required boolean default true)
returns uuid
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_value is null or jsonb_typeof(p_value) = 'null' then
    if p_required then
      raise exception '%', p_code using errcode = 'P0001', hint = p_code, detail = json_build_object('field', p_field)::text;
    end if;
    return null;
  end if;
  if jsonb_typeof(p_value) <> 'string' then
    raise exception '%', p_code using errcode = 'P0001', hint = p_code, detail = json_build_object('field', p_field)::text;
  end if;
  return (p_value #>> '{}')::uuid;
exception when invalid_text_representation then
  raise exception '%', p_code using errcode = 'P0001', hint = p_code, detail = json_build_object('field', p_field)::text;
end;
$$;
comment on function private.parse_uuid(jsonb, text, text, boolean) is 'RPC input: a uuid string; raises p_code otherwise.';

-- Parses an ISO date from JSON, raising invalid_date.
create function private.parse_date(p_value jsonb, p_field text)
returns date
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_value is null or jsonb_typeof(p_value) = 'null' then
    return null;
  end if;
  if jsonb_typeof(p_value) <> 'string' or (p_value #>> '{}') !~ '^\d{4}-\d{2}-\d{2}$' then
    raise exception 'invalid_date' using errcode = 'P0001', hint = 'invalid_date', detail = json_build_object('field', p_field)::text;
  end if;
  return (p_value #>> '{}')::date;
exception when datetime_field_overflow or invalid_datetime_format then
  raise exception 'invalid_date' using errcode = 'P0001', hint = 'invalid_date', detail = json_build_object('field', p_field)::text;
end;
$$;
comment on function private.parse_date(jsonb, text) is 'RPC input: a YYYY-MM-DD date or null; raises invalid_date otherwise.';

-- Document lines arrive as a JSON array of objects; refuses anything else and absurd sizes.
create function private.check_lines(p_lines jsonb, p_max integer default 500)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_lines is null or jsonb_typeof(p_lines) <> 'array' or jsonb_array_length(p_lines) = 0 then
    raise exception 'lines_required' using errcode = 'P0001', hint = 'lines_required';
  end if;
  if jsonb_array_length(p_lines) > p_max then
    raise exception 'too_many_lines' using errcode = 'P0001', hint = 'too_many_lines',
      detail = json_build_object('max', p_max)::text;
  end if;
  if exists (select 1 from jsonb_array_elements(p_lines) e where jsonb_typeof(e) <> 'object') then
    raise exception 'invalid_line' using errcode = 'P0001', hint = 'invalid_line';
  end if;
end;
$$;
comment on function private.check_lines(jsonb, integer) is 'RPC input: a non-empty JSON array of line objects, at most p_max.';

-- Direct table writes: TG_ARGV holds 'column:max' pairs. Runs before the CHECK constraints (which stay
-- as the backstop) so that a too-long value answers text_too_long {field, max, length}, never a
-- truncation and never a bare constraint name.
create function private.refuse_long_text()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_row jsonb := to_jsonb(new);
  v_arg text;
  v_field text;
  v_max integer;
  v_value text;
begin
  foreach v_arg in array tg_argv loop
    v_field := split_part(v_arg, ':', 1);
    v_max := split_part(v_arg, ':', 2)::integer;
    v_value := v_row ->> v_field;
    if char_length(v_value) > v_max then
      raise exception 'text_too_long' using errcode = 'P0001', hint = 'text_too_long',
        detail = json_build_object('field', v_field, 'max', v_max, 'length', char_length(v_value))::text;
    end if;
  end loop;
  return new;
end;
$$;
comment on function private.refuse_long_text() is
  'Trigger: refuses over-long text columns (arguments ''column:max'') with text_too_long {field, max, length}.';

-- updated_at stamping for any table that has the column.
create function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
comment on function private.touch_updated_at() is 'Trigger: sets updated_at to now() on update.';

revoke execute on all functions in schema private from public, anon;

-- Audit log -----------------------------------------------------------------------------------------

create table public.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  row_id text,
  action text not null check (action in ('insert', 'update', 'delete')),
  old_data jsonb,
  new_data jsonb,
  -- No foreign key: the history must outlive the user it names.
  changed_by uuid default auth.uid(),
  changed_at timestamptz not null default now()
);
comment on table public.audit_log is
  'Who changed which business row, how and when, with old and new values. Written only by private.audit_row(); admins read it; nobody edits it.';
create index audit_log_table_row_idx on public.audit_log (table_name, row_id);
create index audit_log_changed_at_idx on public.audit_log (changed_at);
create index audit_log_changed_by_idx on public.audit_log (changed_by);
alter table public.audit_log enable row level security;

-- Generic row audit: attach with
--   create trigger audit_row after insert or update or delete on public.<table>
--     for each row execute function private.audit_row();
-- Security definer because the API roles have no privilege on audit_log.
create function private.audit_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_old jsonb;
  v_new jsonb;
begin
  if tg_op in ('UPDATE', 'DELETE') then
    v_old := to_jsonb(old);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    v_new := to_jsonb(new);
  end if;
  if tg_op = 'UPDATE' and v_old = v_new then
    return null;
  end if;
  insert into public.audit_log (table_name, row_id, action, old_data, new_data, changed_by)
  values (tg_table_name, coalesce(v_new, v_old) ->> 'id', lower(tg_op), v_old, v_new, auth.uid());
  return null;
end;
$$;
comment on function private.audit_row() is 'Trigger: appends the change of a row (old/new as JSON, auth.uid(), time) to public.audit_log.';

create function private.refuse_audit_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'audit_log_immutable' using errcode = 'P0001', hint = 'audit_log_immutable';
end;
$$;
comment on function private.refuse_audit_change() is 'Trigger: the audit log is append-only, for every role including postgres.';

create trigger refuse_audit_change
  before update or delete on public.audit_log
  for each row execute function private.refuse_audit_change();
create trigger refuse_audit_truncate
  before truncate on public.audit_log
  for each statement execute function private.refuse_audit_change();

revoke all on public.audit_log from anon, authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;

create policy "Admins can read the audit log"
  on public.audit_log for select
  to authenticated
  using ((select private.has_role('admin')));

revoke execute on all functions in schema private from public, anon;
