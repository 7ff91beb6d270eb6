-- Identity and roles: one profile per auth user holding the app role, the helpers every policy uses,
-- and staff invitations so that an admin can add staff without a service-role key in the browser.

-- Nothing in public is reachable by an API role unless a later statement grants it explicitly.
-- (Supabase's defaults grant everything to anon/authenticated and leave RLS as the only guard.)
alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
-- Postgres' own EXECUTE-to-PUBLIC on new functions is not per schema and stays: every function
-- below revokes it itself, and supabase/tests/security.test.ts checks that anon can execute nothing.
alter default privileges in schema public revoke execute on functions from anon, authenticated;

create type public.app_role as enum ('admin', 'sales', 'warehouse', 'finance');
comment on type public.app_role is 'What a staff member may do: 管理员, 销售员, 仓库管理员, 财务.';

-- Helpers for policies live in a schema the API does not expose.
create schema if not exists private;
grant usage on schema private to authenticated;

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  full_name text not null default '' check (char_length(full_name) <= 100),
  role public.app_role,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is
  'One row per auth user: display name, app role (null = waiting for an administrator) and whether the account is active.';
create index profiles_role_idx on public.profiles (role);
alter table public.profiles enable row level security;

create table public.staff_invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(btrim(email)) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(email) <= 255),
  role public.app_role not null,
  invited_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  accepted_at timestamptz,
  accepted_by uuid references public.profiles (id) on delete set null
);
comment on table public.staff_invitations is
  'An admin''s invitation: whoever signs up with this email gets this role. Accepted invitations are kept as history.';
-- One open invitation per email; accepted ones stay as history.
create unique index staff_invitations_open_email_key on public.staff_invitations (email) where accepted_at is null;
-- Scripts and the UI may send any casing; an invitation for someone who already has an account would
-- never be used (they cannot sign up twice), so the admin is told to change their role instead.
create function private.prepare_staff_invitation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.email := lower(btrim(new.email));
  if exists (select 1 from public.profiles p where p.email = new.email) then
    raise exception 'invitation_user_exists' using errcode = 'P0001', hint = 'invitation_user_exists',
      detail = new.email;
  end if;
  return new;
end;
$$;
comment on function private.prepare_staff_invitation() is 'Trigger: normalises the email and refuses invitations for existing accounts.';

create trigger prepare_staff_invitation
  before insert on public.staff_invitations
  for each row execute function private.prepare_staff_invitation();

create index staff_invitations_invited_by_idx on public.staff_invitations (invited_by);
create index staff_invitations_accepted_by_idx on public.staff_invitations (accepted_by);
alter table public.staff_invitations enable row level security;

-- The signed-in user's role, or null when signed out, unassigned or deactivated. Security definer so
-- policies on profiles can call it without recursing into profiles' own RLS.
create function private.current_app_role()
returns public.app_role
language sql
stable
security definer
set search_path = ''
as $$
  select p.role from public.profiles p where p.id = auth.uid() and p.active
$$;
comment on function private.current_app_role() is 'The app role of auth.uid(); null if none or inactive.';

create function private.has_role(variadic roles public.app_role[])
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(private.current_app_role() = any (roles), false)
$$;
comment on function private.has_role(public.app_role[]) is 'True when the signed-in, active user holds one of the given roles.';

revoke execute on all functions in schema private from public, anon;
grant execute on function private.current_app_role() to authenticated;
grant execute on function private.has_role(public.app_role[]) to authenticated;

-- The app shell asks the database, not the JWT, for the role so a change applies at once.
create function public.my_role()
returns public.app_role
language sql
stable
set search_path = ''
as $$
  select private.current_app_role()
$$;
comment on function public.my_role() is 'RPC: the caller''s app role (null = waiting for an administrator).';
revoke execute on function public.my_role() from public, anon;
grant execute on function public.my_role() to authenticated;

-- A new auth user gets a profile. Role: an open invitation for the email wins; otherwise the very
-- first user of an install becomes admin (how production is bootstrapped); otherwise none.
create function private.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  invitation public.staff_invitations%rowtype;
  new_role public.app_role;
begin
  -- Serialise sign-ups so two simultaneous first users cannot both become admin.
  perform pg_advisory_xact_lock(hashtext('private.handle_new_user'));

  select * into invitation
  from public.staff_invitations i
  where i.email = lower(btrim(new.email)) and i.accepted_at is null
  for update;

  if found then
    new_role := invitation.role;
  elsif not exists (select 1 from public.profiles p where p.role = 'admin') then
    new_role := 'admin';
  end if;

  insert into public.profiles (id, email, full_name, role)
  values (
    new.id,
    lower(coalesce(new.email, '')),
    left(coalesce(new.raw_user_meta_data ->> 'full_name', split_part(coalesce(new.email, ''), '@', 1)), 100),
    new_role
  );

  if invitation.id is not null then
    update public.staff_invitations set accepted_at = now(), accepted_by = new.id where id = invitation.id;
  end if;
  return new;
end;
$$;
comment on function private.handle_new_user() is 'Trigger: creates the profile of a new auth user and applies an invitation or the first-admin rule.';

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_user();

-- Keeps profiles.email in step when a user changes their email through Auth.
create function private.sync_profile_email()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.profiles set email = lower(new.email), updated_at = now() where id = new.id;
  return new;
end;
$$;
create trigger on_auth_user_email_changed
  after update of email on auth.users
  for each row when (old.email is distinct from new.email)
  execute function private.sync_profile_email();

-- Role and active flag are for admins only, and the last active admin cannot be removed, so an
-- install can never lock itself out. RLS decides which rows, column grants which columns the API may
-- send at all (email follows auth.users), and this trigger who may change role and active.
create function private.guard_profile_update()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (new.role is distinct from old.role or new.active <> old.active) then
    -- API callers must be admins; migrations, seeds and the service role act as the platform.
    if current_user in ('authenticated', 'anon') and not private.has_role('admin') then
      raise exception 'forbidden_role_change' using errcode = '42501', hint = 'forbidden_role_change';
    end if;
    if old.role = 'admin' and old.active and (new.role is distinct from 'admin' or not new.active)
       and not exists (select 1 from public.profiles p where p.role = 'admin' and p.active and p.id <> old.id) then
      raise exception 'last_admin' using errcode = 'P0001', hint = 'last_admin';
    end if;
  end if;
  new.updated_at := now();
  return new;
end;
$$;
comment on function private.guard_profile_update() is 'Trigger: only admins change role/active; the last active admin stays.';

create trigger guard_profile_update
  before update on public.profiles
  for each row execute function private.guard_profile_update();

-- Grants: profiles are created by the trigger and removed with the auth user; the API only reads and
-- updates them.
grant select, update (full_name, role, active) on public.profiles to authenticated;
grant select, insert (email, role), delete on public.staff_invitations to authenticated;

create policy "Users can read their own profile"
  on public.profiles for select
  to authenticated
  using (id = (select auth.uid()));

create policy "Admins can read every profile"
  on public.profiles for select
  to authenticated
  using ((select private.has_role('admin')));

create policy "Users can update their own profile"
  on public.profiles for update
  to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

create policy "Admins can update every profile"
  on public.profiles for update
  to authenticated
  using ((select private.has_role('admin')))
  with check ((select private.has_role('admin')));

create policy "Admins can read invitations"
  on public.staff_invitations for select
  to authenticated
  using ((select private.has_role('admin')));

create policy "Admins can invite staff"
  on public.staff_invitations for insert
  to authenticated
  with check ((select private.has_role('admin')) and invited_by = (select auth.uid()));

create policy "Admins can withdraw open invitations"
  on public.staff_invitations for delete
  to authenticated
  using ((select private.has_role('admin')) and accepted_at is null);
