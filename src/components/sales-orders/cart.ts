/**
 * The pure logic of order entry and shipping (unit tested in cart.test.ts): which form lines go to
 * price_cart / create_sales_order, scanning a barcode into the cart, which line or field a database
 * error concerns, and the quantities a shipment may take. Prices and discounts are never computed
 * here: the database prices the cart (price_cart), this only sums what it answered.
 */
import { decimalsOf, toNumber } from '../common/format.ts';

export type CartLineValues = { product_id?: string; qty?: number | null; unit_price?: number | null };
export type CartPayloadLine = { product_id: string; qty: number; unit_price?: number };

/** A line is sent to the database once it names a product and a valid quantity (> 0, ≤ 3 decimals). */
export function isCompleteLine(line: CartLineValues | undefined): line is CartLineValues & { product_id: string; qty: number } {
  if (!line?.product_id) return false;
  const qty = line.qty;
  if (typeof qty !== 'number' || !Number.isFinite(qty) || qty <= 0 || qty >= 1e6 || decimalsOf(qty) > 3) return false;
  const price = line.unit_price;
  if (price !== undefined && price !== null && (!Number.isFinite(price) || price < 0 || decimalsOf(price) > 2)) return false;
  return true;
}

/**
 * The p_lines of price_cart / create_sales_order, from the complete form lines, and for each payload
 * line (1-based, the database's line numbers) the index of its form line.
 */
export function cartPayload(lines: readonly (CartLineValues | undefined)[] | undefined) {
  const payload: CartPayloadLine[] = [];
  const formIndex: number[] = [];
  (lines ?? []).forEach((line, index) => {
    if (!isCompleteLine(line)) return;
    const item: CartPayloadLine = { product_id: line.product_id, qty: line.qty };
    if (line.unit_price !== undefined && line.unit_price !== null) item.unit_price = line.unit_price;
    payload.push(item);
    formIndex.push(index);
  });
  return { payload, formIndex };
}

/** A stable text of what would be ordered, to know whether a saved draft still matches the form. */
export function cartSignature(parts: { customer_id?: string; warehouse_id?: string; coupon_code?: string | null; note?: string | null; lines: CartPayloadLine[] }) {
  return JSON.stringify([
    parts.customer_id ?? null,
    parts.warehouse_id ?? null,
    (parts.coupon_code ?? '').trim().toUpperCase(),
    (parts.note ?? '').trim(),
    parts.lines.map((l) => [l.product_id, l.qty, l.unit_price ?? null]),
  ]);
}

/**
 * A scanned product joins the cart: +1 on the first line that has it, else it fills the first empty
 * line, else a new line with quantity 1. Returns the new lines and the index of the line touched.
 */
export function addScanned(lines: readonly CartLineValues[] | undefined, productId: string): { lines: CartLineValues[]; index: number } {
  const next = (lines ?? []).map((l) => ({ ...l }));
  const existing = next.findIndex((l) => l.product_id === productId);
  if (existing >= 0) {
    const qty = toNumber(next[existing].qty);
    next[existing].qty = Math.round((qty + 1) * 1000) / 1000;
    return { lines: next, index: existing };
  }
  const empty = next.findIndex((l) => !l.product_id);
  if (empty >= 0) {
    next[empty] = { ...next[empty], product_id: productId, qty: next[empty].qty || 1 };
    return { lines: next, index: empty };
  }
  next.push({ product_id: productId, qty: 1 });
  return { lines: next, index: next.length - 1 };
}

/** The JSON detail and machine code of an error from the data provider (hint = code, details = JSON). */
export function errorDetail(err: unknown): { code?: string; detail: Record<string, unknown> } {
  const e = (err && typeof err === 'object' ? err : {}) as { hint?: unknown; message?: unknown; details?: unknown };
  const code = typeof e.hint === 'string' && /^[a-z_]+$/.test(e.hint) ? e.hint : undefined;
  let detail: Record<string, unknown> = {};
  if (typeof e.details === 'string' && e.details.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(e.details);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) detail = parsed as Record<string, unknown>;
    } catch {
      /* not ours */
    }
  }
  return { code, detail };
}

export type ErrorTarget =
  | { kind: 'coupon' }
  | { kind: 'customer' }
  | { kind: 'warehouse' }
  | { kind: 'lines'; indices: number[]; field: 'product_id' | 'qty' | 'unit_price' }
  | { kind: 'form' };

const LINE_FIELD: Record<string, 'product_id' | 'qty' | 'unit_price'> = { product_id: 'product_id', qty: 'qty', unit_price: 'unit_price' };

/**
 * Which input an order error belongs to. Lines are named by the database as `line` (1-based payload
 * number), as a field `lines[n].qty`, or — for insufficient_stock from confirmation — by product_id.
 */
export function errorTarget(err: unknown, formIndex: readonly number[], lines: readonly (CartLineValues | undefined)[] = []): ErrorTarget {
  const { code, detail } = errorDetail(err);
  if (!code) return { kind: 'form' };
  if (code.startsWith('coupon_')) return { kind: 'coupon' };
  if (code === 'customer_not_found') return { kind: 'customer' };
  if (code.startsWith('warehouse_')) return { kind: 'warehouse' };
  const fromPayload = (n: number) => (formIndex[n - 1] !== undefined ? [formIndex[n - 1]] : []);
  const field = typeof detail.field === 'string' ? /^lines\[(\d+)\]\.(\w+)$/.exec(detail.field) : null;
  if (field) {
    const indices = fromPayload(Number(field[1]));
    if (indices.length) return { kind: 'lines', indices, field: LINE_FIELD[field[2]] ?? 'qty' };
  }
  const lineNo = typeof detail.line === 'number' ? detail.line : typeof detail.line === 'string' ? Number(detail.line) : NaN;
  if (Number.isInteger(lineNo)) {
    const indices = fromPayload(lineNo);
    if (indices.length) return { kind: 'lines', indices, field: code === 'invalid_quantity' ? 'qty' : code === 'invalid_price' ? 'unit_price' : 'product_id' };
  }
  if (typeof detail.product_id === 'string') {
    const indices = lines.flatMap((l, i) => (l?.product_id === detail.product_id ? [i] : []));
    if (indices.length) return { kind: 'lines', indices, field: code === 'insufficient_stock' ? 'qty' : 'product_id' };
  }
  return { kind: 'form' };
}

/** An order line as the ship dialog needs it. */
export type ShipLine = { id: string; line_no: number; qty: number | string; shipped_qty: number | string };

/** What is left to ship on a line (never below zero). */
export const remainingQty = (line: ShipLine) => Math.max(0, Math.round((toNumber(line.qty) - toNumber(line.shipped_qty)) * 1000) / 1000);

/** The ship dialog's starting quantities: everything that is left. */
export function shipDefaults(lines: readonly ShipLine[]): Record<string, number> {
  return Object.fromEntries(lines.map((l) => [l.id, remainingQty(l)]));
}

/** The p_lines of ship_sales_order: lines with a quantity > 0, or a problem per line id. */
export function shipPayload(lines: readonly ShipLine[], quantities: Record<string, number | null | undefined>) {
  const payload: { line_id: string; qty: number }[] = [];
  const problems: Record<string, 'over' | 'decimals' | 'negative'> = {};
  for (const line of lines) {
    const qty = quantities[line.id];
    if (qty === undefined || qty === null || qty === 0) continue;
    if (qty < 0) problems[line.id] = 'negative';
    else if (decimalsOf(qty) > 3) problems[line.id] = 'decimals';
    else if (qty > remainingQty(line)) problems[line.id] = 'over';
    else payload.push({ line_id: line.id, qty });
  }
  return { payload, problems };
}
