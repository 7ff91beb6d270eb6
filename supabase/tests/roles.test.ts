/** Profiles, roles and invitations as each kind of user meets them through the API. */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, anonClient, newClient, signInAs, signInWith, sql, uniqueEmail } from './helpers.ts';

describe('anonymous visitors', () => {
  it('read nothing: no profiles, no invitations, no role', async () => {
    const anon = anonClient();
    const profiles = await anon.from('profiles').select('*');
    expect(profiles.error?.code).toBe('42501');
    expect(profiles.data).toBeNull();
    const invitations = await anon.from('staff_invitations').select('*');
    expect(invitations.error?.code).toBe('42501');
    const role = await anon.rpc('my_role');
    expect(role.error?.code).toBe('42501');
  });
});

describe('profiles', () => {
  it('non-admins see only their own profile; admins see everyone', async () => {
    const sales = await signInAs('sales');
    const { data: own } = await sales.from('profiles').select('id');
    expect(own).toEqual([{ id: DEMO_USERS.sales.id }]);

    const admin = await signInAs('admin');
    const { data: all } = await admin.from('profiles').select('id');
    expect(all!.map((p) => p.id)).toEqual(expect.arrayContaining(Object.values(DEMO_USERS).map((u) => u.id)));
  });

  it('a sales user cannot raise their own role, nor change anyone else', async () => {
    const sales = await signInAs('sales');
    const raise = await sales.from('profiles').update({ role: 'admin' }).eq('id', DEMO_USERS.sales.id).select();
    expect(raise.error?.hint).toBe('forbidden_role_change');
    const other = await sales.from('profiles').update({ active: false }).eq('id', DEMO_USERS.finance.id).select();
    expect(other.data ?? []).toEqual([]); // RLS hides the row: nothing to update
    const rows = await sql('select id, role, active from public.profiles where id = any($1) order by id', [
      [DEMO_USERS.sales.id, DEMO_USERS.finance.id],
    ]);
    expect(rows).toEqual([
      { id: DEMO_USERS.sales.id, role: 'sales', active: true },
      { id: DEMO_USERS.finance.id, role: 'finance', active: true },
    ]);
  });

  it('a user may change their own display name, but not their email through the table', async () => {
    const finance = await signInAs('finance');
    const rename = await finance.from('profiles').update({ full_name: '赵会计' }).eq('id', DEMO_USERS.finance.id).select('full_name').single();
    expect(rename.data).toEqual({ full_name: '赵会计' });
    const email = await finance.from('profiles').update({ email: 'x@demo.local' }).eq('id', DEMO_USERS.finance.id);
    expect(email.error?.code).toBe('42501');
    await sql(`update public.profiles set full_name = '赵财务' where id = $1`, [DEMO_USERS.finance.id]);
  });

  it('an admin changes a role and deactivates staff; a deactivated user loses the role', async () => {
    const email = uniqueEmail('staff');
    const newcomer = newClient();
    await newcomer.auth.signUp({ email, password: 'newcomer-pass-1' });
    const { data: me } = await newcomer.from('profiles').select('id, role').single();
    expect(me!.role).toBeNull();

    const admin = await signInAs('admin');
    const promoted = await admin.from('profiles').update({ role: 'warehouse' }).eq('id', me!.id).select('role').single();
    expect(promoted.data).toEqual({ role: 'warehouse' });
    expect((await newcomer.rpc('my_role')).data).toBe('warehouse');

    await admin.from('profiles').update({ active: false }).eq('id', me!.id);
    expect((await newcomer.rpc('my_role')).data).toBeNull();
  });

  it('the last active admin cannot be demoted or deactivated', async () => {
    const admin = await signInAs('admin');
    const demote = await admin.from('profiles').update({ role: 'sales' }).eq('id', DEMO_USERS.admin.id);
    expect(demote.error?.hint).toBe('last_admin');
    const deactivate = await admin.from('profiles').update({ active: false }).eq('id', DEMO_USERS.admin.id);
    expect(deactivate.error?.hint).toBe('last_admin');
    expect(await sql('select role, active from public.profiles where id = $1', [DEMO_USERS.admin.id])).toEqual([
      { role: 'admin', active: true },
    ]);
  });
});

describe('staff invitations', () => {
  it('an admin invites an email; whoever signs up with it gets that role', async () => {
    const email = uniqueEmail('invitee');
    const admin = await signInAs('admin');
    const { data: invitation, error } = await admin
      .from('staff_invitations')
      .insert({ email: email.toUpperCase(), role: 'finance' })
      .select('id, email, role, invited_by, accepted_at')
      .single();
    expect(error).toBeNull();
    expect(invitation).toMatchObject({ email, role: 'finance', invited_by: DEMO_USERS.admin.id, accepted_at: null });

    const invitee = newClient();
    expect((await invitee.auth.signUp({ email, password: 'invitee-pass-1' })).error).toBeNull();
    expect((await invitee.rpc('my_role')).data).toBe('finance');
    const { data: accepted } = await admin.from('staff_invitations').select('accepted_at').eq('id', invitation!.id).single();
    expect(accepted!.accepted_at).not.toBeNull();
  });

  it('a sign-up without an invitation gets no role and reads nothing but its own profile', async () => {
    const email = uniqueEmail('walkin');
    const walkIn = newClient();
    await walkIn.auth.signUp({ email, password: 'walkin-pass-1' });
    expect((await walkIn.rpc('my_role')).data).toBeNull();
    const { data } = await walkIn.from('profiles').select('email, role');
    expect(data).toEqual([{ email, role: null }]);
    expect((await walkIn.from('staff_invitations').select('id')).data).toEqual([]);
  });

  it('non-admins cannot invite, see or withdraw invitations', async () => {
    for (const role of ['sales', 'warehouse', 'finance'] as const) {
      const client = await signInAs(role);
      const insert = await client.from('staff_invitations').insert({ email: uniqueEmail(role), role: 'admin' });
      expect(insert.error?.code).toBe('42501');
      expect((await client.from('staff_invitations').select('id')).data).toEqual([]);
    }
    expect(await sql(`select count(*)::int as n from public.staff_invitations where role = 'admin' and email like '%@test.local'`)).toEqual([{ n: 0 }]);
  });

  it('refuses a duplicate open invitation and an invitation for an existing account', async () => {
    const admin = await signInAs('admin');
    const email = uniqueEmail('twice');
    expect((await admin.from('staff_invitations').insert({ email, role: 'sales' })).error).toBeNull();
    const again = await admin.from('staff_invitations').insert({ email, role: 'finance' });
    expect(again.error?.code).toBe('23505');
    const existing = await admin.from('staff_invitations').insert({ email: DEMO_USERS.sales.email, role: 'admin' });
    expect(existing.error?.hint).toBe('invitation_user_exists');
  });

  it('an admin withdraws an open invitation', async () => {
    const admin = await signInAs('admin');
    const email = uniqueEmail('withdrawn');
    const { data } = await admin.from('staff_invitations').insert({ email, role: 'sales' }).select('id').single();
    const removed = await admin.from('staff_invitations').delete().eq('id', data!.id).select('id');
    expect(removed.data).toEqual([{ id: data!.id }]);
    const walkIn = await (async () => {
      const c = newClient();
      await c.auth.signUp({ email, password: 'withdrawn-pass-1' });
      return c;
    })();
    expect((await walkIn.rpc('my_role')).data).toBeNull();
  });

  it('a deactivated admin is no longer an admin', async () => {
    const email = uniqueEmail('second-admin');
    const admin = await signInAs('admin');
    await admin.from('staff_invitations').insert({ email, role: 'admin' });
    await newClient().auth.signUp({ email, password: 'second-admin-1' });
    const second = await signInWith(email, 'second-admin-1');
    expect((await second.from('profiles').select('id')).data!.length).toBeGreaterThan(1);
    await admin.from('profiles').update({ active: false }).eq('email', email);
    expect((await second.from('profiles').select('id')).data!.length).toBe(1);
  });
});
