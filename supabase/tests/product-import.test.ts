/**
 * Product import (public.import_products, migrations/20261127000420_product_import.sql) through supabase-js
 * as the demo users: a bad file is refused with the Excel row numbers of its problems and writes nothing,
 * a good one imports every row, only admins may call it.
 */
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonClient, signInAs, sql } from './helpers.ts';

const RUN = randomUUID().slice(0, 6).toUpperCase();
let admin: SupabaseClient;
let category = '';
let brand = '';

const productCount = async () => Number((await sql<{ n: string }>('select count(*) as n from public.products'))[0].n);
const details = (error: { details?: string } | null) => JSON.parse(error?.details ?? '{}') as { line?: number; field?: string; errors?: { line: number; field: string; code: string }[] };

beforeAll(async () => {
  admin = await signInAs('admin');
  category = `导入类${RUN}`;
  brand = `导入牌${RUN}`;
  const [parent] = await sql<{ id: string }>(`insert into public.categories (name) values ($1) returning id`, [`导入父${RUN}`]);
  await sql(`insert into public.categories (name, parent_id) values ($1, $2)`, [category, parent.id]);
  await sql(`insert into public.brands (name) values ($1)`, [brand]);
  await sql(`insert into public.products (sku, barcode, name, list_price) values ($1, $2, '已有商品', 1)`, [`OLD-${RUN}`, `B${RUN}0`]);
});

describe('import_products', () => {
  it('refuses a bad file with the Excel row of each problem and imports nothing', async () => {
    const before = await productCount();
    const { data, error } = await admin.rpc('import_products', {
      p_rows: [
        { row: 2, sku: `OK-${RUN}-1`, name: '好的一行', list_price: 10, category, brand },
        { row: 3, sku: `OK-${RUN}-1`, name: '重复', list_price: 10 },
        { row: 5, sku: `BAD-${RUN}`, name: '', list_price: 'abc', category: '没有这个分类', brand: '没有这个品牌', status: 'bogus' },
        { row: 6, sku: `OLD-${RUN}`, name: '已存在', list_price: 1.234, barcode: `B${RUN}0` },
        { row: 7, sku: `SP ${RUN}`, name: 'x'.repeat(201), list_price: -1, safety_stock: '1.2345', shelf_life_days: 0 },
      ],
    });
    expect(data).toBeNull();
    expect(error?.code).toBe('P0001');
    expect(error?.hint).toBe('duplicate_sku');
    const d = details(error);
    expect(d.line).toBe(3);
    expect(d.errors?.map((e) => `${e.line}:${e.field}:${e.code}`)).toEqual([
      '3:sku:duplicate_sku',
      '5:name:value_required',
      '5:category:unknown_category',
      '5:brand:unknown_brand',
      '5:list_price:invalid_price',
      '5:status:invalid_status',
      '6:sku:sku_exists',
      '6:barcode:barcode_exists',
      '6:list_price:invalid_price',
      '7:sku:invalid_code',
      '7:name:text_too_long',
      '7:list_price:invalid_price',
      '7:safety_stock:invalid_quantity',
      '7:shelf_life_days:invalid_input',
    ]);
    expect(await productCount()).toBe(before);
    expect(await sql(`select 1 from public.products where sku = $1`, [`OK-${RUN}-1`])).toEqual([]);
  });

  it('imports every row of a good file, with categories by name or path and Chinese statuses', async () => {
    const before = await productCount();
    const rows = Array.from({ length: 50 }, (_, i) => ({
      row: i + 2,
      sku: `IMP-${RUN}-${String(i).padStart(3, '0')}`,
      name: `导入商品 ${i}`,
      list_price: (i * 1.25).toFixed(2),
      category: i % 2 ? category : `导入父${RUN}/${category}`,
      brand: i % 3 ? brand : '',
      status: i % 2 ? '在售' : 'draft',
      safety_stock: i,
      track_batches: i % 5 === 0 ? '是' : '',
      shelf_life_days: i % 5 === 0 ? 365 : '',
    }));
    const { data, error } = await admin.rpc('import_products', { p_rows: rows });
    expect(error).toBeNull();
    expect(data).toBe(50);
    expect(await productCount()).toBe(before + 50);
    const [first] = await sql<{ list_price: string; status: string; category: string; brand: string | null; track_batches: boolean; shelf_life_days: number; unit: string }>(
      `select p.list_price, p.status, c.name as category, b.name as brand, p.track_batches, p.shelf_life_days, p.unit
         from public.products p left join public.categories c on c.id = p.category_id left join public.brands b on b.id = p.brand_id
        where p.sku = $1`,
      [`IMP-${RUN}-005`],
    );
    expect(first).toMatchObject({ list_price: '6.25', status: 'on_sale', category, brand, track_batches: true, shelf_life_days: 365, unit: '件' });
  });

  it('is refused to every role but admin, and to anonymous callers', async () => {
    const before = await productCount();
    for (const role of ['sales', 'warehouse', 'finance'] as const) {
      const client = await signInAs(role);
      const { error } = await client.rpc('import_products', { p_rows: [{ row: 2, sku: `NO-${RUN}-${role}`, name: 'x', list_price: 1 }] });
      expect(error?.hint, role).toBe('not_authorized');
      await client.auth.signOut();
    }
    const anon = await anonClient().rpc('import_products', { p_rows: [{ row: 2, sku: `NO-${RUN}-anon`, name: 'x', list_price: 1 }] });
    expect(anon.error?.code).toBe('42501'); // no execute grant for anon
    expect(await productCount()).toBe(before);
  });

  it('refuses an empty or oversized import', async () => {
    expect((await admin.rpc('import_products', { p_rows: [] })).error?.hint).toBe('lines_required');
    const many = Array.from({ length: 5001 }, (_, i) => ({ row: i + 2, sku: `M-${i}`, name: 'm', list_price: 1 }));
    expect((await admin.rpc('import_products', { p_rows: many })).error?.hint).toBe('too_many_items');
  });
});
