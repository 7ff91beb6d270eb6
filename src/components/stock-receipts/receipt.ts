import type { Dayjs } from 'dayjs';
import { addDays, businessToday } from '../common/format.ts';


export type ReceiptLineValues = {
  product_id?: string;
  qty?: number;
  unit_cost?: number;
  batch_no?: string;
  production_date?: Dayjs | null;
  expiry_date?: Dayjs | null;
};
export type ReceiptFormValues = { warehouse_id?: string; supplier?: string; note?: string; lines: ReceiptLineValues[] };

export const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The expiry a line gets by default: production date (or today) + shelf life, as receive_stock computes it. */
export function defaultExpiry(product: { shelf_life_days: number | null } | undefined, production: string | null, today = businessToday()): string | null {
  if (!product?.shelf_life_days) return null;
  return addDays(production ?? today, product.shelf_life_days);
}

/** The p_lines argument of receive_stock. */
export function receiptLines(lines: ReceiptLineValues[]) {
  return lines.map((line) => ({
    product_id: line.product_id,
    qty: line.qty,
    unit_cost: line.unit_cost,
    batch_no: line.batch_no?.trim() || null,
    production_date: iso(line.production_date),
    expiry_date: iso(line.expiry_date),
  }));
}

