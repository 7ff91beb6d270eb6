-- Demo data. Runs once, after the migrations, under `npm start` (first creation), `npm run db:reset`
-- and `supabase db reset` on the Docker stack alike.

-- One demo user per role (password Demo@123456). Invitations first, so the sign-up trigger gives each
-- the invited role exactly as it would for real staff.
insert into public.staff_invitations (email, role, invited_by) values
  ('admin@demo.local', 'admin', null),
  ('sales@demo.local', 'sales', null),
  ('warehouse@demo.local', 'warehouse', null),
  ('finance@demo.local', 'finance', null);

-- Written the way Supabase Auth itself writes users, so the real service accepts these logins too:
-- empty (not NULL) token columns, the zero instance id, bcrypt password, confirmed email, and a
-- matching email identity.
with demo (id, email, full_name) as (
  values
    ('00000000-0000-4000-8000-000000000001'::uuid, 'admin@demo.local', '王管理'),
    ('00000000-0000-4000-8000-000000000002'::uuid, 'sales@demo.local', '李销售'),
    ('00000000-0000-4000-8000-000000000003'::uuid, 'warehouse@demo.local', '张仓管'),
    ('00000000-0000-4000-8000-000000000004'::uuid, 'finance@demo.local', '赵财务')
), new_users as (
  insert into auth.users (
    instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
    confirmation_token, recovery_token, email_change_token_new, email_change,
    raw_app_meta_data, raw_user_meta_data, created_at, updated_at
  )
  select
    '00000000-0000-0000-0000-000000000000', d.id, 'authenticated', 'authenticated', d.email,
    extensions.crypt('Demo@123456', extensions.gen_salt('bf')), now(),
    '', '', '', '',
    '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', d.full_name), now(), now()
  from demo d
  returning id, email
)
insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select
  u.id::text, u.id,
  jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
  'email', now(), now(), now()
from new_users u;
