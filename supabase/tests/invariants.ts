/**
 * Stock invariants over the whole database, checked as postgres. Any test file that moves stock calls
 * `assertStockInvariants()` in its afterAll:
 *   - every stock_levels.on_hand equals the sum of its ledger rows, and every ledger pair has a level row;
 *   - every batch's qty_on_hand equals the sum of its ledger rows;
 *   - every ledger row names its batch's product, warehouse and unit cost;
 *   - nothing is negative (on_hand, reserved, available, batch qty) and available = on_hand - reserved;
 *   - reserved equals the open reservations of the sales module (see `expectedReservationsSql`);
 *   - transfers: in-transit quantities are out of the source ledger and not yet in the destination,
 *     received transfers put back exactly what left.
 */
import { expect } from 'vitest';
import { sql } from './helpers.ts';

/**
 * What stock_levels.reserved must equal, per (product_id, warehouse_id): the open reservations.
 * Owned by the sales module (it reserves on confirm and releases on ship / cancel). While
 * sales_order_lines.reserved_qty exists this sums it per product and order warehouse; returns null
 * (check skipped) when the sales tables are absent.
 */
export async function expectedReservationsSql(): Promise<string | null> {
  const [{ present }] = await sql<{ present: boolean }>(`
    select exists (
      select 1 from information_schema.columns
      where table_schema = 'public' and table_name = 'sales_order_lines' and column_name = 'reserved_qty'
    ) and to_regclass('public.sales_orders') is not null as present`);
  if (!present) return null;
  return `
    select l.product_id, o.warehouse_id, sum(l.reserved_qty) as qty
    from public.sales_order_lines l
    join public.sales_orders o on o.id = l.order_id
    group by l.product_id, o.warehouse_id
    having sum(l.reserved_qty) <> 0`;
}

export async function assertStockInvariants(): Promise<void> {
  const levelVsLedger = await sql(`
    select coalesce(l.product_id, m.product_id) as product_id, coalesce(l.warehouse_id, m.warehouse_id) as warehouse_id,
           l.on_hand, m.qty as ledger
    from public.stock_levels l
    full join (select product_id, warehouse_id, sum(qty) as qty from public.stock_movements group by 1, 2) m
      on m.product_id = l.product_id and m.warehouse_id = l.warehouse_id
    where l.on_hand is distinct from coalesce(m.qty, 0)`);
  expect(levelVsLedger, 'stock_levels.on_hand = sum(ledger)').toEqual([]);

  const batchVsLedger = await sql(`
    select b.id, b.qty_on_hand, coalesce(m.qty, 0) as ledger
    from public.stock_batches b
    left join (select batch_id, sum(qty) as qty from public.stock_movements group by 1) m on m.batch_id = b.id
    where b.qty_on_hand <> coalesce(m.qty, 0)`);
  expect(batchVsLedger, 'stock_batches.qty_on_hand = sum(ledger)').toEqual([]);

  const ledgerVsBatch = await sql(`
    select m.id from public.stock_movements m join public.stock_batches b on b.id = m.batch_id
    where m.product_id <> b.product_id or m.warehouse_id <> b.warehouse_id or m.unit_cost <> b.unit_cost`);
  expect(ledgerVsBatch, 'ledger rows carry their batch product, warehouse and cost').toEqual([]);

  const negative = await sql(`
    select 'level' as kind, product_id::text as id from public.stock_levels
      where on_hand < 0 or reserved < 0 or available < 0 or available <> on_hand - reserved
    union all
    select 'batch', id::text from public.stock_batches where qty_on_hand < 0`);
  expect(negative, 'nothing below zero').toEqual([]);

  const levelVsBatches = await sql(`
    select l.product_id, l.warehouse_id from public.stock_levels l
    left join (select product_id, warehouse_id, sum(qty_on_hand) as qty from public.stock_batches group by 1, 2) b
      on b.product_id = l.product_id and b.warehouse_id = l.warehouse_id
    where l.on_hand <> coalesce(b.qty, 0)`);
  expect(levelVsBatches, 'on_hand = sum of batch quantities').toEqual([]);

  const reservations = await expectedReservationsSql();
  if (reservations) {
    const reservedVsOrders = await sql(`
      select coalesce(l.product_id, r.product_id) as product_id, coalesce(l.warehouse_id, r.warehouse_id) as warehouse_id,
             l.reserved, r.qty as open_reservations
      from (select * from public.stock_levels where reserved <> 0) l
      full join (${reservations}) r on r.product_id = l.product_id and r.warehouse_id = l.warehouse_id
      where coalesce(l.reserved, 0) <> coalesce(r.qty, 0)`);
    expect(reservedVsOrders, 'stock_levels.reserved = open order reservations').toEqual([]);
  }

  const transfers = await sql(`
    select t.transfer_no, t.status, coalesce(lines.qty, 0) as lines, coalesce(out_.qty, 0) as out, coalesce(in_.qty, 0) as in
    from public.stock_transfers t
    left join (select transfer_id, sum(qty) as qty from public.stock_transfer_lines group by 1) lines on lines.transfer_id = t.id
    left join (select source_id, -sum(qty) as qty from public.stock_movements
               where source_type = 'stock_transfer' and movement_type = 'transfer_out' group by 1) out_ on out_.source_id = t.id
    left join (select source_id, sum(qty) as qty from public.stock_movements
               where source_type = 'stock_transfer' and movement_type = 'transfer_in' group by 1) in_ on in_.source_id = t.id
    where not case t.status
      when 'draft' then coalesce(out_.qty, 0) = 0 and coalesce(in_.qty, 0) = 0
      when 'cancelled' then coalesce(out_.qty, 0) = 0 and coalesce(in_.qty, 0) = 0
      when 'in_transit' then out_.qty = lines.qty and coalesce(in_.qty, 0) = 0
      when 'received' then out_.qty = lines.qty and in_.qty = lines.qty
    end`);
  expect(transfers, 'transfers move exactly their lines').toEqual([]);
}
