/**
 * Reading and checking a product import sheet in the browser, before anything is sent: every problem of
 * every row at once, with the row number the user sees in Excel. The same rules are enforced again by
 * public.import_products (supabase/migrations/20261127000420_product_import.sql), which is the authority.
 * Pure (no React, no network): unit-tested in validate.test.ts.
 */
import * as XLSX from 'xlsx';

export const IMPORT_FIELDS = [
  'sku',
  'name',
  'barcode',
  'spec',
  'unit',
  'category',
  'brand',
  'list_price',
  'status',
  'safety_stock',
  'shelf_life_days',
  'expiry_alert_days',
  'track_batches',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['sku', 'name', 'list_price'];
export const MAX_IMPORT_ROWS = 5000;

/** What the RPC receives for one product (see the migration's header). */
export type ImportRow = { row: number } & Partial<Record<ImportField, string | number | boolean | null>>;

export type Problem = {
  /** Row number as Excel shows it (header = row 1). */
  row: number;
  field: ImportField;
  /** product_import.problems.* */
  code: string;
  params?: Record<string, unknown>;
  value?: string;
};

export type Lookup = {
  categories: { id: string; name: string; parent_id: string | null }[];
  brands: { id: string; name: string }[];
  /** SKUs / barcodes of the file that already exist in the catalogue. */
  existingSkus: ReadonlySet<string>;
  existingBarcodes: ReadonlySet<string>;
};

const norm = (s: string) => s.replace(/[\s*＊()（）]/g, '').toLowerCase();

/**
 * Header cell → field, in either language (the template's header, with or without the * of required
 * columns). `headers` maps each field to its zh-CN and English header.
 */
export function headerMap(headers: Record<'zh-CN' | 'en', Record<ImportField, string>>): Map<string, ImportField> {
  const map = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    map.set(norm(field), field);
    map.set(norm(headers['zh-CN'][field]), field);
    map.set(norm(headers.en[field]), field);
  }
  return map;
}

/** The rows of the first sheet (row 1 = header), as text, with their Excel row numbers; blank rows skipped. */
export function readSheet(data: ArrayBuffer | Uint8Array, headers: Map<string, ImportField>): { rows: ImportRow[]; unknownHeaders: string[] } {
  const wb = XLSX.read(data, { type: 'array', dense: true, cellDates: false });
  const ws = wb.Sheets[wb.SheetNames[0]];
  if (!ws) return { rows: [], unknownHeaders: [] };
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, blankrows: true, defval: null });
  const head = (aoa[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const fields = head.map((h) => headers.get(norm(h)));
  const unknownHeaders = head.filter((h, i) => h.trim() !== '' && !fields[i]);
  const rows: ImportRow[] = [];
  for (let r = 1; r < aoa.length; r++) {
    const line = aoa[r] ?? [];
    if (line.every((v) => v === null || v === undefined || String(v).trim() === '')) continue;
    const row: ImportRow = { row: r + 1 };
    fields.forEach((field, c) => {
      if (!field) return;
      const v = line[c];
      row[field] = v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v).trim();
    });
    rows.push(row);
  }
  return { rows, unknownHeaders };
}

const MAX_LEN: Partial<Record<ImportField, number>> = { sku: 64, barcode: 64, name: 200, spec: 200, unit: 20 };
const STATUS: Record<string, 'draft' | 'on_sale' | 'off_sale'> = {
  draft: 'draft', 草稿: 'draft', on_sale: 'on_sale', 在售: 'on_sale', off_sale: 'off_sale', 停售: 'off_sale',
};
const YES = new Set(['true', 'yes', 'y', '1', '是']);
const NO = new Set(['false', 'no', 'n', '0', '否']);

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** A number written plainly, as the database accepts it (no exponent, no separators). */
function decimal(v: unknown): { ok: boolean; value?: number; decimals?: number } {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'x') : text(v);
  if (!/^-?\d+(\.\d+)?$/.test(s)) {
    // JS writes 1e-7 for tiny numbers: that is still a number, with too many decimals.
    if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v, decimals: 99 };
    return { ok: false };
  }
  return { ok: true, value: Number(s), decimals: s.split('.')[1]?.length ?? 0 };
}

/** Full paths of the categories ("饮料/瓶装水"). */
export function categoryPaths(categories: Lookup['categories']): Map<string, string> {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const path = (id: string, depth = 0): string => {
    const c = byId.get(id)!;
    return c.parent_id && byId.has(c.parent_id) && depth < 20 ? `${path(c.parent_id, depth + 1)}/${c.name}` : c.name;
  };
  for (const c of categories) paths.set(c.id, path(c.id));
  return paths;
}

/** Checks every row; returns the problems and the rows to send (normalised: status code, booleans, numbers). */
export function validateRows(rows: ImportRow[], lookup: Lookup): { problems: Problem[]; payload: ImportRow[] } {
  const problems: Problem[] = [];
  const add = (row: number, field: ImportField, code: string, value?: unknown, params?: Record<string, unknown>) =>
    problems.push({ row, field, code, ...(params ? { params } : {}), ...(value !== undefined && value !== null && text(value) !== '' ? { value: text(value) } : {}) });

  const paths = categoryPaths(lookup.categories);
  const byPath = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const c of lookup.categories) {
    byPath.set(paths.get(c.id)!, [...(byPath.get(paths.get(c.id)!) ?? []), c.id]);
    byName.set(c.name, [...(byName.get(c.name) ?? []), c.id]);
  }
  const brands = new Set(lookup.brands.map((b) => b.name));
  const firstSku = new Map<string, number>();
  const firstBarcode = new Map<string, number>();
  const payload: ImportRow[] = [];

  for (const r of rows) {
    const out: ImportRow = { row: r.row };
    for (const field of ['sku', 'name', 'barcode', 'spec', 'unit', 'category', 'brand'] as const) {
      const v = text(r[field]);
      out[field] = v === '' ? null : v;
      if (v === '' && REQUIRED_FIELDS.includes(field)) add(r.row, field, 'required');
      const max = MAX_LEN[field];
      if (max && [...v].length > max) add(r.row, field, 'too_long', v, { max });
      if ((field === 'sku' || field === 'barcode') && /\s/.test(v)) add(r.row, field, 'invalid_code', v);
    }
    const sku = text(r.sku);
    if (sku) {
      if (firstSku.has(sku)) add(r.row, 'sku', 'duplicate_in_file', sku, { row: firstSku.get(sku) });
      else firstSku.set(sku, r.row);
      if (lookup.existingSkus.has(sku)) add(r.row, 'sku', 'sku_exists', sku);
    }
    const barcode = text(r.barcode);
    if (barcode) {
      if (firstBarcode.has(barcode)) add(r.row, 'barcode', 'duplicate_in_file', barcode, { row: firstBarcode.get(barcode) });
      else firstBarcode.set(barcode, r.row);
      if (lookup.existingBarcodes.has(barcode)) add(r.row, 'barcode', 'barcode_exists', barcode);
    }
    const category = text(r.category);
    if (category) {
      const matches = byPath.get(category)?.length === 1 ? byPath.get(category)! : byName.get(category) ?? [];
      if (matches.length === 0) add(r.row, 'category', 'unknown_category', category);
      else if (matches.length > 1) add(r.row, 'category', 'ambiguous_category', category);
    }
    const brand = text(r.brand);
    if (brand && !brands.has(brand)) add(r.row, 'brand', 'unknown_brand', brand);

    // Price: required, ≥ 0, 2 decimals.
    if (text(r.list_price) !== '') {
      const price = decimal(r.list_price);
      if (!price.ok) add(r.row, 'list_price', 'bad_number', r.list_price);
      else if (price.value! < 0) add(r.row, 'list_price', 'negative', r.list_price);
      else if (price.decimals! > 2) add(r.row, 'list_price', 'too_many_decimals', r.list_price, { decimals: 2 });
      out.list_price = price.ok ? price.value! : null;
    } else {
      add(r.row, 'list_price', 'required');
      out.list_price = null;
    }

    if (text(r.safety_stock) !== '') {
      const q = decimal(r.safety_stock);
      if (!q.ok) add(r.row, 'safety_stock', 'bad_number', r.safety_stock);
      else if (q.value! < 0) add(r.row, 'safety_stock', 'negative', r.safety_stock);
      else if (q.decimals! > 3) add(r.row, 'safety_stock', 'too_many_decimals', r.safety_stock, { decimals: 3 });
      out.safety_stock = q.ok ? q.value! : null;
    } else out.safety_stock = null;

    for (const [field, min, max] of [['shelf_life_days', 1, 36500], ['expiry_alert_days', 0, 3650]] as const) {
      if (text(r[field]) === '') {
        out[field] = null;
        continue;
      }
      const n = decimal(r[field]);
      if (!n.ok || !Number.isInteger(n.value) || n.value! < min || n.value! > max) add(r.row, field, 'bad_integer', r[field], { min, max });
      out[field] = n.ok ? n.value! : null;
    }

    const status = text(r.status);
    if (status && !STATUS[status.toLowerCase()] && !STATUS[status]) add(r.row, 'status', 'bad_status', status);
    out.status = status ? STATUS[status.toLowerCase()] ?? STATUS[status] ?? status : null;

    const track = typeof r.track_batches === 'boolean' ? String(r.track_batches) : text(r.track_batches).toLowerCase();
    if (track && !YES.has(track) && !NO.has(track)) add(r.row, 'track_batches', 'bad_boolean', r.track_batches);
    out.track_batches = track ? YES.has(track) : null;

    payload.push(out);
  }
  problems.sort((a, b) => a.row - b.row || IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field));
  return { problems, payload };
}

/** The template: header (required columns marked *), one example row, and a sheet of notes. */
export function templateBytes(words: {
  headers: Record<ImportField, string>;
  example: { name: string; spec: string; unit: string; category?: string; brand?: string; status: string; yes: string; no: string };
  sheet: string;
  notesSheet: string;
  notes: string[];
}): Uint8Array {
  const header = IMPORT_FIELDS.map((f) => (REQUIRED_FIELDS.includes(f) ? `${words.headers[f]} *` : words.headers[f]));
  const example: Record<ImportField, string | number> = {
    sku: 'SAMPLE-0001',
    name: words.example.name,
    barcode: '6900000000017',
    spec: words.example.spec,
    unit: words.example.unit,
    category: words.example.category ?? '',
    brand: words.example.brand ?? '',
    list_price: 36,
    status: words.example.status,
    safety_stock: 10,
    shelf_life_days: 365,
    expiry_alert_days: 30,
    track_batches: words.example.no,
  };
  const ws = XLSX.utils.aoa_to_sheet([header, IMPORT_FIELDS.map((f) => example[f])]);
  ws['!cols'] = IMPORT_FIELDS.map((f) => ({ wch: f === 'name' ? 28 : f === 'category' ? 18 : 14 }));
  const notes = XLSX.utils.aoa_to_sheet(words.notes.map((n) => [n]));
  notes['!cols'] = [{ wch: 100 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, words.sheet);
  XLSX.utils.book_append_sheet(wb, notes, words.notesSheet);
  return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
}
