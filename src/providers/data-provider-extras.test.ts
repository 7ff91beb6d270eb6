import { describe, expect, it } from 'vitest';
import { CONSTRAINTS, explainConstraint, expandVirtualFilters, type VirtualFilters } from './data-provider-extras.ts';
import { errorField, errorKey, MACHINE_CODES } from './error-messages.ts';
import { sql } from '../../supabase/tests/helpers.ts';

const virtualFilters: VirtualFilters = {
  stock_state: {
    low: { select: 'low:alerts!inner(id)', filters: [{ field: 'low.kind', operator: 'eq', value: 'low_stock' }] },
    out: { select: 'has:stock_levels(product_id)', filters: [{ field: 'has', operator: 'null', value: null }] },
  },
};

describe('virtual filters', () => {
  it('replace a filter that is no column by embeds and PostgREST filters', () => {
    const out = expandVirtualFilters({
      resource: 'products',
      filters: [
        { field: 'status', operator: 'eq', value: 'on_sale' },
        { field: 'stock_state', operator: 'eq', value: 'low' },
      ],
      meta: { select: 'id, name', virtualFilters },
    });
    expect(out.meta?.select).toBe('id, name,low:alerts!inner(id)');
    expect(out.filters).toEqual([
      { field: 'status', operator: 'eq', value: 'on_sale' },
      { field: 'low.kind', operator: 'eq', value: 'low_stock' },
    ]);
  });

  it('drop unknown values and leave other requests alone', () => {
    const params = { resource: 'products', filters: [{ field: 'stock_state', operator: 'eq' as const, value: 'nonsense' }], meta: { virtualFilters } };
    expect(expandVirtualFilters(params).filters).toEqual([]);
    const plain = { resource: 'brands', filters: [{ field: 'name', operator: 'eq' as const, value: 'x' }] };
    expect(expandVirtualFilters(plain)).toBe(plain);
  });
});

describe('named constraints of direct table writes', () => {
  const pg = (code: string, message: string) => ({ code, message, details: null, hint: null });

  it('become a translated machine code on the form field', () => {
    const sku = explainConstraint(pg('23505', 'duplicate key value violates unique constraint "products_sku_key"'));
    expect(errorKey(sku)).toBe('errors.codes.sku_exists');
    expect(errorField(sku)).toBe('sku');
    const price = explainConstraint(pg('23514', 'new row for relation "products" violates check constraint "products_list_price_check"'));
    expect(errorKey(price)).toBe('errors.codes.invalid_price');
    expect(errorField(price)).toBe('list_price');
    expect(errorField(explainConstraint(pg('23505', 'duplicate key value violates unique constraint "warehouses_code_key"')))).toBe('code');
  });

  it('leave unknown constraints and other errors unchanged', () => {
    const other = pg('23505', 'duplicate key value violates unique constraint "something_else"');
    expect(explainConstraint(other)).toBe(other);
    expect(errorKey(explainConstraint(other))).toBe('errors.duplicate');
    expect(explainConstraint(null)).toBeNull();
  });

  it('only name machine codes that have a translation', () => {
    for (const { code } of Object.values(CONSTRAINTS)) expect(MACHINE_CODES, code).toContain(code);
  });

  it('only name constraints (or unique indexes) the schema has: a renamed one would lose its message', async () => {
    const rows = await sql<{ conname: string }>(
      `select conname from pg_constraint where connamespace = 'public'::regnamespace and conname = any ($1)
       union
       select indexrelid::regclass::text from pg_index where indisunique and indexrelid::regclass::text = any ($1)`,
      [Object.keys(CONSTRAINTS)],
    );
    expect(rows.map((r) => r.conname).sort()).toEqual(Object.keys(CONSTRAINTS).sort());
  });
});
