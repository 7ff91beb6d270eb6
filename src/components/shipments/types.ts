import type { ShipTo } from './shipment.ts';

export type ShipmentRow = {
  id: string;
  shipment_no: string;
  order_id: string;
  return_id: string | null;
  kind: 'sale' | 'exchange';
  warehouse_id: string;
  carrier_code: string | null;
  tracking_no: string | null;
  status: 'shipped' | 'delivered';
  ship_to: ShipTo | null;
  note: string | null;
  shipped_at: string;
  delivered_at: string | null;
  tracking_url: string | null;
  sales_orders: { order_no: string; customers: { name: string } | null } | null;
  warehouses: { name: string } | null;
  carriers: { name: string } | null;
  returns?: { return_no: string } | null;
};
export const SHIPMENT_COLUMNS =
  'id, shipment_no, order_id, return_id, kind, warehouse_id, carrier_code, tracking_no, status, ship_to, note, shipped_at, delivered_at, tracking_url, sales_orders(order_no, customers(name)), warehouses(name), carriers(name), returns!shipments_return_id_fkey(return_no)';

export type CarrierRow = { code: string; name: string; tracking_url_template: string | null; active: boolean; sort_order: number };
