/**
 * Schema-wide security conventions (DESIGN §5), checked on the migrated database as a whole, so a new
 * table, view, policy or function that forgets one fails here whichever module added it.
 */
import { describe, expect, it } from 'vitest';
import { sql } from './helpers.ts';

const names = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(Object.values(r)[0]));

describe('row level security', () => {
  it('is enabled on every table in public', async () => {
    const rows = await sql(`
      select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relrowsecurity
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('every table in public has at least one policy', async () => {
    const rows = await sql(`
      select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and not exists (select 1 from pg_policy p where p.polrelid = c.oid)
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('every policy names its role (authenticated), never public or anon', async () => {
    const rows = await sql(`
      select tablename || ': ' || policyname as policy from pg_policies
      where schemaname = 'public'
        and ('public' = any (roles) or 'anon' = any (roles) or not ('authenticated' = any (roles)))
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('policies are named as sentences', async () => {
    const rows = await sql(`
      select tablename || ': ' || policyname as policy from pg_policies
      where schemaname = 'public' and policyname !~ '^[A-Z][^ ]* .* '
      order by 1`);
    expect(names(rows)).toEqual([]);
  });
});

describe('functions', () => {
  it("every security definer function pins search_path = ''", async () => {
    const rows = await sql(`
      select p.oid::regprocedure::text from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
        and p.prosecdef
        and not coalesce(p.proconfig, '{}') @> array['search_path=""']
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('anonymous visitors can execute no function in public or private', async () => {
    const rows = await sql(`
      select p.oid::regprocedure::text from pg_proc p
      where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
        and has_function_privilege('anon', p.oid, 'execute')
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('every function in public (an RPC) has a comment', async () => {
    const rows = await sql(`
      select p.oid::regprocedure::text from pg_proc p
      where p.pronamespace = 'public'::regnamespace and obj_description(p.oid, 'pg_proc') is null
      order by 1`);
    expect(names(rows)).toEqual([]);
  });
});

describe('tables and views', () => {
  it('every view in public is security_invoker', async () => {
    const rows = await sql(`
      select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('v', 'm')
        and not exists (select 1 from unnest(coalesce(c.reloptions, '{}')) o
                        where o ~* '^security_invoker=(true|on|1|yes)$')
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('every foreign key in public has an index starting with its columns', async () => {
    const rows = await sql(`
      select c.conrelid::regclass::text || ' (' || c.conname || ')' as fk
      from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k)
                = (select array_agg(k order by k) from unnest(c.conkey) k))
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('every table and view in public has a comment', async () => {
    const rows = await sql(`
      select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
        and obj_description(c.oid, 'pg_class') is null
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('anonymous visitors hold no privilege on any table, view or sequence in public', async () => {
    const rows = await sql(`
      select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
        and (has_table_privilege('anon', c.oid, 'select, insert, update, delete, truncate, references, trigger')
             or has_any_column_privilege('anon', c.oid, 'select, insert, update, references'))
      order by 1`);
    expect(names(rows)).toEqual([]);
  });

  it('the stock ledger, balances and the audit log are written by no API role', async () => {
    const rows = await sql(`
      select r.rolname || ' ' || t.tbl || ' ' || p.priv as grant
      from unnest(array['anon', 'authenticated', 'service_role']) r (rolname)
      cross join unnest(array['public.stock_movements', 'public.stock_levels', 'public.stock_batches',
                              'public.audit_log', 'public.alerts']) t (tbl)
      cross join unnest(array['insert', 'update', 'delete', 'truncate']) p (priv)
      where has_table_privilege(r.rolname, t.tbl, p.priv)
         or (p.priv in ('insert', 'update') and has_any_column_privilege(r.rolname, t.tbl, p.priv))
      order by 1`);
    expect(names(rows)).toEqual([]);
  });
});
