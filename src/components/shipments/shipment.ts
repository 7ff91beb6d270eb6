/**
 * Shipments: statuses, tracking events, the ship-to address as one line, and the delivery note's
 * totals. Mirrors …0350_shipments.sql. Unit tested in shipment.test.ts.
 */
import { toNumber } from '../common/format.ts';

export const SHIPMENT_STATUSES = ['shipped', 'delivered'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
/** Every status an event may carry, and those a person may add (add_shipment_event). */
export const EVENT_STATUSES = ['shipped', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'note'] as const;
export const ADDABLE_EVENT_STATUSES = ['in_transit', 'out_for_delivery', 'exception', 'note'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type ShipTo = {
  recipient?: string | null;
  phone?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  address_line?: string | null;
  postal_code?: string | null;
};

/** 江苏省南京市鼓楼区中山北路88号 (a Chinese address reads from large to small, without spaces). */
export function addressLine(shipTo: ShipTo | null | undefined): string {
  if (!shipTo) return '';
  return [shipTo.province, shipTo.city, shipTo.district, shipTo.address_line].filter((part) => part && String(part).trim()).join('');
}

/** Who may add tracking events and mark delivered (add_shipment_event / mark_shipment_delivered: admin, warehouse). */
export function canTrack(role: string | null | undefined): boolean {
  return role === 'admin' || role === 'warehouse';
}

export type NoteLine = { qty: unknown; amount?: unknown; batches?: { qty: unknown }[] };

/** The delivery note's totals: quantity (3 decimals exact) and amount (cents exact). */
export function noteTotals(lines: readonly NoteLine[]): { qty: number; amount: number } {
  let qty = 0;
  let amount = 0;
  for (const line of lines) {
    qty += Math.round(toNumber(line.qty) * 1000);
    amount += Math.round(toNumber(line.amount) * 100);
  }
  return { qty: qty / 1000, amount: amount / 100 };
}

/** A tracking link built from a carrier template ({tracking_no}), as public.tracking_url() does. */
export function trackingLink(template: string | null | undefined, trackingNo: string | null | undefined): string | null {
  if (!template || !trackingNo) return null;
  return template.replace('{tracking_no}', encodeURIComponent(trackingNo));
}
