/** The embedded auth service as supabase-js sees it: sign-in per role, errors, refresh rotation, sign-out. */
import { describe, expect, it } from 'vitest';
import { APP_ROLES, DEMO_PASSWORD, DEMO_USERS, newClient, signInAs, stackInfo, uniqueEmail } from './helpers.ts';

function claimsOf(accessToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
}

describe('signing in', () => {
  it.each(APP_ROLES)('the %s demo user signs in, gets Supabase claims and reads their own profile', async (role) => {
    const client = newClient();
    const { data, error } = await client.auth.signInWithPassword({ email: DEMO_USERS[role].email, password: DEMO_PASSWORD });
    expect(error).toBeNull();
    const claims = claimsOf(data.session!.access_token);
    expect(claims).toMatchObject({
      sub: DEMO_USERS[role].id,
      role: 'authenticated',
      aud: 'authenticated',
      email: DEMO_USERS[role].email,
      app_metadata: { provider: 'email', providers: ['email'] },
    });
    expect(claims.session_id).toEqual(expect.any(String));
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);

    const { data: profile, error: profileError } = await client
      .from('profiles')
      .select('id, email, role, active')
      .eq('id', DEMO_USERS[role].id)
      .single();
    expect(profileError).toBeNull();
    expect(profile).toEqual({ id: DEMO_USERS[role].id, email: DEMO_USERS[role].email, role, active: true });

    const { data: myRole } = await client.rpc('my_role');
    expect(myRole).toBe(role);
  });

  it('a wrong password fails with invalid_credentials and a readable message', async () => {
    const { data, error } = await newClient().auth.signInWithPassword({ email: DEMO_USERS.sales.email, password: 'wrong-password' });
    expect(data.session).toBeNull();
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.message).toBe('Invalid login credentials');
    expect(error?.status).toBe(400);
  });

  it('an unknown email fails the same way, revealing nothing', async () => {
    const { error } = await newClient().auth.signInWithPassword({ email: 'nobody@demo.local', password: DEMO_PASSWORD });
    expect(error?.code).toBe('invalid_credentials');
  });
});

describe('sessions', () => {
  it('refresh issues new tokens, and the rotated refresh token cannot be used again', async () => {
    const client = await signInAs('finance');
    const first = (await client.auth.getSession()).data.session!;
    const { data: refreshed, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    expect(refreshed.session!.refresh_token).not.toBe(first.refresh_token);
    expect(claimsOf(refreshed.session!.access_token).session_id).toBe(claimsOf(first.access_token).session_id);

    const replay = await newClient().auth.refreshSession({ refresh_token: first.refresh_token });
    expect(replay.error?.code).toBe('refresh_token_already_used');
    expect(replay.data.session).toBeNull();
  });

  it('an unknown refresh token is refused', async () => {
    const { error } = await newClient().auth.refreshSession({ refresh_token: 'not-a-token' });
    expect(error?.code).toBe('refresh_token_not_found');
  });

  it('after sign-out the access token no longer gets the user', async () => {
    const client = await signInAs('warehouse');
    const token = (await client.auth.getSession()).data.session!.access_token;
    expect((await client.auth.signOut()).error).toBeNull();
    const { data, error } = await newClient().auth.getUser(token);
    expect(data.user).toBeNull();
    // supabase-js turns GoTrue's 403 session_not_found into its "session missing" error.
    expect(error?.name).toBe('AuthSessionMissingError');
    const raw = await fetch(`${stackInfo().apiUrl}/auth/v1/user`, {
      headers: { apikey: stackInfo().anonKey, authorization: `Bearer ${token}`, 'x-supabase-api-version': '2024-01-01' },
    });
    expect(raw.status).toBe(403);
    expect(await raw.json()).toMatchObject({ code: 'session_not_found' });
  });

  it('a user updates their own metadata and password, and signs in with the new password', async () => {
    const email = uniqueEmail('pw');
    const client = newClient();
    expect((await client.auth.signUp({ email, password: 'first-pass-1' })).error).toBeNull();
    const { data, error } = await client.auth.updateUser({ password: 'second-pass-2', data: { phone_ext: '8012' } });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toMatchObject({ phone_ext: '8012' });
    expect((await newClient().auth.signInWithPassword({ email, password: 'first-pass-1' })).error?.code).toBe('invalid_credentials');
    expect((await newClient().auth.signInWithPassword({ email, password: 'second-pass-2' })).error).toBeNull();
  });
});

describe('sign-up', () => {
  it('refuses a short password and a taken email with their codes', async () => {
    const weak = await newClient().auth.signUp({ email: uniqueEmail('weak'), password: '123' });
    expect(weak.error?.code).toBe('weak_password');
    const taken = await newClient().auth.signUp({ email: DEMO_USERS.admin.email, password: 'long-enough-1' });
    expect(taken.error?.code).toBe('user_already_exists');
  });
});
