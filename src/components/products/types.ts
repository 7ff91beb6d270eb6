export type ProductStatus = 'draft' | 'on_sale' | 'off_sale';
export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'on_sale', 'off_sale'];

/** A row of public.products as the screens use it, with the embeds the list asks for. */
export type ProductRecord = {
  id: string;
  sku: string;
  barcode: string | null;
  name: string;
  spec: string;
  unit: string;
  category_id: string | null;
  brand_id: string | null;
  list_price: number;
  status: ProductStatus;
  safety_stock: number;
  shelf_life_days: number | null;
  expiry_alert_days: number;
  track_batches: boolean;
  created_at: string;
  updated_at: string;
  categories?: { name: string } | null;
  brands?: { name: string } | null;
  stock_levels?: { warehouse_id: string; on_hand: number; reserved: number; available: number }[];
};

export type ProductFormValues = {
  sku: string;
  barcode?: string | null;
  name: string;
  spec?: string;
  unit: string;
  category_id?: string | null;
  brand_id?: string | null;
  list_price: number;
  status: ProductStatus;
  safety_stock: number;
  shelf_life_days?: number | null;
  expiry_alert_days: number;
  track_batches: boolean;
};

export const PRODUCT_COLUMNS =
  'id, sku, barcode, name, spec, unit, category_id, brand_id, list_price, status, safety_stock, shelf_life_days, expiry_alert_days, track_batches, created_at, updated_at';
export const PRODUCT_LIST_COLUMNS = `${PRODUCT_COLUMNS}, categories(name), brands(name), stock_levels(warehouse_id, on_hand, reserved, available)`;

/** Trims text, turns empty optional values into null, so the row stores what the form shows. */
export function cleanProduct(values: ProductFormValues): ProductFormValues {
  const text = (v: string | null | undefined) => (v ?? '').trim();
  return {
    sku: text(values.sku),
    barcode: text(values.barcode) || null,
    name: text(values.name),
    spec: text(values.spec),
    unit: text(values.unit),
    category_id: values.category_id ?? null,
    brand_id: values.brand_id ?? null,
    list_price: values.list_price,
    status: values.status,
    safety_stock: values.safety_stock ?? 0,
    shelf_life_days: values.shelf_life_days ?? null,
    expiry_alert_days: values.expiry_alert_days ?? 30,
    track_batches: !!values.track_batches,
  };
}

export const PRODUCT_DEFAULTS: Partial<ProductFormValues> = {
  unit: '件',
  status: 'draft',
  list_price: 0,
  safety_stock: 0,
  expiry_alert_days: 30,
  track_batches: false,
  spec: '',
};

/** Stock summary of a product across warehouses, from its stock_levels embed. */
export function stockSummary(product: Pick<ProductRecord, 'safety_stock' | 'stock_levels'>) {
  const levels = product.stock_levels ?? [];
  const onHand = levels.reduce((sum, l) => sum + Number(l.on_hand), 0);
  const available = levels.reduce((sum, l) => sum + Number(l.available), 0);
  const safety = Number(product.safety_stock);
  const low = safety > 0 && levels.some((l) => Number(l.available) <= safety);
  const state: 'out' | 'low' | 'ok' = available <= 0 ? 'out' : low ? 'low' : 'ok';
  return { onHand, available, state };
}
