/**
 * Random business history for the report tests, made through the domain RPCs as the users who would make
 * it: stock-in receipts, orders (drafts, confirmations, cancellations, partial and full shipments,
 * deliveries), payments (counter, pending then confirmed or failed, refunds), returns (restocked and
 * scrapped, refunded, rejected) and exchanges, transfers (received, in transit, cancelled), adjustments,
 * stocktakes and expiry write-offs. Several steps often share one transaction, with the caller switching
 * between roles, so one fold of the report inbox sees mixed facts.
 *
 * Works on any pg.Pool connected as postgres (the test stack, or a scratch stack while developing).
 */
import type pg from 'pg';

export interface Staff {
  id: string;
  email: string;
}

export interface ReportWorld {
  tag: string;
  warehouses: string[];
  categories: string[];
  products: string[];
  customers: string[];
  sales: Staff[];
  orders: string[];
}

/** Deterministic PRNG (mulberry32) so that a failing seed can be replayed with REPORT_SEED. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rnd = ReturnType<typeof prng>;

export const DEMO = {
  admin: { id: '00000000-0000-4000-8000-000000000001', email: 'admin@demo.local' },
  sales: { id: '00000000-0000-4000-8000-000000000002', email: 'sales@demo.local' },
  warehouse: { id: '00000000-0000-4000-8000-000000000003', email: 'warehouse@demo.local' },
  finance: { id: '00000000-0000-4000-8000-000000000004', email: 'finance@demo.local' },
};

/** A transaction in which each call runs as a given user (claims switched per call), like PostgREST would. */
export async function tx<T>(
  pool: pg.Pool,
  fn: (as: (user: Staff, text: string, params?: unknown[]) => Promise<any[]>) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const as = async (user: Staff, text: string, params: unknown[] = []) => {
      await client.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: user.id, role: 'authenticated', email: user.email, aud: 'authenticated' }),
      ]);
      await client.query('set local role authenticated');
      const rows = (await client.query(text, params)).rows;
      await client.query('reset role');
      return rows;
    };
    const result = await fn(as);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

const j = (value: unknown) => JSON.stringify(value);

/** Creates staff users (via an invitation, as an admin would) who can also sign in with `password`. */
export async function makeStaff(pool: pg.Pool, label: string, role: string, password: string): Promise<Staff> {
  const email = `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@report.test`;
  await pool.query(`insert into public.staff_invitations (email, role) values ($1, $2)`, [email, role]);
  const { rows } = await pool.query(
    `with u as (
       insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
         confirmation_token, recovery_token, email_change_token_new, email_change, raw_app_meta_data,
         raw_user_meta_data, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
         extensions.crypt($2, extensions.gen_salt('bf')), now(), '', '', '', '',
         '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', $3::text), now(), now())
       returning id, email)
     insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
     select u.id::text, u.id, jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
            'email', now(), now(), now() from u
     returning user_id as id`,
    [email, password, `报表${label}`],
  );
  return { id: rows[0].id, email };
}

/** Builds the catalogue, stock and people of a report world (as postgres and the warehouse keeper). */
export async function buildWorld(pool: pg.Pool, rnd: Rnd, password: string): Promise<ReportWorld> {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const q = async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows;

  const warehouses: string[] = [];
  for (const n of [1, 2]) {
    const [w] = await q(`insert into public.warehouses (code, name) values ($1, $2) returning id`, [
      `R${tag}${n}`,
      `报表仓${tag}-${n}`,
    ]);
    warehouses.push(w.id);
  }
  const [food] = await q(`insert into public.categories (name) values ($1) returning id`, [`报表食品${tag}`]);
  const [drinks] = await q(`insert into public.categories (name, parent_id) values ($1, $2) returning id`, [
    `报表饮料${tag}`,
    food.id,
  ]);
  const [home] = await q(`insert into public.categories (name) values ($1) returning id`, [`报表日用${tag}`]);
  const categories = [food.id, drinks.id, home.id];

  const products: string[] = [];
  for (let i = 0; i < 8; i++) {
    const category = [food.id, food.id, drinks.id, drinks.id, home.id, home.id, home.id, null][i];
    const [p] = await q(
      `insert into public.products (sku, name, list_price, status, category_id, safety_stock)
       values ($1, $2, $3, 'on_sale', $4, $5) returning id`,
      [`R${tag}-${i}`, `报表商品${tag}-${i}`, (rnd.int(500, 20000) / 100).toFixed(2), category, i % 3 === 0 ? 40 : 0],
    );
    products.push(p.id);
  }

  // A category promotion, a threshold promotion on one product and a coupon: orders carry discounts.
  await q(
    `insert into public.promotions (name, kind, scope, category_id, percent_off, starts_at)
     values ($1, 'percent_off', 'category', $2, 10, now() - interval '1 day')`,
    [`报表九折${tag}`, drinks.id],
  );
  await q(
    `insert into public.promotions (name, kind, scope, product_id, amount_off, threshold_amount, starts_at)
     values ($1, 'threshold', 'product', $2, 15, 100, now() - interval '1 day')`,
    [`报表满减${tag}`, products[4]],
  );
  await q(
    `insert into public.coupons (code, name, kind, percent_off, min_spend, starts_at)
     values ($1, '报表券', 'percent', 5, 0, now() - interval '1 day')`,
    [`RPT${tag}`],
  );

  const customers: string[] = [];
  for (let i = 0; i < 14; i++) {
    const [c] = await q(`insert into public.customers (name, phone) values ($1, $2) returning id`, [
      `报表客户${tag}-${i}`,
      `139${String(rnd.int(0, 99999999)).padStart(8, '0')}`,
    ]);
    await q(
      `insert into public.customer_addresses (customer_id, recipient, phone, province, city, address_line, is_default)
       values ($1, '收货人', '13800000000', '浙江省', '杭州市', '文三路 1 号', true)`,
      [c.id],
    );
    customers.push(c.id);
  }

  const sales: Staff[] = [];
  for (const n of [1, 2, 3]) sales.push(await makeStaff(pool, `rsales${n}`, 'sales', password));

  // Stock-in: two or three batches per product and warehouse, some with near expiry dates, at costs with
  // four decimals; plus an already expired batch in each warehouse (to write off).
  const [{ today }] = await q(`select private.business_date()::text as today`);
  await tx(pool, async (as) => {
    for (const w of warehouses) {
      const lines = [];
      for (const p of products) {
        for (let b = 0; b < rnd.int(2, 3); b++) {
          const days = rnd.chance(0.3) ? rnd.int(3, 40) : rnd.chance(0.5) ? rnd.int(60, 400) : null;
          lines.push({
            product_id: p,
            qty: rnd.int(150, 260),
            unit_cost: (rnd.int(20000, 900000) / 10000).toFixed(4),
            // A batch number means one expiry for its product in every warehouse: make each one unique.
            batch_no: `B${tag}${warehouses.indexOf(w)}${b}${rnd.int(100, 999)}`,
            expiry_date: days === null ? null : addDays(today, days),
          });
        }
      }
      await as(DEMO.warehouse, `select public.receive_stock($1, $2::jsonb, '报表供应商')`, [w, j(lines)]);
    }
  });
  for (const w of warehouses) {
    for (const p of [products[1], products[5]]) {
      const [b] = await q(
        `select private.find_or_create_batch($1, $2, $3, private.business_date() - 4, $4::numeric) as id`,
        [p, w, `EXP${tag}${rnd.int(100, 999)}`, (rnd.int(10000, 90000) / 10000).toFixed(4)],
      );
      await q(`select private.receive_into_batch($1, $2::numeric, 'receipt', 'report_test', null, null)`, [b.id, rnd.int(5, 12)]);
    }
  }
  return { tag, warehouses, categories, products, customers, sales, orders: [] };
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One order's life, in one to three transactions, through the RPCs. */
async function orderLife(pool: pg.Pool, rnd: Rnd, world: ReportWorld) {
  const seller = rnd.pick(world.sales);
  const customer = rnd.pick(world.customers);
  const warehouse = rnd.pick(world.warehouses);
  const products = [...world.products].sort(() => rnd.next() - 0.5).slice(0, rnd.int(1, 3));
  const lines = products.map((p) => ({ product_id: p, qty: rnd.chance(0.15) ? (rnd.int(2, 9) / 2).toString() : rnd.int(1, 4) }));
  const coupon = rnd.chance(0.25) ? `RPT${world.tag}` : null;

  // Step boundaries: each group of steps is one transaction.
  const split = rnd.int(0, 2);
  let orderId = '';
  const steps: Array<(as: any) => Promise<void | 'stop'>> = [];
  steps.push(async (as) => {
    const [row] = await as(seller, `select public.create_sales_order($1, $2, $3::jsonb, $4) as o`, [customer, warehouse, j(lines), coupon]);
    orderId = row.o.id;
    world.orders.push(orderId);
    if (rnd.chance(0.08)) return 'stop';
    if (rnd.chance(0.04)) {
      await as(seller, `select public.cancel_sales_order($1, '客户取消')`, [orderId]);
      return 'stop';
    }
    await as(seller, `select public.confirm_sales_order($1)`, [orderId]);
    if (rnd.chance(0.05)) {
      await as(seller, `select public.cancel_sales_order($1, '缺货取消')`, [orderId]);
      return 'stop';
    }
    if (rnd.chance(0.08)) return 'stop';
  });
  steps.push(async (as) => {
    const orderLines = await as(DEMO.warehouse, `select id, qty from public.sales_order_lines where order_id = $1 order by line_no`, [orderId]);
    if (rnd.chance(0.3)) {
      const part = orderLines
        .filter(() => rnd.chance(0.7))
        .map((l: any) => ({ line_id: l.id, qty: Math.max(0.5, Math.floor(Number(l.qty) / 2)) }));
      if (part.length > 0) {
        await as(DEMO.warehouse, `select public.ship_sales_order($1, $2::jsonb, 'SF', $3)`, [orderId, j(part), `SF${rnd.int(100000, 999999)}`]);
        if (rnd.chance(0.12)) {
          await as(seller, `select public.cancel_sales_order($1, '余货取消')`, [orderId]);
          return;
        }
        if (rnd.chance(0.25)) return;
      }
    }
    await as(DEMO.warehouse, `select public.ship_sales_order($1, null, $2)`, [orderId, rnd.chance(0.2) ? 'PICKUP' : null]);
  });
  steps.push(async (as) => {
    const [order] = await as(DEMO.finance, `select status, total_amount, paid_amount from public.sales_orders where id = $1`, [orderId]);
    if (order.status === 'draft' || order.status === 'cancelled') return;
    const total = Number(order.total_amount);
    if (total > 0 && rnd.chance(0.75)) {
      const amount = rnd.chance(0.2) ? Math.max(0.01, Math.round(total * 50) / 100) : total;
      if (rnd.chance(0.6)) {
        await as(seller, `select public.record_payment($1, 'cash', $2)`, [orderId, amount.toFixed(2)]);
      } else {
        const [pay] = await as(seller, `select public.record_payment($1, 'alipay', $2) as p`, [orderId, amount.toFixed(2)]);
        await as(DEMO.finance, `select public.confirm_payment($1, $2)`, [pay.p.id, rnd.chance(0.85)]);
      }
      if (rnd.chance(0.06)) {
        const [p] = await as(DEMO.finance, `select id, amount from public.payments where order_id = $1 and kind = 'payment' and status = 'succeeded' limit 1`, [orderId]);
        if (p) await as(DEMO.finance, `select public.refund_payment($1, $2, '补偿')`, [p.id, (Math.max(0.01, Number(p.amount) * 0.1)).toFixed(2)]);
      }
    }
    const shipped = await as(DEMO.finance, `select id, shipped_qty from public.sales_order_lines where order_id = $1 and shipped_qty > 0`, [orderId]);
    if (shipped.length > 0 && rnd.chance(0.22)) {
      const kind = rnd.chance(0.25) ? 'exchange' : 'return';
      const reqLines = shipped
        .filter(() => rnd.chance(0.7))
        .map((l: any) => ({ line_id: l.id, qty: Math.max(0.5, Math.floor(Number(l.shipped_qty) / 2)) }));
      if (reqLines.length === 0) return;
      const [r] = await as(seller, `select public.request_return($1, $2::jsonb, '质量问题', $3) as r`, [orderId, j(reqLines), kind]);
      const returnId = r.r.id;
      if (rnd.chance(0.15)) {
        await as(DEMO.finance, `select public.reject_return($1, '不符合')`, [returnId]);
        return;
      }
      await as(DEMO.finance, `select public.approve_return($1)`, [returnId]);
      if (rnd.chance(0.1)) return;
      const dispositions = r.r.lines.map((l: any) => ({ line_id: l.id, disposition: rnd.chance(0.35) ? 'scrap' : 'restock' }));
      await as(DEMO.warehouse, `select public.receive_return($1, $2::jsonb)`, [returnId, j(dispositions)]);
      if (kind === 'exchange') {
        if (rnd.chance(0.8)) await as(DEMO.warehouse, `select public.ship_exchange($1, 'ZTO', $2)`, [returnId, `ZT${rnd.int(100000, 999999)}`]);
      } else if (rnd.chance(0.75)) {
        await as(DEMO.finance, `select public.refund_return($1)`, [returnId]);
      }
    }
    if (rnd.chance(0.3)) {
      const open = await as(DEMO.warehouse, `select id from public.shipments where order_id = $1 and status = 'shipped'`, [orderId]);
      for (const s of open) await as(DEMO.warehouse, `select public.mark_shipment_delivered($1)`, [s.id]);
      const [o] = await as(seller, `select status from public.sales_orders where id = $1`, [orderId]);
      if (o.status === 'shipped') await as(seller, `select public.complete_sales_order($1)`, [orderId]);
    }
  });

  let i = 0;
  while (i < steps.length) {
    const group = split === 0 ? steps.length : split === 1 ? 1 : rnd.int(1, 2);
    const slice = steps.slice(i, i + group);
    i += group;
    const stop = await tx(pool, async (as) => {
      for (const step of slice) if ((await step(as)) === 'stop') return true;
      return false;
    });
    if (stop) break;
  }
}

/** Stock documents besides orders: transfers, adjustments, a stocktake, expiry write-offs. */
async function stockLife(pool: pg.Pool, rnd: Rnd, world: ReportWorld) {
  const [w1, w2] = world.warehouses;
  const p = world.products;
  await tx(pool, async (as) => {
    for (const [from, to, outcome] of [
      [w1, w2, 'received'],
      [w2, w1, 'received'],
      [w1, w2, 'in_transit'],
      [w2, w1, 'cancelled'],
    ] as const) {
      const lines = [{ product_id: rnd.pick(p), qty: rnd.int(3, 12) }, { product_id: rnd.pick(p), qty: rnd.int(3, 12) }];
      const [t] = await as(DEMO.warehouse, `select public.create_stock_transfer($1, $2, $3::jsonb) as t`, [from, to, j(lines)]);
      if (outcome === 'cancelled') {
        await as(DEMO.warehouse, `select public.cancel_stock_transfer($1)`, [t.t.id]);
        continue;
      }
      await as(DEMO.warehouse, `select public.dispatch_stock_transfer($1)`, [t.t.id]);
      if (outcome === 'received') await as(DEMO.warehouse, `select public.receive_stock_transfer($1)`, [t.t.id]);
    }
  });
  await tx(pool, async (as) => {
    await as(DEMO.warehouse, `select public.adjust_stock($1, '盘亏', $2::jsonb)`, [
      w1,
      j([{ product_id: p[2], qty: -rnd.int(1, 4) }, { product_id: p[6], qty: rnd.int(1, 5) }]),
    ]);
    const [lvl] = await as(DEMO.warehouse, `select on_hand from public.stock_levels where product_id = $1 and warehouse_id = $2`, [p[3], w2]);
    await as(DEMO.warehouse, `select public.post_stocktake($1, '月末盘点', $2::jsonb)`, [
      w2,
      j([{ product_id: p[3], counted_qty: Math.max(0, Number(lvl.on_hand) - rnd.int(1, 3)) }]),
    ]);
  });
  await tx(pool, async (as) => {
    for (const w of world.warehouses) {
      const expired = await as(DEMO.warehouse, `select 1 from public.stock_batch_list
        where warehouse_id = $1 and expiry_status = 'expired' and qty_on_hand > 0 limit 1`, [w]);
      if (expired.length > 0) await as(DEMO.warehouse, `select public.write_off_expired_stock($1)`, [w]);
    }
  });
}

/** Orders and stock documents; `orders` order lives, stock documents once in the middle. */
export async function generateHistory(pool: pg.Pool, rnd: Rnd, world: ReportWorld, orders: number) {
  for (let n = 0; n < orders; n++) {
    await orderLife(pool, rnd, world);
    if (n === Math.floor(orders / 2)) await stockLife(pool, rnd, world);
  }
  if (orders < 2) await stockLife(pool, rnd, world);
  // Keys borrowed from elsewhere change too: a product changes category, an order changes salesperson
  // (what happens when a staff account is deleted: salesperson_id set null).
  await pool.query(`update public.products set category_id = $1 where id = $2`, [world.categories[2], world.products[0]]);
  const moved = world.orders.slice(0, 3);
  await pool.query(`update public.sales_orders set salesperson_id = null where id = any ($1::uuid[])`, [moved]);
  await pool.query(`update public.sales_orders set salesperson_id = $1 where id = $2`, [world.sales[0].id, world.orders[3]]);
}

/**
 * Moves the world's documents into the past (as postgres, triggers off, then a rollup rebuild), so that the
 * reports have history over months: each order by its own number of days (its shipments, returns and
 * payments a little later than its confirmation), stock-ins further back, other stock documents anywhere.
 * Only this world's rows move; the ledger's sums and every balance stay as they are.
 */
export async function spreadHistory(pool: pg.Pool, world: ReportWorld, maxDays: number) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    await client.query(
      `create temp table shift on commit drop as
       select o.id as order_id, (random() * $2)::int as days
       from public.sales_orders o where o.warehouse_id = any ($1::uuid[])`,
      [world.warehouses, maxDays],
    );
    // Confirmation up to 6 days before shipping; returns and payments up to 10 days after it (never in the future).
    await client.query(`alter table shift add column confirm_extra int, add column later int`);
    await client.query(`update shift set confirm_extra = (random() * 6)::int, later = least(days, (random() * 10)::int)`);
    const iv = (col: string) => `make_interval(days => ${col})`;
    await client.query(
      `update public.sales_orders o set created_at = o.created_at - ${iv('s.days + s.confirm_extra')},
         confirmed_at = o.confirmed_at - ${iv('s.days + s.confirm_extra')}, shipped_at = o.shipped_at - ${iv('s.days')},
         completed_at = o.completed_at - ${iv('s.days - s.later')}, cancelled_at = o.cancelled_at - ${iv('s.days')}
       from shift s where s.order_id = o.id`,
    );
    await client.query(
      `update public.shipments x set shipped_at = x.shipped_at - ${iv('s.days - case when x.kind = \'exchange\' then s.later else 0 end')},
         delivered_at = x.delivered_at - ${iv('s.days - s.later')}
       from shift s where s.order_id = x.order_id`,
    );
    await client.query(
      `update public.returns r set requested_at = r.requested_at - ${iv('s.days - s.later')},
         received_at = r.received_at - ${iv('s.days - s.later')}, closed_at = r.closed_at - ${iv('s.days - s.later')}
       from shift s where s.order_id = r.order_id`,
    );
    await client.query(
      `update public.payments p set paid_at = p.paid_at - ${iv('s.days - (s.later / 2)')},
         created_at = p.created_at - ${iv('s.days - (s.later / 2)')}
       from shift s where s.order_id = p.order_id`,
    );
    // Ledger rows follow their documents; stock-ins go before everything; other documents anywhere.
    await client.query(
      `update public.stock_movements m set created_at = x.shipped_at
       from public.shipments x where m.source_type = 'shipment' and m.source_id = x.id and x.warehouse_id = any ($1::uuid[])`,
      [world.warehouses],
    );
    await client.query(
      `update public.stock_movements m set created_at = r.received_at
       from public.returns r where m.source_type = 'return' and m.source_id = r.id and m.warehouse_id = any ($1::uuid[])`,
      [world.warehouses],
    );
    await client.query(
      `update public.stock_movements m set created_at = m.created_at - make_interval(days => $2 + 5 + (random() * 20)::int)
       where m.warehouse_id = any ($1::uuid[]) and m.movement_type = 'receipt'`,
      [world.warehouses, maxDays],
    );
    await client.query(
      `with d as (select m.source_id, (random() * $2)::int as days from public.stock_movements m
                  where m.warehouse_id = any ($1::uuid[]) and m.source_type in ('stock_transfer', 'stock_adjustment', 'stock_write_off')
                  group by m.source_id)
       update public.stock_movements m set created_at = m.created_at - make_interval(days => d.days)
       from d where m.source_id = d.source_id and m.warehouse_id = any ($1::uuid[])`,
      [world.warehouses, maxDays],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  await pool.query(`select public.rebuild_report_rollups()`);
}
