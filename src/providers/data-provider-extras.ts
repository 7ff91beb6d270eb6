/**
 * What this app adds to @refinedev/supabase's data provider, loaded lazily with it (data-provider.ts)
 * so none of it weighs on the login page. It receives the Supabase client instead of importing it.
 */
import type { CrudFilter, DataProvider } from '@refinedev/core';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { generateFilter as GenerateFilter } from '@refinedev/supabase';
import { RPC_PAGE_SIZE } from '../lib/postgrest.ts';

type Method = Exclude<keyof DataProvider, 'getApiUrl'>;

/**
 * Named constraints of the catalogue and stock tables (unique and check) → the machine code that
 * explains them and the form field they belong to. The constraint name is the stable code of a direct
 * table write (supabase/README.md); error-messages.ts translates the machine code.
 */
export const CONSTRAINTS: Readonly<Record<string, { code: string; field?: string }>> = {
  categories_name_key: { code: 'category_name_exists', field: 'name' },
  categories_not_own_parent: { code: 'category_cycle', field: 'parent_id' },
  categories_name_length: { code: 'value_required', field: 'name' },
  brands_name_key: { code: 'brand_exists', field: 'name' },
  brands_name_length: { code: 'value_required', field: 'name' },
  products_sku_key: { code: 'sku_exists', field: 'sku' },
  products_sku_format: { code: 'invalid_code', field: 'sku' },
  products_barcode_key: { code: 'barcode_exists', field: 'barcode' },
  products_barcode_format: { code: 'invalid_code', field: 'barcode' },
  products_name_length: { code: 'value_required', field: 'name' },
  products_unit_length: { code: 'value_required', field: 'unit' },
  products_list_price_check: { code: 'invalid_price', field: 'list_price' },
  products_safety_stock_check: { code: 'invalid_quantity', field: 'safety_stock' },
  products_shelf_life_days_check: { code: 'invalid_input', field: 'shelf_life_days' },
  products_expiry_alert_days_check: { code: 'invalid_input', field: 'expiry_alert_days' },
  products_status_check: { code: 'invalid_status', field: 'status' },
  warehouses_code_key: { code: 'warehouse_code_exists', field: 'code' },
  warehouses_code_format: { code: 'invalid_code', field: 'code' },
  warehouses_name_length: { code: 'value_required', field: 'name' },
  customers_name_check: { code: 'value_required', field: 'name' },
  customer_addresses_recipient_check: { code: 'value_required', field: 'recipient' },
  customer_addresses_phone_check: { code: 'value_required', field: 'phone' },
  customer_addresses_address_line_check: { code: 'value_required', field: 'address_line' },
  promotions_name_check: { code: 'value_required', field: 'name' },
  promotions_percent_off_check: { code: 'invalid_promotion', field: 'percent_off' },
  promotions_amount_off_check: { code: 'invalid_amount', field: 'amount_off' },
  promotions_threshold_amount_check: { code: 'invalid_amount', field: 'threshold_amount' },
  promotions_window: { code: 'invalid_period', field: 'ends_at' },
  coupons_code_key: { code: 'coupon_code_exists', field: 'code' },
  coupons_code_check: { code: 'invalid_code', field: 'code' },
  coupons_name_check: { code: 'value_required', field: 'name' },
  coupons_percent_off_check: { code: 'invalid_coupon', field: 'percent_off' },
  coupons_amount_off_check: { code: 'invalid_amount', field: 'amount_off' },
  coupons_min_spend_check: { code: 'invalid_amount', field: 'min_spend' },
  coupons_window: { code: 'invalid_period', field: 'ends_at' },
};

/**
 * A unique / check violation of a constraint above becomes that machine code (as hint, the way our
 * functions raise) with the field in a JSON detail, so error-messages.ts shows the specific sentence
 * and the form puts it on the field. Other errors pass unchanged.
 */
export function explainConstraint(err: unknown): unknown {
  if (!err || typeof err !== 'object') return err;
  const e = err as { code?: unknown; message?: unknown };
  if (e.code !== '23505' && e.code !== '23514') return err;
  const name = /(?:unique|check) constraint "([^"]+)"/.exec(String(e.message ?? ''))?.[1];
  const known = name ? CONSTRAINTS[name] : undefined;
  if (!known) return err;
  return { ...err, hint: known.code, details: JSON.stringify({ field: known.field, constraint: name }) };
}

export type Params = {
  resource?: string;
  ids?: unknown[];
  variables?: unknown;
  filters?: CrudFilter[];
  meta?: Record<string, unknown>;
  url?: string;
  method?: string;
  payload?: unknown;
};

/**
 * A filter the table offers that is no column: `meta.virtualFilters[field][value]` says which embed to
 * add to `select` and which PostgREST filters to apply instead (e.g. products "below safety stock" =
 * an inner-joined open low-stock alert). Declarative, so it stays serialisable in query keys.
 */
export type VirtualFilters = Record<string, Record<string, { select?: string; filters: CrudFilter[] }>>;

/** Replaces virtual filters by their embeds and real filters. Exported for tests. */
export function expandVirtualFilters(params: Params): Params {
  const virtual = params.meta?.virtualFilters as VirtualFilters | undefined;
  if (!virtual || !params.filters?.length) return params;
  const filters: CrudFilter[] = [];
  const selects: string[] = [];
  for (const filter of params.filters) {
    const spec = 'field' in filter ? virtual[filter.field] : undefined;
    if (!spec || !('field' in filter)) {
      filters.push(filter);
      continue;
    }
    const values: unknown[] = Array.isArray(filter.value) ? filter.value : [filter.value];
    for (const value of values) {
      const mapped = value === undefined || value === null ? undefined : spec[String(value)];
      if (!mapped) continue;
      if (mapped.select) selects.push(mapped.select);
      filters.push(...mapped.filters);
    }
  }
  const select = selects.length ? [params.meta?.select ?? '*', ...selects].join(',') : params.meta?.select;
  return { ...params, filters, meta: { ...params.meta, ...(select ? { select } : {}) } };
}

/**
 *  - getList with `meta.head`: only the count (`count: 'exact', head: true`), no rows travel;
 *  - updateMany in one request (`… in (ids)`) instead of one request per row;
 *  - custom `rpc/<function>` (POST): calls a database function with `payload` as its arguments; with
 *    `meta.allPages`, a function that returns a table is read page by page until a short page, because
 *    PostgREST cuts any answer at its max rows (1000 on Supabase) without an error; `meta.onPage(rows so far)`
 *    follows the progress.
 * Answers undefined for everything else (then @refinedev/supabase handles it).
 */
export function createExtras(client: SupabaseClient, generateFilter: typeof GenerateFilter) {
  const run = async (method: Method, params: Params): Promise<unknown> => {
    const select = typeof params.meta?.select === 'string' ? params.meta.select : '*';
    if (method === 'getList' && params.meta?.head) {
      const count = (params.meta.count as 'exact' | 'planned' | 'estimated' | undefined) ?? 'exact';
      const query = client.from(params.resource!).select(select, { count, head: true });
      for (const filter of params.filters ?? []) generateFilter(filter, query);
      const { count: total, error } = await query;
      if (error) throw error;
      return { data: [], total: total ?? 0 };
    }
    if (method === 'updateMany') {
      const { data, error } = await client
        .from(params.resource!)
        .update(params.variables as Record<string, unknown>)
        .in('id', params.ids ?? [])
        .select(select);
      if (error) throw error;
      return { data: data ?? [] };
    }
    if (method === 'custom') {
      const rpc = /^rpc\/([a-z_][a-z0-9_]*)$/.exec(params.url ?? '');
      if (!rpc || (params.method ?? 'post') !== 'post') throw { message: `custom ${params.method} ${params.url} is not supported` };
      const args = (params.payload ?? {}) as Record<string, unknown>;
      if (!params.meta?.allPages) {
        const { data, error } = await client.rpc(rpc[1], args);
        if (error) throw error;
        return { data };
      }
      const pageSize = Number(params.meta.pageSize ?? RPC_PAGE_SIZE);
      const rows: unknown[] = [];
      for (let from = 0; ; from += pageSize) {
        // The function's own order makes the pages line up (PostgREST puts limit / offset around the call).
        const { data, error } = await client.rpc(rpc[1], args).range(from, from + pageSize - 1);
        if (error) throw error;
        const page = (data ?? []) as unknown[];
        rows.push(...page);
        if (page.length < pageSize) return { data: rows };
        (params.meta.onPage as ((rowsSoFar: number) => void) | undefined)?.(rows.length);
      }
    }
    return undefined;
  };
  return { run, expandVirtualFilters, explainConstraint };
}

export type DataProviderExtras = ReturnType<typeof createExtras>;
