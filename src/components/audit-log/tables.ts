/** The tables private.audit_row() is attached to (supabase/migrations), and where their records are shown. */
export const AUDITED_TABLES = [
  'products', 'categories', 'brands', 'warehouses', 'stock_receipts', 'stock_receipt_lines', 'stock_adjustments', 'stock_adjustment_lines',
  'stock_transfers', 'stock_transfer_lines', 'stock_write_offs', 'stock_write_off_lines', 'customers', 'customer_addresses',
  'sales_orders', 'payments', 'shipments', 'returns', 'promotions', 'coupons', 'carriers',
] as const;

/** The screen of a record of a table, when the app has one. */
export function recordLink(table: string, id: string | null): string | null {
  if (!id) return null;
  const show: Record<string, string> = {
    products: `/products/show/${id}`,
    stock_receipts: `/stock/receipts/show/${id}`,
    stock_adjustments: `/stock/stocktakes/show/${id}`,
    stock_transfers: `/stock/transfers/show/${id}`,
    stock_write_offs: `/stock/write-offs/show/${id}`,
    customers: `/customers/show/${id}`,
    sales_orders: `/orders/show/${id}`,
    payments: `/payments/show/${id}`,
    shipments: `/shipments/show/${id}`,
    returns: `/returns/show/${id}`,
    promotions: `/promotions/edit/${id}`,
    coupons: `/coupons/edit/${id}`,
    brands: `/brands/edit/${id}`,
    warehouses: `/warehouses/edit/${id}`,
  };
  return show[table] ?? null;
}

/** A readable label of the record in a snapshot: its document number, code or name. */
export function recordLabel(data: Record<string, unknown> | null | undefined): string | null {
  if (!data) return null;
  for (const key of ['order_no', 'payment_no', 'shipment_no', 'return_no', 'receipt_no', 'adjustment_no', 'transfer_no', 'write_off_no', 'code', 'sku', 'name', 'recipient']) {
    const value = data[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}
