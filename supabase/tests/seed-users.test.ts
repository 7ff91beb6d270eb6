/**
 * Guards the seed's auth rows: real Supabase Auth refuses to sign in users whose token columns are
 * NULL or whose identity is missing ("Database error querying schema"), so the seed must write them
 * exactly as Supabase Auth does.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, sql, stackInfo } from './helpers.ts';

const demoIds = Object.values(DEMO_USERS).map((u) => u.id);

describe('seeded demo users are acceptable to real Supabase Auth', () => {
  it('have the columns GoTrue reads set the way GoTrue writes them', async () => {
    const rows = await sql(
      `select email, instance_id::text, aud, role, email_confirmed_at is not null as confirmed,
              confirmation_token, recovery_token, email_change_token_new, email_change,
              encrypted_password like '$2a$%' as bcrypt, raw_app_meta_data
       from auth.users where id = any($1) order by email`,
      [demoIds],
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row).toMatchObject({
        instance_id: '00000000-0000-0000-0000-000000000000',
        aud: 'authenticated',
        role: 'authenticated',
        confirmed: true,
        confirmation_token: '',
        recovery_token: '',
        email_change_token_new: '',
        email_change: '',
        bcrypt: true,
        raw_app_meta_data: { provider: 'email', providers: ['email'] },
      });
    }
  });

  it('each has a matching email identity', async () => {
    const rows = await sql<{ user_id: string; provider: string; provider_id: string; identity_data: Record<string, unknown> }>(
      `select i.user_id::text, i.provider, i.provider_id, i.identity_data, u.email
       from auth.users u join auth.identities i on i.user_id = u.id where u.id = any($1)`,
      [demoIds],
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.provider).toBe('email');
      expect(row.provider_id).toBe(row.user_id);
      expect(row.identity_data).toMatchObject({ sub: row.user_id, email: (row as unknown as { email: string }).email, email_verified: true });
    }
  });
});

describe('the embedded auth service reads users the way Supabase Auth does', () => {
  it('refuses to sign in a user row with NULL token columns, as real Supabase Auth would', async () => {
    const id = '00000000-0000-4000-8000-0000000000ff';
    const email = 'null-tokens@test.local';
    await sql(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                               raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2,
               extensions.crypt('Null-pass-1', extensions.gen_salt('bf')), now(), '{}', '{}', now(), now())`,
      [id, email],
    );
    try {
      const response = await fetch(`${stackInfo().apiUrl}/auth/v1/token?grant_type=password`, {
        method: 'POST',
        headers: { apikey: stackInfo().anonKey, 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Null-pass-1' }),
      });
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).toContain('Database error querying schema');
    } finally {
      await sql('delete from auth.users where id = $1', [id]);
    }
  });
});
