-- Product import from Excel: one all-or-nothing RPC.
--
-- The browser reads the workbook, checks it row by row (so the user sees every problem at once) and sends
-- the rows here; the database checks them again with the same rules (it is the authority: another client,
-- a stale tab or a concurrent insert must not get around them) and inserts every row or none.
--
-- p_rows: a JSON array of objects, one per product, with the row number the user sees in Excel:
--   { "row": 3, "sku": "A-1", "name": "…", "barcode": "…", "spec": "…", "unit": "箱",
--     "category": "饮料/瓶装水" (name, or full path when names repeat), "brand": "…",
--     "list_price": 12.5, "status": "on_sale", "safety_stock": 10, "shelf_life_days": 365,
--     "expiry_alert_days": 30, "track_batches": true }
-- Numbers may be JSON numbers or numeric strings; empty strings count as absent.
--
-- Errors (stable codes, message and hint; details = JSON {line, field, errors: [{line, field, code}…]}
-- with the first problem's Excel row as `line` and up to 200 problems in `errors`):
--   not_authorized (not an admin), invalid_input (p_rows not an array), lines_required (no rows),
--   too_many_items (> 5000 rows), value_required, text_too_long, invalid_code, invalid_price,
--   invalid_quantity, invalid_input (shelf life / expiry alert days / track_batches), invalid_status,
--   unknown_category, ambiguous_category, unknown_brand, duplicate_sku, duplicate_barcode (in the file),
--   sku_exists, barcode_exists (already in the catalogue).

create function public.import_products(p_rows jsonb)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_errors jsonb := '[]'::jsonb;
  v_count integer;
  v_first jsonb;
begin
  -- Security invoker: private.has_role is the one private helper the API role may call.
  if not private.has_role('admin') then
    raise exception 'not_authorized' using errcode = '42501', hint = 'not_authorized',
      detail = json_build_object('required', array['admin'])::text;
  end if;
  if p_rows is null or jsonb_typeof(p_rows) <> 'array' then
    raise exception 'invalid_input' using errcode = 'P0001', hint = 'invalid_input',
      detail = json_build_object('field', 'p_rows')::text;
  end if;
  v_count := jsonb_array_length(p_rows);
  if v_count = 0 then
    raise exception 'lines_required' using errcode = 'P0001', hint = 'lines_required';
  end if;
  if v_count > 5000 then
    raise exception 'too_many_items' using errcode = 'P0001', hint = 'too_many_items',
      detail = json_build_object('max', 5000, 'count', v_count)::text;
  end if;

  create temporary table if not exists pg_temp.product_import_rows (
    ord integer, line integer, sku text, name text, barcode text, spec text, unit text,
    category text, brand text, list_price_text text, status text, safety_stock_text text,
    shelf_life_text text, expiry_alert_text text, track_text text,
    category_id uuid, category_matches integer, brand_id uuid,
    list_price numeric, safety_stock numeric, shelf_life_days integer, expiry_alert_days integer, track_batches boolean
  ) on commit drop;
  truncate pg_temp.product_import_rows;

  insert into pg_temp.product_import_rows (ord, line, sku, name, barcode, spec, unit, category, brand, list_price_text,
    status, safety_stock_text, shelf_life_text, expiry_alert_text, track_text)
  select e.ord::integer,
         coalesce(case when e.value ->> 'row' ~ '^\d{1,7}$' then (e.value ->> 'row')::integer end, e.ord::integer + 1),
         nullif(btrim(e.value ->> 'sku'), ''), nullif(btrim(e.value ->> 'name'), ''), nullif(btrim(e.value ->> 'barcode'), ''),
         coalesce(btrim(e.value ->> 'spec'), ''), nullif(btrim(e.value ->> 'unit'), ''),
         nullif(btrim(e.value ->> 'category'), ''), nullif(btrim(e.value ->> 'brand'), ''),
         nullif(btrim(e.value ->> 'list_price'), ''), nullif(btrim(e.value ->> 'status'), ''),
         nullif(btrim(e.value ->> 'safety_stock'), ''), nullif(btrim(e.value ->> 'shelf_life_days'), ''),
         nullif(btrim(e.value ->> 'expiry_alert_days'), ''), nullif(lower(btrim(e.value ->> 'track_batches')), '')
  from jsonb_array_elements(p_rows) with ordinality as e (value, ord)
  where jsonb_typeof(e.value) = 'object';

  if (select count(*) from pg_temp.product_import_rows) <> v_count then
    raise exception 'invalid_input' using errcode = 'P0001', hint = 'invalid_input',
      detail = json_build_object('field', 'p_rows')::text;
  end if;

  -- Numbers: plain decimals only (no exponent, no thousands separators), converted when well-formed.
  update pg_temp.product_import_rows r set
    list_price = case when r.list_price_text ~ '^-?\d{1,13}(\.\d+)?$' then r.list_price_text::numeric end,
    safety_stock = case when r.safety_stock_text is null then 0
                        when r.safety_stock_text ~ '^-?\d{1,12}(\.\d+)?$' then r.safety_stock_text::numeric end,
    shelf_life_days = case when r.shelf_life_text ~ '^\d{1,5}(\.0+)?$' then r.shelf_life_text::numeric::integer end,
    expiry_alert_days = case when r.expiry_alert_text is null then 30
                             when r.expiry_alert_text ~ '^\d{1,4}(\.0+)?$' then r.expiry_alert_text::numeric::integer end,
    track_batches = case when r.track_text is null or r.track_text in ('false', 'no', 'n', '0', '否') then false
                         when r.track_text in ('true', 'yes', 'y', '1', '是') then true end,
    status = case when r.status is null then 'draft'
                  when r.status in ('draft', '草稿') then 'draft'
                  when r.status in ('on_sale', '在售') then 'on_sale'
                  when r.status in ('off_sale', '停售') then 'off_sale'
                  else r.status end;

  -- Categories by full path ("饮料/瓶装水") or by name when that name is unique.
  with recursive tree as (
    select c.id, c.name::text as path from public.categories c where c.parent_id is null
    union all
    select c.id, t.path || '/' || c.name from public.categories c join tree t on c.parent_id = t.id
  ), matches as (
    select r.ord, count(distinct t.id) filter (where t.path = r.category) as by_path,
           min(t.id::text) filter (where t.path = r.category) as path_id,
           count(distinct c.id) as by_name, min(c.id::text) as name_id
    from pg_temp.product_import_rows r
    left join tree t on t.path = r.category
    left join public.categories c on c.name = r.category
    where r.category is not null
    group by r.ord
  )
  update pg_temp.product_import_rows r set
    category_id = case when m.by_path = 1 then m.path_id::uuid when m.by_name = 1 then m.name_id::uuid end,
    category_matches = case when m.by_path = 1 then 1 else m.by_name end
  from matches m where m.ord = r.ord;

  update pg_temp.product_import_rows r set brand_id = b.id
  from public.brands b where r.brand is not null and b.name = r.brand;

  with problems (line, ord, field, code, seq) as (
    select r.line, r.ord, 'sku', 'value_required', 1 from pg_temp.product_import_rows r where r.sku is null
    union all select r.line, r.ord, 'sku', 'text_too_long', 2 from pg_temp.product_import_rows r where char_length(r.sku) > 64
    union all select r.line, r.ord, 'sku', 'invalid_code', 3 from pg_temp.product_import_rows r where r.sku ~ '\s'
    union all select r.line, r.ord, 'sku', 'duplicate_sku', 4 from pg_temp.product_import_rows r
      where exists (select 1 from pg_temp.product_import_rows o where o.sku = r.sku and o.ord < r.ord)
    union all select r.line, r.ord, 'sku', 'sku_exists', 5 from pg_temp.product_import_rows r
      where exists (select 1 from public.products p where p.sku = r.sku)
    union all select r.line, r.ord, 'name', 'value_required', 6 from pg_temp.product_import_rows r where r.name is null
    union all select r.line, r.ord, 'name', 'text_too_long', 7 from pg_temp.product_import_rows r where char_length(r.name) > 200
    union all select r.line, r.ord, 'barcode', 'text_too_long', 8 from pg_temp.product_import_rows r where char_length(r.barcode) > 64
    union all select r.line, r.ord, 'barcode', 'invalid_code', 9 from pg_temp.product_import_rows r where r.barcode ~ '\s'
    union all select r.line, r.ord, 'barcode', 'duplicate_barcode', 10 from pg_temp.product_import_rows r
      where exists (select 1 from pg_temp.product_import_rows o where o.barcode = r.barcode and o.ord < r.ord)
    union all select r.line, r.ord, 'barcode', 'barcode_exists', 11 from pg_temp.product_import_rows r
      where exists (select 1 from public.products p where p.barcode = r.barcode)
    union all select r.line, r.ord, 'spec', 'text_too_long', 12 from pg_temp.product_import_rows r where char_length(r.spec) > 200
    union all select r.line, r.ord, 'unit', 'text_too_long', 13 from pg_temp.product_import_rows r where char_length(r.unit) > 20
    union all select r.line, r.ord, 'category', case when r.category_matches > 1 then 'ambiguous_category' else 'unknown_category' end, 14
      from pg_temp.product_import_rows r where r.category is not null and r.category_id is null
    union all select r.line, r.ord, 'brand', 'unknown_brand', 15 from pg_temp.product_import_rows r
      where r.brand is not null and r.brand_id is null
    union all select r.line, r.ord, 'list_price', case when r.list_price_text is null then 'value_required' else 'invalid_price' end, 16
      from pg_temp.product_import_rows r
      where r.list_price is null or r.list_price < 0 or r.list_price <> round(r.list_price, 2) or r.list_price >= 1000000000000
    union all select r.line, r.ord, 'status', 'invalid_status', 17 from pg_temp.product_import_rows r
      where r.status not in ('draft', 'on_sale', 'off_sale')
    union all select r.line, r.ord, 'safety_stock', 'invalid_quantity', 18 from pg_temp.product_import_rows r
      where r.safety_stock is null or r.safety_stock < 0 or r.safety_stock <> round(r.safety_stock, 3) or r.safety_stock >= 100000000000
    union all select r.line, r.ord, 'shelf_life_days', 'invalid_input', 19 from pg_temp.product_import_rows r
      where r.shelf_life_text is not null and (r.shelf_life_days is null or r.shelf_life_days not between 1 and 36500)
    union all select r.line, r.ord, 'expiry_alert_days', 'invalid_input', 20 from pg_temp.product_import_rows r
      where r.expiry_alert_days is null or r.expiry_alert_days not between 0 and 3650
    union all select r.line, r.ord, 'track_batches', 'invalid_input', 21 from pg_temp.product_import_rows r
      where r.track_batches is null
  )
  select coalesce(jsonb_agg(jsonb_build_object('line', p.line, 'field', p.field, 'code', p.code) order by p.ord, p.seq), '[]'::jsonb)
  into v_errors
  from (select * from problems order by ord, seq limit 200) p;

  if jsonb_array_length(v_errors) > 0 then
    v_first := v_errors -> 0;
    raise exception '%', v_first ->> 'code' using errcode = 'P0001', hint = v_first ->> 'code',
      detail = jsonb_build_object('line', (v_first ->> 'line')::integer, 'field', v_first ->> 'field', 'errors', v_errors)::text;
  end if;

  -- One statement: a unique violation from a concurrent insert fails it whole; RLS and the table's checks
  -- and triggers apply as for any insert by this user.
  insert into public.products (sku, barcode, name, spec, unit, category_id, brand_id, list_price, status,
    safety_stock, shelf_life_days, expiry_alert_days, track_batches)
  select r.sku, r.barcode, r.name, r.spec, coalesce(r.unit, '件'), r.category_id, r.brand_id, r.list_price, r.status,
         r.safety_stock, r.shelf_life_days, r.expiry_alert_days, r.track_batches
  from pg_temp.product_import_rows r
  order by r.ord;
  get diagnostics v_count = row_count;
  truncate pg_temp.product_import_rows;
  return v_count;
end;
$$;
comment on function public.import_products(jsonb) is
  'RPC (admin; security invoker, so the products RLS and column grants apply too): imports products from the rows of an Excel sheet, all or nothing. p_rows = [{row, sku, name, barcode, spec, unit, category (name or full path), brand, list_price, status (draft | on_sale | off_sale or 草稿 / 在售 / 停售), safety_stock, shelf_life_days, expiry_alert_days, track_batches}, …] (1..5000). Every row is checked before anything is written; on any problem nothing is inserted and the first problem is raised as its code with details {line (the Excel row), field, errors: [{line, field, code}, … up to 200]}. Returns the number of products inserted. Errors: not_authorized, invalid_input, lines_required, too_many_items, value_required, text_too_long, invalid_code, invalid_price, invalid_quantity, invalid_status, unknown_category, ambiguous_category, unknown_brand, duplicate_sku, duplicate_barcode, sku_exists, barcode_exists.';

revoke execute on function public.import_products(jsonb) from public, anon;
grant execute on function public.import_products(jsonb) to authenticated;
