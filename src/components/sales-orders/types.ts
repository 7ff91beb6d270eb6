export type OrderStatus = 'draft' | 'confirmed' | 'partially_shipped' | 'shipped' | 'completed' | 'cancelled';
export const ORDER_STATUSES: readonly OrderStatus[] = ['draft', 'confirmed', 'partially_shipped', 'shipped', 'completed', 'cancelled'];
export type PaymentStatus = 'unpaid' | 'partially_paid' | 'paid' | 'refunded';
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['unpaid', 'partially_paid', 'paid', 'refunded'];

export type Money = number | string;

export type SalesOrderRow = {
  id: string;
  order_no: string;
  customer_id: string;
  warehouse_id: string;
  salesperson_id: string | null;
  status: OrderStatus;
  payment_status: PaymentStatus;
  coupon_id: string | null;
  subtotal: Money;
  promotion_discount: Money;
  coupon_discount: Money;
  total_amount: Money;
  paid_amount: Money;
  refunded_amount: Money;
  ship_to: Record<string, string | null> | null;
  note: string | null;
  cancel_reason: string | null;
  created_at: string;
  confirmed_at: string | null;
  shipped_at: string | null;
  completed_at: string | null;
  cancelled_at: string | null;
  customer: { name: string; phone: string | null } | null;
  warehouse: { name: string; code: string } | null;
  salesperson: { full_name: string | null } | null;
  coupon?: { code: string; name: string } | null;
};

export const ORDER_LIST_COLUMNS =
  'id, order_no, customer_id, warehouse_id, salesperson_id, status, payment_status, total_amount, paid_amount, refunded_amount, created_at, customer:customers(name, phone), warehouse:warehouses(name, code), salesperson:profiles!salesperson_id(full_name)';
export const ORDER_COLUMNS =
  'id, order_no, customer_id, warehouse_id, salesperson_id, status, payment_status, coupon_id, subtotal, promotion_discount, coupon_discount, total_amount, paid_amount, refunded_amount, ship_to, note, cancel_reason, created_at, confirmed_at, shipped_at, completed_at, cancelled_at, customer:customers(name, phone), warehouse:warehouses(name, code), salesperson:profiles!salesperson_id(full_name), coupon:coupons(code, name)';

export type OrderLineRow = {
  id: string;
  line_no: number;
  product_id: string;
  qty: Money;
  list_price: Money;
  unit_price: Money;
  subtotal: Money;
  promotion_discount: Money;
  coupon_discount: Money;
  line_total: Money;
  reserved_qty: Money;
  shipped_qty: Money;
  returned_qty: Money;
  exchanged_qty: Money;
  promotion: { name: string } | null;
  products: { sku: string; name: string; spec: string | null; unit: string } | null;
};
export const ORDER_LINE_COLUMNS =
  'id, line_no, product_id, qty, list_price, unit_price, subtotal, promotion_discount, coupon_discount, line_total, reserved_qty, shipped_qty, returned_qty, exchanged_qty, promotion:promotions(name), products(sku, name, spec, unit)';

/** Statuses in which the order may still be cancelled / shipped. */
export const CANCELLABLE: readonly OrderStatus[] = ['draft', 'confirmed', 'partially_shipped'];
export const SHIPPABLE: readonly OrderStatus[] = ['confirmed', 'partially_shipped'];

/** The preview price_cart answers (and create_sales_order stores). */
export type PricedLine = {
  line_no: number;
  product_id: string;
  sku: string;
  name: string;
  qty: number;
  list_price: number;
  unit_price: number;
  price_overridden: boolean;
  subtotal: number;
  promotion: { id: string; name: string; kind: string } | null;
  promotion_discount: number;
  coupon_discount: number;
  discount: number;
  line_total: number;
};
export type PricedCart = {
  lines: PricedLine[];
  coupon: { id: string; code: string; name: string; kind: string; discount: number } | null;
  subtotal: number;
  promotion_discount: number;
  coupon_discount: number;
  discount_total: number;
  total: number;
};
