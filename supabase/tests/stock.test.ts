/**
 * Stock: catalogue, warehouses, batches, the ledger, stock documents, the primitives the sales module
 * builds on, alerts and audit — each as a user meets it through supabase-js, plus the primitives and
 * the immutability guarantees as postgres. Every stock invariant is re-checked after the file.
 */
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLES, type AppRole, DEMO_USERS, anonClient, db, newClient, serviceClient, signInAs, sql, uniqueEmail } from './helpers.ts';
import { assertStockInvariants } from './invariants.ts';

const RUN = `T${Date.now().toString(36).slice(-6).toUpperCase()}`;
const LONG = 'x'.repeat(10_000);
const EVIL = `Robert'); drop table public.products; -- " \\ ; select pg_sleep(5); /*`;

let as: Record<AppRole, SupabaseClient>;
let TODAY: string;
const W: Record<'a' | 'b' | 'c' | 'off', string> = { a: '', b: '', c: '', off: '' };
const P: Record<'milk' | 'pen' | 'fefo' | 'low' | 'nolife' | 'exp' | 'tr', string> = {
  milk: '', pen: '', fefo: '', low: '', nolife: '', exp: '', tr: '',
};

/** Business date + n days, as YYYY-MM-DD. */
const day = async (n: number) =>
  (await sql<{ d: string }>(`select (private.business_date() + $1::int)::text as d`, [n]))[0].d;

/** The error a postgres call raised (fails the test if it succeeded). */
async function pgError(promise: Promise<unknown>): Promise<{ message: string; hint?: string; detail?: string; code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { message: string; hint?: string; detail?: string; code?: string };
  }
  throw new Error('expected the statement to fail');
}

/** Row counts and balances that a refused request must leave untouched. */
async function snapshot() {
  const [row] = await sql(`
    select (select count(*) from public.stock_movements) as movements,
           (select count(*) from public.stock_batches) as batches,
           (select count(*) from public.stock_receipts) as receipts,
           (select count(*) from public.stock_adjustments) as adjustments,
           (select count(*) from public.stock_transfers) as transfers,
           (select count(*) from public.stock_write_offs) as write_offs,
           (select coalesce(sum(on_hand), 0) from public.stock_levels) as on_hand,
           (select coalesce(sum(reserved), 0) from public.stock_levels) as reserved,
           (select count(*) from public.products) as products,
           (select count(*) from public.audit_log) as audit`);
  return row;
}

const level = async (product: string, warehouse: string) =>
  (await sql<{ on_hand: string; reserved: string; available: string }>(
    `select on_hand, reserved, available from public.stock_levels where product_id = $1 and warehouse_id = $2`,
    [product, warehouse],
  ))[0];

const openAlerts = (kind: string, product: string) =>
  sql<{ id: string; status: string; warehouse_id: string; batch_id: string | null }>(
    `select id, status, warehouse_id, batch_id from public.alerts where kind = $1 and product_id = $2 and status <> 'resolved'`,
    [kind, product],
  );

async function receive(client: SupabaseClient, warehouse: string, lines: unknown[], supplier?: string) {
  const res = await client.rpc('receive_stock', { p_warehouse_id: warehouse, p_lines: lines, p_supplier: supplier });
  if (res.error) throw new Error(`receive_stock: ${res.error.message} ${res.error.details}`);
  return res.data as { id: string; receipt_no: string; lines: Array<{ batch_id: string; batch_no: string; expiry_date: string | null; qty: number }> };
}

beforeAll(async () => {
  as = Object.fromEntries(await Promise.all(APP_ROLES.map(async (r) => [r, await signInAs(r)]))) as Record<AppRole, SupabaseClient>;
  TODAY = await day(0);
  const wh = await sql<{ id: string; code: string }>(
    `insert into public.warehouses (code, name, active) values
       ($1 || '-A', '测试主仓', true), ($1 || '-B', '测试二仓', true), ($1 || '-C', '测试三仓', true), ($1 || '-X', '停用仓', false)
     returning id, code`,
    [RUN],
  );
  for (const w of wh) W[({ A: 'a', B: 'b', C: 'c', X: 'off' } as const)[w.code.slice(-1) as 'A' | 'B' | 'C' | 'X']] = w.id;
  const pr = await sql<{ id: string; sku: string }>(
    `insert into public.products (sku, name, list_price, status, safety_stock, shelf_life_days, expiry_alert_days, track_batches) values
       ($1 || '-MILK', '纯牛奶 250ml', 5.50, 'on_sale', 0, 365, 30, true),
       ($1 || '-PEN', '中性笔', 2.00, 'on_sale', 0, null, 30, false),
       ($1 || '-FEFO', '酸奶', 8.00, 'on_sale', 0, null, 10, true),
       ($1 || '-LOW', '纸巾', 3.00, 'on_sale', 10, null, 30, false),
       ($1 || '-NOLIFE', '批次无保质期', 1.00, 'on_sale', 0, null, 30, true),
       ($1 || '-EXP', '面包', 6.00, 'on_sale', 0, null, 30, true),
       ($1 || '-TR', '调拨品', 9.00, 'on_sale', 0, null, 30, true)
     returning id, sku`,
    [RUN],
  );
  for (const p of pr) P[p.sku.split('-').pop()!.toLowerCase() as keyof typeof P] = p.id;
});

afterAll(async () => {
  await assertStockInvariants();
});

describe('document numbers', () => {
  it('are PREFIX-YYYYMMDD-NNNN per prefix per business day, and concurrent callers never share one', async () => {
    const prefix = `Z${RUN.slice(-3).replace(/[^A-Z]/g, 'Q')}`.slice(0, 4).padEnd(2, 'Q');
    const numbers = await Promise.all(
      Array.from({ length: 12 }, () => sql<{ n: string }>(`select private.next_document_number($1) as n`, [prefix])),
    );
    const values = numbers.map((r) => r[0].n).sort();
    const ymd = TODAY.replaceAll('-', '');
    expect(new Set(values).size).toBe(12);
    expect(values[0]).toBe(`${prefix}-${ymd}-0001`);
    expect(values[11]).toBe(`${prefix}-${ymd}-0012`);
  });

  it('refuse a malformed prefix', async () => {
    for (const bad of ['so', 'S', 'TOOLONG', "S'; --", '']) {
      const error = await pgError(sql(`select private.next_document_number($1)`, [bad]));
      expect(error.hint).toBe('invalid_prefix');
    }
  });
});

describe('catalogue', () => {
  it('every role reads products, categories and brands; anonymous visitors read nothing', async () => {
    for (const role of APP_ROLES) {
      for (const table of ['products', 'categories', 'brands', 'warehouses']) {
        const { data, error } = await as[role].from(table).select('id').limit(1);
        expect(error, `${role} reads ${table}`).toBeNull();
        if (table === 'products' || table === 'warehouses') expect(data!.length).toBe(1);
      }
    }
    for (const table of ['products', 'categories', 'brands', 'warehouses']) {
      const { error } = await anonClient().from(table).select('id');
      expect(error?.code).toBe('42501');
    }
  });

  it('admins create, edit and delete categories, brands and products; the audit log records who did what', async () => {
    const admin = as.admin;
    const parent = await admin.from('categories').insert({ name: `${RUN} 乳制品` }).select().single();
    expect(parent.error).toBeNull();
    const child = await admin.from('categories').insert({ name: '酸奶', parent_id: parent.data!.id }).select().single();
    expect(child.error).toBeNull();
    const brand = await admin.from('brands').insert({ name: `${RUN} 伊利` }).select().single();
    expect(brand.error).toBeNull();
    const product = await admin
      .from('products')
      .insert({ sku: `${RUN}-NEW`, name: '新品', list_price: 12.5, category_id: child.data!.id, brand_id: brand.data!.id })
      .select()
      .single();
    expect(product.error).toBeNull();
    expect(product.data).toMatchObject({ status: 'draft', list_price: 12.5, unit: '件', track_batches: false });

    const renamed = await admin.from('products').update({ name: '新品 Pro', status: 'on_sale' }).eq('id', product.data!.id).select().single();
    expect(renamed.data).toMatchObject({ name: '新品 Pro', status: 'on_sale' });

    const audit = await admin
      .from('audit_log')
      .select('table_name, row_id, action, old_data, new_data, changed_by')
      .eq('table_name', 'products')
      .eq('row_id', product.data!.id)
      .order('id');
    expect(audit.data!.map((a) => a.action)).toEqual(['insert', 'update']);
    expect(audit.data![1]).toMatchObject({
      changed_by: DEMO_USERS.admin.id,
      old_data: expect.objectContaining({ name: '新品', status: 'draft' }),
      new_data: expect.objectContaining({ name: '新品 Pro', status: 'on_sale' }),
    });

    // In use: a category with children or products, a brand with products.
    const delParent = await admin.from('categories').delete().eq('id', parent.data!.id);
    expect(delParent.error?.hint).toBe('category_in_use');
    const delBrand = await admin.from('brands').delete().eq('id', brand.data!.id);
    expect(delBrand.error?.hint).toBe('brand_in_use');

    const del = await admin.from('products').delete().eq('id', product.data!.id).select('id');
    expect(del.data).toEqual([{ id: product.data!.id }]);
    expect((await sql(`select action from public.audit_log where row_id = $1 order by id`, [product.data!.id])).map((r) => r.action))
      .toEqual(['insert', 'update', 'delete']);
    expect((await admin.from('categories').delete().eq('id', child.data!.id)).error).toBeNull();
    expect((await admin.from('categories').delete().eq('id', parent.data!.id)).error).toBeNull();
    expect((await admin.from('brands').delete().eq('id', brand.data!.id)).error).toBeNull();
  });

  it('sales, warehouse and finance cannot write master data', async () => {
    for (const role of ['sales', 'warehouse', 'finance'] as const) {
      const c = as[role];
      for (const [table, row] of [
        ['categories', { name: `${RUN} ${role}` }],
        ['brands', { name: `${RUN} ${role}` }],
        ['products', { sku: `${RUN}-${role}`, name: role }],
        ['warehouses', { code: `${RUN}-${role}`.slice(0, 20), name: role }],
      ] as const) {
        const ins = await c.from(table).insert(row);
        expect(ins.error?.code, `${role} inserts ${table}`).toBe('42501');
      }
      const upd = await c.from('products').update({ list_price: 0.01 }).eq('id', P.pen).select('id');
      expect(upd.data ?? []).toEqual([]);
      const delP = await c.from('products').delete().eq('id', P.pen).select('id');
      expect(delP.data ?? []).toEqual([]);
      const updW = await c.from('warehouses').update({ name: 'hacked' }).eq('id', W.a).select('id');
      expect(updW.data ?? []).toEqual([]);
    }
    const [pen] = await sql(`select list_price from public.products where id = $1`, [P.pen]);
    expect(pen.list_price).toBe('2.00');
    const [wa] = await sql(`select name from public.warehouses where id = $1`, [W.a]);
    expect(wa.name).toBe('测试主仓');
  });

  it('categories cannot form a cycle', async () => {
    const a = await as.admin.from('categories').insert({ name: `${RUN} A` }).select().single();
    const b = await as.admin.from('categories').insert({ name: `${RUN} B`, parent_id: a.data!.id }).select().single();
    const c = await as.admin.from('categories').insert({ name: `${RUN} C`, parent_id: b.data!.id }).select().single();
    const cycle = await as.admin.from('categories').update({ parent_id: c.data!.id }).eq('id', a.data!.id);
    expect(cycle.error?.hint).toBe('category_cycle');
    const self = await as.admin.from('categories').update({ parent_id: a.data!.id }).eq('id', a.data!.id);
    expect(self.error?.hint).toBe('category_cycle');
    for (const id of [c.data!.id, b.data!.id, a.data!.id]) await as.admin.from('categories').delete().eq('id', id);
  });

  it('bad product input is refused with a code and changes nothing; SQL meta-characters are just text', async () => {
    const before = await snapshot();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ list_price: 12.345 }, 'products_list_price_check'],
      [{ list_price: -1 }, 'products_list_price_check'],
      [{ name: LONG }, 'text_too_long'],
      [{ spec: LONG }, 'text_too_long'],
      [{ sku: LONG }, 'text_too_long'],
      [{ sku: 'has space' }, 'products_sku_format'],
      [{ status: 'deleted' }, 'products_status_check'],
      [{ safety_stock: -1 }, 'products_safety_stock_check'],
      [{ safety_stock: 1.0001 }, 'products_safety_stock_check'],
      [{ name: '   ' }, 'products_name_length'],
    ];
    for (const [patch, code] of cases) {
      const res = await as.admin.from('products').insert({ sku: `${RUN}-BAD`, name: 'bad', ...patch });
      expect(res.error, JSON.stringify(patch).slice(0, 80)).not.toBeNull();
      expect(`${res.error!.hint} ${res.error!.message}`).toContain(code);
      const upd = await as.admin.from('products').update(patch).eq('id', P.pen);
      expect(`${upd.error?.hint} ${upd.error?.message}`).toContain(code);
    }
    expect(await snapshot()).toEqual(before);

    const evil = await as.admin.from('products').insert({ sku: `${RUN}-EVIL`, name: EVIL, spec: EVIL.slice(0, 200) }).select().single();
    expect(evil.data!.name).toBe(EVIL);
    expect((await sql(`select count(*)::int as n from public.products where sku = $1`, [`${RUN}-EVIL`]))[0].n).toBe(1);
    await as.admin.from('products').delete().eq('id', evil.data!.id);
  });

  it('warehouse keepers (and admins) set safety stock through an RPC; sales and finance cannot', async () => {
    const ok = await as.warehouse.rpc('set_product_safety_stock', { p_product_id: P.pen, p_safety_stock: 2.5 });
    expect(ok.error).toBeNull();
    expect(ok.data.safety_stock).toBe(2.5);
    for (const role of ['sales', 'finance'] as const) {
      const res = await as[role].rpc('set_product_safety_stock', { p_product_id: P.pen, p_safety_stock: 99 });
      expect(res.error?.hint).toBe('not_authorized');
    }
    for (const bad of [-1, 1.0001]) {
      const res = await as.warehouse.rpc('set_product_safety_stock', { p_product_id: P.pen, p_safety_stock: bad });
      expect(res.error?.hint).toBe('invalid_quantity');
    }
    const res = await as.admin.rpc('set_product_safety_stock', { p_product_id: P.pen, p_safety_stock: 0 });
    expect(res.data.safety_stock).toBe(0);
  });
});

describe('stock-in receipts', () => {
  it('create batches, post the ledger and update balances; expiry defaults from the shelf life', async () => {
    const production = await day(-10);
    const receipt = await receive(as.warehouse, W.a, [
      { product_id: P.milk, qty: 10, unit_cost: 2.35, batch_no: 'M1' },
      { product_id: P.milk, qty: 5, unit_cost: 2.4, batch_no: 'M2', production_date: production },
      { product_id: P.pen, qty: 100.5, unit_cost: 0.1234 },
    ], '光明乳业');
    expect(receipt.receipt_no).toMatch(new RegExp(`^SI-${TODAY.replaceAll('-', '')}-\\d{4}$`));
    expect(receipt.lines.map((l) => [l.batch_no, l.expiry_date, l.qty])).toEqual([
      ['M1', await day(365), 10],
      ['M2', await day(355), 5],
      [receipt.receipt_no, null, 100.5],
    ]);
    expect(await level(P.milk, W.a)).toEqual({ on_hand: '15.000', reserved: '0.000', available: '15.000' });
    expect(await level(P.pen, W.a)).toMatchObject({ on_hand: '100.500' });
    const ledger = await as.warehouse
      .from('stock_movement_list')
      .select('movement_type, qty, source_type, created_by')
      .eq('source_id', receipt.id)
      .order('id');
    // Lines post in product order (the lock order), so compare without order.
    expect(ledger.data!.sort((a, b) => a.qty - b.qty)).toEqual([
      { movement_type: 'receipt', qty: 5, source_type: 'stock_receipt', created_by: DEMO_USERS.warehouse.id },
      { movement_type: 'receipt', qty: 10, source_type: 'stock_receipt', created_by: DEMO_USERS.warehouse.id },
      { movement_type: 'receipt', qty: 100.5, source_type: 'stock_receipt', created_by: DEMO_USERS.warehouse.id },
    ]);
    const costs = await as.finance.rpc('batch_costs', { p_product_id: P.milk, p_warehouse_id: W.a });
    expect(costs.data.map((b: { batch_no: string; unit_cost: number; stock_value: number }) => [b.batch_no, b.unit_cost, b.stock_value]))
      .toEqual([['M2', 2.4, 12], ['M1', 2.35, 23.5]]);
  });

  it('the same lot at the same cost tops up its batch; a lot has one expiry date', async () => {
    const again = await receive(as.admin, W.a, [{ product_id: P.milk, qty: 1, unit_cost: 2.35, batch_no: 'M1' }]);
    const [m1] = await sql(`select id, qty_on_hand from public.stock_batches where product_id = $1 and warehouse_id = $2 and batch_no = 'M1'`, [P.milk, W.a]);
    expect(again.lines[0].batch_id).toBe(m1.id);
    expect(m1.qty_on_hand).toBe('11.000');
    const before = await snapshot();
    const clash = await as.warehouse.rpc('receive_stock', {
      p_warehouse_id: W.b,
      p_lines: [{ product_id: P.milk, qty: 1, unit_cost: 2.35, batch_no: 'M1', expiry_date: await day(30) }],
    });
    expect(clash.error?.hint).toBe('batch_expiry_mismatch');
    expect(JSON.parse(clash.error!.details)).toMatchObject({ line: 1, batch_no: 'M1' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuse bad input with a code, naming the line, and change nothing', async () => {
    const ok = { product_id: P.pen, qty: 1, unit_cost: 1 };
    const cases: Array<[unknown, string, Record<string, unknown>?]> = [
      [[{ ...ok, qty: 0 }], 'invalid_quantity'],
      [[{ ...ok, qty: -5 }], 'invalid_quantity'],
      [[{ ...ok, qty: 1.0001 }], 'invalid_quantity'],
      [[{ ...ok, qty: 'abc' }], 'invalid_quantity'],
      [[{ ...ok, qty: null }], 'invalid_quantity'],
      [[{ ...ok, qty: 1e15 }], 'invalid_quantity'],
      [[{ ...ok, unit_cost: 1.00001 }], 'invalid_unit_cost'],
      [[{ ...ok, unit_cost: -1 }], 'invalid_unit_cost'],
      [[{ ...ok, unit_cost: "1; drop table x" }], 'invalid_unit_cost'],
      [[{ ...ok, product_id: randomUUID() }], 'product_not_found'],
      [[{ ...ok, product_id: EVIL }], 'product_not_found'],
      [[{ ...ok, batch_no: LONG }], 'text_too_long'],
      [[{ ...ok, expiry_date: 'tomorrow' }], 'invalid_date'],
      [[{ ...ok, expiry_date: '2025-02-30' }], 'invalid_date'],
      [[{ ...ok, production_date: '2999-01-01' }], 'invalid_date'],
      [[{ product_id: P.milk, qty: 1, unit_cost: 1 }], 'batch_no_required'],
      [[{ product_id: P.nolife, qty: 1, unit_cost: 1, batch_no: 'N1' }], 'expiry_required'],
      [[{ product_id: P.milk, qty: 1, unit_cost: 1, batch_no: 'OLD', expiry_date: '2020-01-01' }], 'batch_expired'],
      [[ok, { ...ok, qty: 0 }], 'invalid_quantity', { line: 2 }],
      [[], 'lines_required'],
      [{ product_id: P.pen }, 'lines_required'],
      [[1, 2], 'invalid_line'],
    ];
    const before = await snapshot();
    for (const [lines, code, detail] of cases) {
      const res = await as.warehouse.rpc('receive_stock', { p_warehouse_id: W.a, p_lines: lines });
      expect(res.error?.hint, JSON.stringify(lines).slice(0, 120)).toBe(code);
      expect(res.error?.message).toBe(code);
      if (detail) expect(JSON.parse(res.error!.details)).toMatchObject(detail);
    }
    const other: Array<[Record<string, unknown>, string]> = [
      [{ p_warehouse_id: randomUUID(), p_lines: [ok] }, 'warehouse_not_found'],
      [{ p_warehouse_id: W.off, p_lines: [ok] }, 'warehouse_inactive'],
      [{ p_warehouse_id: W.a, p_lines: [ok], p_supplier: LONG }, 'text_too_long'],
      [{ p_warehouse_id: W.a, p_lines: [ok], p_note: LONG }, 'text_too_long'],
      [{ p_warehouse_id: W.a, p_lines: Array(501).fill(ok) }, 'too_many_lines'],
    ];
    for (const [args, code] of other) {
      const res = await as.warehouse.rpc('receive_stock', args);
      expect(res.error?.hint).toBe(code);
    }
    for (const role of ['sales', 'finance'] as const) {
      const res = await as[role].rpc('receive_stock', { p_warehouse_id: W.a, p_lines: [ok] });
      expect(res.error?.hint).toBe('not_authorized');
      expect(res.error?.code).toBe('42501');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('store SQL meta-characters verbatim', async () => {
    const receipt = await receive(as.warehouse, W.c, [{ product_id: P.pen, qty: 1, unit_cost: 0, batch_no: EVIL.slice(0, 64) }], EVIL.slice(0, 100));
    const [row] = await sql(`select supplier from public.stock_receipts where id = $1`, [receipt.id]);
    expect(row.supplier).toBe(EVIL.slice(0, 100));
    expect(receipt.lines[0].batch_no).toBe(EVIL.slice(0, 64));
  });
});

describe('adjustments and stocktakes', () => {
  it('post signed changes with a reason; decreases without a batch take the earliest expiry first', async () => {
    const [m1] = await sql(`select id from public.stock_batches where product_id = $1 and warehouse_id = $2 and batch_no = 'M1'`, [P.milk, W.a]);
    const res = await as.warehouse.rpc('adjust_stock', {
      p_warehouse_id: W.a,
      p_reason: '破损',
      p_lines: [
        { batch_id: m1.id, qty: -1 },
        { product_id: P.milk, qty: 2, batch_no: 'M3', expiry_date: await day(200), unit_cost: 2.5 },
        { product_id: P.pen, qty: -0.5 },
      ],
    });
    expect(res.error).toBeNull();
    expect(res.data.adjustment_no).toMatch(/^AJ-\d{8}-\d{4}$/);
    expect(res.data.kind).toBe('adjustment');
    expect(res.data.lines.map((l: { qty_change: number; system_qty: number }) => [l.qty_change, l.system_qty]))
      .toEqual([[-1, 11], [2, 15], [-0.5, 100.5]]);
    expect(await level(P.milk, W.a)).toMatchObject({ on_hand: '17.000' });
    expect(await level(P.pen, W.a)).toMatchObject({ on_hand: '100.000' });
  });

  it('a stocktake records book and counted quantities and posts the difference', async () => {
    const res = await as.warehouse.rpc('post_stocktake', {
      p_warehouse_id: W.a,
      p_reason: '月末盘点',
      p_lines: [{ product_id: P.pen, counted_qty: 97 }],
    });
    expect(res.error).toBeNull();
    expect(res.data.adjustment_no).toMatch(/^ST-\d{8}-\d{4}$/);
    expect(res.data.lines[0]).toMatchObject({ system_qty: 100, counted_qty: 97, qty_change: -3 });
    const surplus = await as.admin.rpc('post_stocktake', {
      p_warehouse_id: W.a,
      p_reason: '复盘',
      p_lines: [{ product_id: P.pen, counted_qty: 98 }],
    });
    expect(surplus.data.lines[0]).toMatchObject({ system_qty: 97, counted_qty: 98, qty_change: 1 });
    expect(await level(P.pen, W.a)).toMatchObject({ on_hand: '98.000' });
    const same = await as.admin.rpc('post_stocktake', { p_warehouse_id: W.a, p_reason: '复核', p_lines: [{ product_id: P.pen, counted_qty: 98 }] });
    expect(same.data.lines[0]).toMatchObject({ qty_change: 0 });
    // Per batch: only that batch changes.
    const [m2] = await sql(`select id, qty_on_hand from public.stock_batches where product_id = $1 and warehouse_id = $2 and batch_no = 'M2'`, [P.milk, W.a]);
    const byBatch = await as.warehouse.rpc('post_stocktake', { p_warehouse_id: W.a, p_reason: '批次盘点', p_lines: [{ batch_id: m2.id, counted_qty: 4 }] });
    expect(byBatch.data.lines[0]).toMatchObject({ batch_id: m2.id, product_id: P.milk, system_qty: 5, counted_qty: 4, qty_change: -1 });
    const moved = await sql(`select batch_id, qty from public.stock_movements where source_id = $1`, [byBatch.data.id]);
    expect(moved).toEqual([{ batch_id: m2.id, qty: '-1.000' }]);
    expect(await level(P.milk, W.a)).toMatchObject({ on_hand: '16.000' });
  });

  it('refuse bad input and shortages with a code and change nothing', async () => {
    const before = await snapshot();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: '', p_lines: [{ product_id: P.pen, qty: 1 }] }, 'value_required'],
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: LONG, p_lines: [{ product_id: P.pen, qty: 1 }] }, 'text_too_long'],
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, qty: 0 }] }, 'invalid_quantity'],
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, qty: -1000 }] }, 'insufficient_stock'],
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.milk, qty: 1 }] }, 'batch_no_required'],
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ batch_id: randomUUID(), qty: 1 }] }, 'batch_not_found'],
      ['adjust_stock', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, qty: 1, unit_cost: 0.00001 }] }, 'invalid_unit_cost'],
      ['post_stocktake', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, counted_qty: -1 }] }, 'invalid_quantity'],
      ['post_stocktake', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, counted_qty: 1 }, { product_id: P.pen, counted_qty: 2 }] }, 'duplicate_line'],
      ['post_stocktake', { p_warehouse_id: W.off, p_reason: 'x', p_lines: [{ product_id: P.pen, counted_qty: 1 }] }, 'warehouse_inactive'],
    ];
    for (const [fn, args, code] of cases) {
      const res = await as.warehouse.rpc(fn, args);
      expect(res.error?.hint, `${fn} ${JSON.stringify(args).slice(0, 100)}`).toBe(code);
    }
    const short = await as.warehouse.rpc('adjust_stock', { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, qty: -1000 }] });
    expect(JSON.parse(short.error!.details)).toMatchObject({ sku: `${RUN}-PEN`, product: '中性笔', requested: 1000, available: 98 });
    for (const role of ['sales', 'finance'] as const) {
      for (const fn of ['adjust_stock', 'post_stocktake']) {
        const res = await as[role].rpc(fn, { p_warehouse_id: W.a, p_reason: 'x', p_lines: [{ product_id: P.pen, qty: 1, counted_qty: 1 }] });
        expect(res.error?.hint).toBe('not_authorized');
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('transfers', () => {
  let lots: Array<{ batch_no: string; expiry_date: string }>;
  beforeAll(async () => {
    const r = await receive(as.warehouse, W.a, [
      { product_id: P.tr, qty: 3, unit_cost: 4.1, batch_no: 'TR-1', expiry_date: await day(90) },
      { product_id: P.tr, qty: 5, unit_cost: 4.2, batch_no: 'TR-2', expiry_date: await day(60) },
    ]);
    lots = r.lines.map((l) => ({ batch_no: l.batch_no, expiry_date: l.expiry_date! }));
  });

  it('go draft → in_transit → received, keeping lot, expiry and cost, with in-transit stock visible', async () => {
    const draft = await as.warehouse.rpc('create_stock_transfer', {
      p_from_warehouse_id: W.a, p_to_warehouse_id: W.b, p_lines: [{ product_id: P.tr, qty: 6 }], p_note: '补货',
    });
    expect(draft.error).toBeNull();
    expect(draft.data).toMatchObject({ status: 'draft', transfer_no: expect.stringMatching(/^TR-\d{8}-\d{4}$/) });
    expect(await level(P.tr, W.a)).toMatchObject({ on_hand: '8.000' });

    const sent = await as.warehouse.rpc('dispatch_stock_transfer', { p_transfer_id: draft.data.id });
    expect(sent.data.status).toBe('in_transit');
    expect(await level(P.tr, W.a)).toMatchObject({ on_hand: '2.000' });
    for (const role of APP_ROLES) {
      const transit = await as[role].from('stock_in_transit').select('product_id, qty, from_warehouse_id, to_warehouse_id').eq('transfer_id', draft.data.id);
      expect(transit.data, role).toEqual([{ product_id: P.tr, qty: 6, from_warehouse_id: W.a, to_warehouse_id: W.b }]);
    }

    const got = await as.admin.rpc('receive_stock_transfer', { p_transfer_id: draft.data.id });
    expect(got.data).toMatchObject({ status: 'received', received_by: DEMO_USERS.admin.id });
    expect(await level(P.tr, W.b)).toMatchObject({ on_hand: '6.000' });
    expect((await as.warehouse.from('stock_in_transit').select('qty').eq('transfer_id', draft.data.id)).data).toEqual([]);

    const dest = await as.finance.rpc('batch_costs', { p_product_id: P.tr, p_warehouse_id: W.b });
    // FEFO out of the source: TR-2 (earlier expiry) entirely, then 1 of TR-1.
    expect(dest.data.map((b: Record<string, unknown>) => [b.batch_no, b.expiry_date, b.unit_cost, b.qty_on_hand])).toEqual([
      ['TR-2', lots[1].expiry_date, 4.2, 5],
      ['TR-1', lots[0].expiry_date, 4.1, 1],
    ]);
  });

  it('refuse same warehouse, wrong status, shortages and other roles, changing nothing', async () => {
    const before = await snapshot();
    const same = await as.warehouse.rpc('create_stock_transfer', { p_from_warehouse_id: W.a, p_to_warehouse_id: W.a, p_lines: [{ product_id: P.tr, qty: 1 }] });
    expect(same.error?.hint).toBe('same_warehouse');
    for (const role of ['sales', 'finance'] as const) {
      const res = await as[role].rpc('create_stock_transfer', { p_from_warehouse_id: W.a, p_to_warehouse_id: W.b, p_lines: [{ product_id: P.tr, qty: 1 }] });
      expect(res.error?.hint).toBe('not_authorized');
    }
    const bad = await as.warehouse.rpc('create_stock_transfer', { p_from_warehouse_id: W.a, p_to_warehouse_id: W.b, p_lines: [{ product_id: P.tr, qty: -1 }] });
    expect(bad.error?.hint).toBe('invalid_quantity');
    const inactive = await as.warehouse.rpc('create_stock_transfer', { p_from_warehouse_id: W.a, p_to_warehouse_id: W.off, p_lines: [{ product_id: P.tr, qty: 1 }] });
    expect(inactive.error?.hint).toBe('warehouse_inactive');
    expect(await snapshot()).toEqual(before);

    const big = await as.warehouse.rpc('create_stock_transfer', { p_from_warehouse_id: W.a, p_to_warehouse_id: W.b, p_lines: [{ product_id: P.tr, qty: 50 }] });
    const afterDraft = await snapshot();
    const short = await as.warehouse.rpc('dispatch_stock_transfer', { p_transfer_id: big.data.id });
    expect(short.error?.hint).toBe('insufficient_stock');
    expect(JSON.parse(short.error!.details)).toMatchObject({ sku: `${RUN}-TR`, requested: 50, available: 2 });
    expect(await snapshot()).toEqual(afterDraft);
    expect((await sql(`select status from public.stock_transfers where id = $1`, [big.data.id]))[0].status).toBe('draft');

    const early = await as.warehouse.rpc('receive_stock_transfer', { p_transfer_id: big.data.id });
    expect(early.error?.hint).toBe('invalid_status');
    expect(JSON.parse(early.error!.details)).toMatchObject({ status: 'draft', expected: 'in_transit' });
    const cancelled = await as.warehouse.rpc('cancel_stock_transfer', { p_transfer_id: big.data.id });
    expect(cancelled.data.status).toBe('cancelled');
    const again = await as.warehouse.rpc('dispatch_stock_transfer', { p_transfer_id: big.data.id });
    expect(again.error?.hint).toBe('invalid_status');
    const missing = await as.warehouse.rpc('dispatch_stock_transfer', { p_transfer_id: randomUUID() });
    expect(missing.error?.hint).toBe('transfer_not_found');
  });
});

describe('primitives for the sales module (as postgres)', () => {
  let batches: Record<'A' | 'B' | 'C' | 'D', string>;
  beforeAll(async () => {
    const r = await receive(as.warehouse, W.a, [
      { product_id: P.fefo, qty: 5, unit_cost: 1, batch_no: 'A', expiry_date: await day(300) },
      { product_id: P.fefo, qty: 3, unit_cost: 2, batch_no: 'B', expiry_date: await day(100) },
      { product_id: P.fefo, qty: 3, unit_cost: 3, batch_no: 'C', expiry_date: await day(200) },
      { product_id: P.fefo, qty: 4, unit_cost: 9, batch_no: 'D', expiry_date: await day(50) },
    ]);
    batches = Object.fromEntries(r.lines.map((l) => [l.batch_no, l.batch_id])) as typeof batches;
    // Batch D expired yesterday (arranged as postgres: the ledger and balances are untouched).
    await sql(`update public.stock_batches set expiry_date = private.business_date() - 1 where id = $1`, [batches.D]);
  });

  it('issue_stock_fefo takes earliest expiry first across batches, one ledger row each, at each batch cost', async () => {
    const source = randomUUID();
    const issued = await sql<{ batch_id: string; qty: string; unit_cost: string }>(
      `select * from private.issue_stock_fefo($1, $2, 7, 'shipment', 'test_shipment', $3, null, false)`,
      [P.fefo, W.a, source],
    );
    expect(issued.map((r) => [r.batch_id, Number(r.qty), Number(r.unit_cost)])).toEqual([
      [batches.B, 3, 2],
      [batches.C, 3, 3],
      [batches.A, 1, 1],
    ]);
    expect(issued.reduce((s, r) => s + Number(r.qty) * Number(r.unit_cost), 0)).toBe(16);
    const ledger = await sql(`select batch_id, qty, unit_cost, movement_type from public.stock_movements where source_id = $1 order by id`, [source]);
    expect(ledger.map((r) => [r.batch_id, r.qty, r.unit_cost, r.movement_type])).toEqual([
      [batches.B, '-3.000', '2.0000', 'shipment'],
      [batches.C, '-3.000', '3.0000', 'shipment'],
      [batches.A, '-1.000', '1.0000', 'shipment'],
    ]);
    expect(await level(P.fefo, W.a)).toMatchObject({ on_hand: '8.000' });
  });

  it('expired batches are never allocated: not by issue, not by reserve', async () => {
    const before = await snapshot();
    const issue = await pgError(sql(`select * from private.issue_stock_fefo($1, $2, 5, 'shipment', 'test_shipment', $3, null, false)`, [P.fefo, W.a, randomUUID()]));
    expect(issue.message).toBe('insufficient_stock');
    expect(JSON.parse(issue.detail!)).toMatchObject({ sku: `${RUN}-FEFO`, product: '酸奶', requested: 5, available: 4 });
    const reserve = await pgError(sql(`select private.reserve_stock($1, $2, 5)`, [P.fefo, W.a]));
    expect(reserve.hint).toBe('insufficient_stock');
    expect(JSON.parse(reserve.detail!)).toMatchObject({ requested: 5, available: 4 });
    // An order's lines at once (confirm_sales_order): all or nothing, naming the short product.
    const pen = await level(P.pen, W.a);
    const lines = await pgError(sql(`select private.reserve_stock_lines($1, array[$2, $3]::uuid[], array[1, 5]::numeric[])`, [W.a, P.pen, P.fefo]));
    expect(lines.hint).toBe('insufficient_stock');
    expect(JSON.parse(lines.detail!)).toMatchObject({ sku: `${RUN}-FEFO`, requested: 5, available: 4 });
    expect(await level(P.pen, W.a)).toEqual(pen);
    expect(await snapshot()).toEqual(before);
    const [d] = await sql(`select qty_on_hand from public.stock_batches where id = $1`, [batches.D]);
    expect(d.qty_on_hand).toBe('4.000');
  });

  it('reserve, release and issue-with-release keep reserved and available in step', async () => {
    await sql(`select private.reserve_stock($1, $2, 3)`, [P.fefo, W.a]);
    expect(await level(P.fefo, W.a)).toEqual({ on_hand: '8.000', reserved: '3.000', available: '5.000' });
    // Only 1 unexpired unit is not reserved now.
    const other = await pgError(sql(`select * from private.issue_stock_fefo($1, $2, 2, 'transfer_out', 'test', null, null, false)`, [P.fefo, W.a]));
    expect(other.hint).toBe('insufficient_stock');
    await sql(`select private.release_reservation($1, $2, 1)`, [P.fefo, W.a]);
    const shipped = await sql(`select * from private.issue_stock_fefo($1, $2, 2, 'shipment', 'test_shipment', $3, null, true)`, [P.fefo, W.a, randomUUID()]);
    expect(shipped.map((r) => [r.batch_id, Number(r.qty)])).toEqual([[batches.A, 2]]);
    expect(await level(P.fefo, W.a)).toEqual({ on_hand: '6.000', reserved: '0.000', available: '6.000' });
    const over = await pgError(sql(`select private.release_reservation($1, $2, 1)`, [P.fefo, W.a]));
    expect(over.hint).toBe('insufficient_reservation');
    const overIssue = await pgError(sql(`select * from private.issue_stock_fefo($1, $2, 1, 'shipment', 'test', null, null, true)`, [P.fefo, W.a]));
    expect(overIssue.hint).toBe('insufficient_reservation');
  });

  it('receive_into_batch restocks the original batch at its cost', async () => {
    const id = await sql<{ id: string }>(`select private.receive_into_batch($1, 1, 'return_in', 'test_return', $2, null) as id`, [batches.B, randomUUID()]);
    const [m] = await sql(`select qty, unit_cost, batch_id from public.stock_movements where id = $1`, [id[0].id]);
    expect(m).toEqual({ qty: '1.000', unit_cost: '2.0000', batch_id: batches.B });
    const wrongType = await pgError(sql(`select private.receive_into_batch($1, 1, 'shipment', 'x', null, null)`, [batches.B]));
    expect(wrongType.hint).toBe('invalid_movement_type');
    const noBatch = await pgError(sql(`select private.receive_into_batch($1, 1, 'return_in', 'x', null, null)`, [randomUUID()]));
    expect(noBatch.hint).toBe('batch_not_found');
  });

  it('refuse bad quantities and types', async () => {
    for (const qty of ['0', '-1', '1.0001']) {
      expect((await pgError(sql(`select private.reserve_stock($1, $2, $3)`, [P.fefo, W.a, qty]))).hint).toBe('invalid_quantity');
      expect((await pgError(sql(`select private.reserve_stock_lines($1, array[$2]::uuid[], array[$3]::numeric[])`, [W.a, P.fefo, qty]))).hint).toBe('invalid_quantity');
      expect((await pgError(sql(`select private.release_reservation($1, $2, $3)`, [P.fefo, W.a, qty]))).hint).toBe('invalid_quantity');
      expect((await pgError(sql(`select * from private.issue_stock_fefo($1, $2, $3, 'shipment', 'x', null, null, false)`, [P.fefo, W.a, qty]))).hint).toBe('invalid_quantity');
    }
    expect((await pgError(sql(`select * from private.issue_stock_fefo($1, $2, 1, 'receipt', 'x', null, null, false)`, [P.fefo, W.a]))).hint).toBe('invalid_movement_type');
    expect((await pgError(sql(`select private.reserve_stock($1, $2, 1)`, [randomUUID(), W.a]))).hint).toBe('product_not_found');
    expect((await pgError(sql(`select private.reserve_stock($1, $2, 1)`, [P.fefo, randomUUID()]))).hint).toBe('warehouse_not_found');
  });

  it('create the stock_levels row on demand, so a never-stocked pair can be locked (and refused)', async () => {
    const error = await pgError(sql(`select private.reserve_stock($1, $2, 1)`, [P.fefo, W.c]));
    expect(error.hint).toBe('insufficient_stock');
    await sql(`select private.lock_stock_levels(array[$1, $2]::uuid[], array[$3, $3]::uuid[])`, [P.pen, P.fefo, W.c]);
    expect(await level(P.fefo, W.c)).toEqual({ on_hand: '0.000', reserved: '0.000', available: '0.000' });
    const unknown = await pgError(sql(`select private.lock_stock_levels(array[$1]::uuid[], array[$2]::uuid[])`, [randomUUID(), W.c]));
    expect(unknown.hint).toBe('product_not_found');
  });

  it('concurrent reservations never oversell: the second waits for the first and is refused', async () => {
    const [c1, c2] = [await db().connect(), await db().connect()];
    try {
      await c1.query('begin');
      // 3 unexpired units are free: the first takes 2, the second asks for 2 more.
      await c1.query(`select private.reserve_stock($1, $2, 2)`, [P.fefo, W.a]);
      await c2.query('begin');
      const second = c2.query(`select private.reserve_stock($1, $2, 2)`, [P.fefo, W.a]).then(
        () => null,
        (e: { hint?: string }) => e.hint,
      );
      await new Promise((r) => setTimeout(r, 200));
      await c1.query('commit');
      expect(await second).toBe('insufficient_stock');
      await c2.query('rollback');
    } finally {
      c1.release();
      c2.release();
    }
    expect(await level(P.fefo, W.a)).toMatchObject({ reserved: '2.000' });
    await sql(`select private.release_reservation($1, $2, 2)`, [P.fefo, W.a]);
  });
});

describe('expiry write-off', () => {
  it('writes off expired batches, only expired ones, and only once', async () => {
    const [d] = await sql(`select id from public.stock_batches where product_id = $1 and batch_no = 'D'`, [P.fefo]);
    const [a] = await sql(`select id from public.stock_batches where product_id = $1 and batch_no = 'A'`, [P.fefo]);
    const before = await snapshot();
    const notExpired = await as.warehouse.rpc('write_off_expired_stock', { p_warehouse_id: W.a, p_batch_ids: [a.id] });
    expect(notExpired.error?.hint).toBe('batch_not_expired');
    const elsewhere = await as.warehouse.rpc('write_off_expired_stock', { p_warehouse_id: W.b, p_batch_ids: [d.id] });
    expect(elsewhere.error?.hint).toBe('batch_not_found');
    for (const role of ['sales', 'finance'] as const) {
      expect((await as[role].rpc('write_off_expired_stock', { p_warehouse_id: W.a })).error?.hint).toBe('not_authorized');
    }
    expect(await snapshot()).toEqual(before);

    const res = await as.warehouse.rpc('write_off_expired_stock', { p_warehouse_id: W.a, p_note: '过期报损' });
    expect(res.error).toBeNull();
    expect(res.data).toMatchObject({ write_off_no: expect.stringMatching(/^WO-\d{8}-\d{4}$/), reason: 'expired' });
    expect(res.data.lines).toEqual([expect.objectContaining({ batch_id: d.id, qty: 4, product_id: P.fefo })]);
    expect((await sql(`select qty_on_hand from public.stock_batches where id = $1`, [d.id]))[0].qty_on_hand).toBe('0.000');
    const none = await as.warehouse.rpc('write_off_expired_stock', { p_warehouse_id: W.a });
    expect(none.error?.hint).toBe('nothing_to_write_off');
  });
});

describe('alerts', () => {
  it('low stock opens when available drops to the safety stock (moves and reservations alike) and resolves when it recovers', async () => {
    await receive(as.warehouse, W.a, [{ product_id: P.low, qty: 15, unit_cost: 1 }]);
    expect(await openAlerts('low_stock', P.low)).toEqual([]);
    await sql(`select private.reserve_stock($1, $2, 4)`, [P.low, W.a]);
    expect(await openAlerts('low_stock', P.low)).toEqual([]);
    await sql(`select private.reserve_stock($1, $2, 1)`, [P.low, W.a]); // available 10 = safety stock
    expect(await openAlerts('low_stock', P.low)).toEqual([expect.objectContaining({ status: 'open', warehouse_id: W.a })]);
    await sql(`select private.release_reservation($1, $2, 5)`, [P.low, W.a]);
    expect(await openAlerts('low_stock', P.low)).toEqual([]);

    await as.warehouse.rpc('adjust_stock', { p_warehouse_id: W.a, p_reason: '丢失', p_lines: [{ product_id: P.low, qty: -6 }] });
    const [alert] = await openAlerts('low_stock', P.low);
    expect(alert.status).toBe('open');
    for (const role of APP_ROLES) {
      const seen = await as[role].from('alerts').select('id, kind, details').eq('id', alert.id);
      expect(seen.data, role).toEqual([{ id: alert.id, kind: 'low_stock', details: expect.objectContaining({ sku: `${RUN}-LOW`, available: 9, safety_stock: 10 }) }]);
    }
    for (const role of ['sales', 'finance'] as const) {
      expect((await as[role].rpc('acknowledge_alert', { p_alert_id: alert.id })).error?.hint).toBe('not_authorized');
    }
    const ack = await as.warehouse.rpc('acknowledge_alert', { p_alert_id: alert.id });
    expect(ack.data).toMatchObject({ status: 'acknowledged', acknowledged_by: DEMO_USERS.warehouse.id });
    expect((await as.admin.rpc('acknowledge_alert', { p_alert_id: alert.id })).error?.hint).toBe('invalid_status');
    expect((await as.admin.rpc('acknowledge_alert', { p_alert_id: randomUUID() })).error?.hint).toBe('alert_not_found');

    await receive(as.warehouse, W.a, [{ product_id: P.low, qty: 10, unit_cost: 1 }]);
    expect(await openAlerts('low_stock', P.low)).toEqual([]);
    const [resolved] = await sql(`select status, resolved_at from public.alerts where id = $1`, [alert.id]);
    expect(resolved.status).toBe('resolved');

    // A new safety stock applies at once.
    await as.warehouse.rpc('set_product_safety_stock', { p_product_id: P.low, p_safety_stock: 100 });
    expect((await openAlerts('low_stock', P.low)).length).toBe(1);
    await as.admin.from('products').update({ safety_stock: 10 }).eq('id', P.low);
    expect(await openAlerts('low_stock', P.low)).toEqual([]);
  });

  it('a receipt that creates a stock level does not leave a raised-and-resolved alert behind', async () => {
    await receive(as.warehouse, W.b, [{ product_id: P.low, qty: 50, unit_cost: 1 }]);
    expect(await sql(`select id from public.alerts where product_id = $1 and warehouse_id = $2`, [P.low, W.b])).toEqual([]);
  });

  it('expiring and expired batch alerts are raised and resolved by refresh_expiry_alerts and by stock leaving', async () => {
    const r = await receive(as.warehouse, W.a, [
      { product_id: P.exp, qty: 2, unit_cost: 3, batch_no: 'E1', expiry_date: await day(10) },
      { product_id: P.exp, qty: 2, unit_cost: 3, batch_no: 'E2', expiry_date: await day(100) },
    ]);
    const [e1, e2] = r.lines.map((l) => l.batch_id);
    // Received inside its alert window (30 days): raised at once.
    expect(await openAlerts('expiring', P.exp)).toEqual([expect.objectContaining({ batch_id: e1 })]);

    await sql(`update public.stock_batches set expiry_date = private.business_date() + 5 where id = $1`, [e2]);
    await sql(`update public.stock_batches set expiry_date = private.business_date() - 1 where id = $1`, [e1]);
    for (const role of ['sales', 'finance'] as const) {
      expect((await as[role].rpc('refresh_expiry_alerts')).error?.hint).toBe('not_authorized');
    }
    const refreshed = await as.warehouse.rpc('refresh_expiry_alerts');
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.raised).toBeGreaterThanOrEqual(2);
    expect((await openAlerts('expiring', P.exp)).map((a) => a.batch_id)).toEqual([e2]);
    expect((await openAlerts('expired', P.exp)).map((a) => a.batch_id)).toEqual([e1]);
    // The platform (pg_cron, the embedded timer) runs it as postgres; a second run changes nothing.
    expect((await sql(`select public.refresh_expiry_alerts() as r`))[0].r).toEqual({ raised: 0, resolved: 0 });

    await as.warehouse.rpc('write_off_expired_stock', { p_warehouse_id: W.a, p_batch_ids: [e1] });
    expect(await openAlerts('expired', P.exp)).toEqual([]);
    await as.warehouse.rpc('adjust_stock', { p_warehouse_id: W.a, p_reason: '样品', p_lines: [{ batch_id: e2, qty: -2 }] });
    expect(await openAlerts('expiring', P.exp)).toEqual([]);
  });
});

describe('stock tables are read-only for every API role', () => {
  it('direct writes to balances, batches, the ledger, documents and the audit log are refused', async () => {
    const [batch] = await sql(`select id from public.stock_batches where product_id = $1 limit 1`, [P.pen]);
    const [mv] = await sql(`select id from public.stock_movements where product_id = $1 limit 1`, [P.pen]);
    const before = await snapshot();
    const clients: Array<[string, SupabaseClient]> = [...APP_ROLES.map((r) => [r, as[r]] as [string, SupabaseClient]), ['service_role', serviceClient()], ['anon', anonClient()]];
    for (const [who, c] of clients) {
      const attempts = [
        c.from('stock_levels').update({ on_hand: 999 }).eq('product_id', P.pen),
        c.from('stock_levels').update({ reserved: 0 }).eq('product_id', P.pen),
        c.from('stock_levels').insert({ product_id: P.pen, warehouse_id: W.b, on_hand: 5 }),
        c.from('stock_levels').delete().eq('product_id', P.pen),
        c.from('stock_batches').update({ qty_on_hand: 999 }).eq('id', batch.id),
        c.from('stock_batches').insert({ product_id: P.pen, warehouse_id: W.a, batch_no: 'X', unit_cost: 0, qty_on_hand: 5 }),
        c.from('stock_movements').insert({ movement_type: 'receipt', batch_id: batch.id, qty: 5, source_type: 'hack' }),
        c.from('stock_movements').update({ qty: 999 }).eq('id', mv.id),
        c.from('stock_movements').delete().eq('id', mv.id),
        c.from('stock_receipts').insert({ receipt_no: 'X', warehouse_id: W.a }),
        c.from('stock_transfers').update({ status: 'received' }).eq('from_warehouse_id', W.a),
        c.from('alerts').update({ status: 'resolved' }).eq('product_id', P.low),
        c.from('audit_log').delete().eq('table_name', 'products'),
        c.from('audit_log').insert({ table_name: 'x', action: 'insert' }),
      ];
      for (const [i, res] of (await Promise.all(attempts)).entries()) {
        expect(res.error?.code, `${who} attempt ${i}`).toBe('42501');
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('products and warehouses with stock history cannot be deleted; admins are told why', async () => {
    const product = await as.admin.from('products').delete().eq('id', P.pen);
    expect(product.error?.hint).toBe('product_in_use');
    expect(JSON.parse(product.error!.details)).toMatchObject({ id: P.pen });
    const warehouse = await as.admin.from('warehouses').delete().eq('id', W.a);
    expect(warehouse.error?.hint).toBe('warehouse_in_use');
    expect((await sql(`select count(*)::int as n from public.products where id = $1`, [P.pen]))[0].n).toBe(1);
    // Never used: deletes, together with its empty stock level rows.
    const spare = await as.admin.from('products').insert({ sku: `${RUN}-SPARE`, name: '备用' }).select('id').single();
    await sql(`select private.lock_stock_levels(array[$1]::uuid[], array[$2]::uuid[])`, [spare.data!.id, W.a]);
    expect((await as.admin.from('products').delete().eq('id', spare.data!.id).select('id')).data).toEqual([{ id: spare.data!.id }]);
  });

  it('even postgres cannot rewrite the ledger, the audit log or a balance outside a ledger posting', async () => {
    const [mv] = await sql(`select id from public.stock_movements limit 1`);
    expect((await pgError(sql(`update public.stock_movements set qty = qty + 1 where id = $1`, [mv.id]))).hint).toBe('stock_ledger_immutable');
    expect((await pgError(sql(`delete from public.stock_movements where id = $1`, [mv.id]))).hint).toBe('stock_ledger_immutable');
    expect((await pgError(sql(`truncate public.stock_movements`))).hint).toBe('stock_ledger_immutable');
    expect((await pgError(sql(`update public.stock_levels set on_hand = on_hand + 1 where product_id = $1`, [P.pen]))).hint).toBe('stock_balance_readonly');
    expect((await pgError(sql(`update public.stock_batches set qty_on_hand = qty_on_hand + 1 where product_id = $1`, [P.pen]))).hint).toBe('stock_balance_readonly');
    expect((await pgError(sql(`update public.stock_batches set unit_cost = 0 where product_id = $1`, [P.pen]))).hint).toBe('stock_balance_readonly');
    expect((await pgError(sql(`update public.audit_log set action = 'delete' where id = (select min(id) from public.audit_log)`))).hint).toBe('audit_log_immutable');
    expect((await pgError(sql(`delete from public.audit_log`))).hint).toBe('audit_log_immutable');
    expect((await pgError(sql(`truncate public.audit_log`))).hint).toBe('audit_log_immutable');
  });

  it('costs are hidden from sales and warehouse; admin and finance read them through RPCs', async () => {
    for (const role of APP_ROLES) {
      const cost = await as[role].from('stock_batches').select('unit_cost').limit(1);
      expect(cost.error?.code, role).toBe('42501');
      const costMv = await as[role].from('stock_movements').select('id, unit_cost').limit(1);
      expect(costMv.error?.code, role).toBe('42501');
      const plain = await as[role].from('stock_batches').select('id, batch_no, expiry_date, qty_on_hand').eq('product_id', P.milk);
      expect(plain.error, role).toBeNull();
      expect(plain.data!.length).toBeGreaterThan(0);
      const view = await as[role].from('stock_batch_list').select('*').eq('product_id', P.milk);
      expect(view.data!.length, role).toBeGreaterThan(0);
      expect(Object.keys(view.data![0])).not.toContain('unit_cost');
    }
    for (const role of ['admin', 'finance'] as const) {
      const b = await as[role].rpc('batch_costs', { p_product_id: P.milk });
      expect(b.error).toBeNull();
      expect(b.data[0]).toHaveProperty('unit_cost');
      const m = await as[role].rpc('stock_movement_costs', { p_from: '2000-01-01T00:00:00Z', p_to: '2100-01-01T00:00:00Z', p_product_id: P.milk });
      expect(m.error).toBeNull();
      expect(m.data.length).toBeGreaterThan(0);
      expect(m.data[0]).toHaveProperty('value');
      const bad = await as[role].rpc('stock_movement_costs', { p_from: '2100-01-01T00:00:00Z', p_to: '2000-01-01T00:00:00Z' });
      expect(bad.error?.hint).toBe('invalid_period');
    }
    for (const role of ['sales', 'warehouse'] as const) {
      expect((await as[role].rpc('batch_costs', {})).error?.hint).toBe('not_authorized');
      expect((await as[role].rpc('stock_movement_costs', { p_from: '2000-01-01T00:00:00Z', p_to: '2100-01-01T00:00:00Z' })).error?.hint).toBe('not_authorized');
    }
  });
});

describe('role matrix (supabase-js, every role both ways)', () => {
  const ALL = APP_ROLES;
  const BACK_OFFICE: AppRole[] = ['admin', 'warehouse', 'finance'];
  const READS: Record<string, { roles: AppRole[]; select: string }> = {
    warehouses: { roles: ALL, select: 'id' },
    products: { roles: ALL, select: 'id' },
    stock_levels: { roles: ALL, select: 'product_id' },
    stock_batches: { roles: ALL, select: 'id' },
    stock_batch_list: { roles: ALL, select: 'id' },
    stock_movements: { roles: BACK_OFFICE, select: 'id' },
    stock_movement_list: { roles: BACK_OFFICE, select: 'id' },
    stock_receipts: { roles: BACK_OFFICE, select: 'id' },
    stock_receipt_lines: { roles: BACK_OFFICE, select: 'id' },
    stock_adjustments: { roles: BACK_OFFICE, select: 'id' },
    stock_adjustment_lines: { roles: BACK_OFFICE, select: 'id' },
    stock_transfers: { roles: ALL, select: 'id' },
    stock_transfer_lines: { roles: ALL, select: 'id' },
    stock_write_offs: { roles: BACK_OFFICE, select: 'id' },
    stock_write_off_lines: { roles: BACK_OFFICE, select: 'id' },
    alerts: { roles: ALL, select: 'id' },
    audit_log: { roles: ['admin'], select: 'id' },
  };

  it('reads: allowed roles see rows, the others see none, anonymous visitors are refused', async () => {
    for (const [table, { roles, select }] of Object.entries(READS)) {
      for (const role of ALL) {
        const { data, error } = await as[role].from(table).select(select).limit(1);
        expect(error, `${role} ${table}`).toBeNull();
        expect(data!.length, `${role} reads ${table}`).toBe(roles.includes(role) ? 1 : 0);
      }
      const anon = await anonClient().from(table).select(select).limit(1);
      expect(anon.error?.code, `anon ${table}`).toBe('42501');
    }
  });

  const rand = randomUUID();
  const RPCS: Array<{ fn: string; args: Record<string, unknown>; roles: AppRole[] }> = [
    { fn: 'receive_stock', args: { p_warehouse_id: rand, p_lines: [] }, roles: ['admin', 'warehouse'] },
    { fn: 'adjust_stock', args: { p_warehouse_id: rand, p_reason: 'x', p_lines: [] }, roles: ['admin', 'warehouse'] },
    { fn: 'post_stocktake', args: { p_warehouse_id: rand, p_reason: 'x', p_lines: [] }, roles: ['admin', 'warehouse'] },
    { fn: 'create_stock_transfer', args: { p_from_warehouse_id: rand, p_to_warehouse_id: rand, p_lines: [] }, roles: ['admin', 'warehouse'] },
    { fn: 'dispatch_stock_transfer', args: { p_transfer_id: rand }, roles: ['admin', 'warehouse'] },
    { fn: 'receive_stock_transfer', args: { p_transfer_id: rand }, roles: ['admin', 'warehouse'] },
    { fn: 'cancel_stock_transfer', args: { p_transfer_id: rand }, roles: ['admin', 'warehouse'] },
    { fn: 'write_off_expired_stock', args: { p_warehouse_id: rand }, roles: ['admin', 'warehouse'] },
    { fn: 'set_product_safety_stock', args: { p_product_id: rand, p_safety_stock: 1 }, roles: ['admin', 'warehouse'] },
    { fn: 'acknowledge_alert', args: { p_alert_id: rand }, roles: ['admin', 'warehouse'] },
    { fn: 'refresh_expiry_alerts', args: {}, roles: ['admin', 'warehouse'] },
    { fn: 'batch_costs', args: { p_product_id: rand }, roles: ['admin', 'finance'] },
    { fn: 'stock_movement_costs', args: { p_from: '2000-01-01T00:00:00Z', p_to: '2000-01-02T00:00:00Z' }, roles: ['admin', 'finance'] },
  ];

  it('RPCs: allowed roles get past the role check, the others get not_authorized, anonymous visitors cannot execute', async () => {
    for (const { fn, args, roles } of RPCS) {
      for (const role of ALL) {
        const { error } = await as[role].rpc(fn, args);
        if (roles.includes(role)) expect(error?.hint, `${role} ${fn}`).not.toBe('not_authorized');
        else expect(error?.hint, `${role} ${fn}`).toBe('not_authorized');
      }
      const anon = await anonClient().rpc(fn, args);
      expect(anon.error?.code, `anon ${fn}`).toBe('42501');
    }
  });

  it('a signed-in user without a role reads nothing and runs nothing', async () => {
    const nobody = newClient();
    const signUp = await nobody.auth.signUp({ email: uniqueEmail('norole'), password: 'norole-pass-1' });
    expect(signUp.error).toBeNull();
    expect((await nobody.rpc('my_role')).data).toBeNull();
    for (const [table, { select }] of Object.entries(READS)) {
      const { data, error } = await nobody.from(table).select(select).limit(1);
      expect(error, table).toBeNull();
      expect(data, table).toEqual([]);
    }
    for (const { fn, args } of RPCS) {
      expect((await nobody.rpc(fn, args)).error?.hint, fn).toBe('not_authorized');
    }
  });
});
