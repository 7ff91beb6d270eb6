-- Pricing, computed once, in one function: price_cart is the preview the UI shows AND what
-- create_sales_order stores, so the preview always equals the order.
--
-- Rules (DESIGN §3 Pricing):
--   * a line's base price is the product's list_price, or the unit_price the salesperson typed
--     (a negotiated net price: promotions do not stack on a typed price; a coupon still applies);
--   * the best single promotion applies per line (largest discount; ties → newest, then id):
--       percent_off  round(subtotal × p / 100, 2)
--       amount_off   amount × qty (直降, per unit)
--       threshold    amount once, when the line subtotal ≥ threshold (满减)
--     never more than the line subtotal; category promotions cover the category's sub-categories;
--   * at most one coupon, on the total after promotions: min_spend is checked against that total,
--     percent → round(total × p / 100, 2), amount → min(amount, total); the coupon discount is
--     shared out over the lines in proportion to their amounts (the largest line takes the rounding
--     remainder) so that every line knows its net amount for returns and reports.

-- The product's category and all its ancestors (a category promotion covers sub-categories).
create function private.category_ancestors(p_category_id uuid)
returns uuid[]
language sql
stable
set search_path = ''
as $$
  with recursive anc (id, parent_id, depth) as (
    select c.id, c.parent_id, 1 from public.categories c where c.id = p_category_id
    union all
    select c.id, c.parent_id, a.depth + 1
    from public.categories c
    join anc a on c.id = a.parent_id
    where a.depth < 32
  )
  select coalesce(array_agg(id), '{}') from anc
$$;
comment on function private.category_ancestors(uuid) is 'The category and its ancestors (depth-limited, so a cycle cannot loop).';

-- The pricing engine. p_lock = true (order creation) locks the coupon row so that limits hold when
-- several orders redeem the same coupon at once.
create function private.price_cart_core(
  p_customer_id uuid,
  p_lines jsonb,
  p_coupon_code text,
  p_lock boolean default false
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_now timestamptz := now();
  v_line jsonb;
  v_no integer;
  v_pid uuid;
  v_qty numeric;
  v_price numeric;
  v_product record;
  v_base numeric(14, 2);
  v_subtotal numeric;
  v_promo record;
  v_promo_found boolean;
  v_cats uuid[];
  v_lines jsonb[] := '{}';
  v_amounts numeric[] := '{}';
  v_sum_subtotal numeric(14, 2) := 0;
  v_sum_promo numeric(14, 2) := 0;
  v_after numeric(14, 2);
  v_code text;
  v_coupon public.coupons;
  v_used integer;
  v_coupon_discount numeric(14, 2) := 0;
  v_share numeric(14, 2);
  v_allocated numeric(14, 2) := 0;
  v_largest integer;
  v_result jsonb[] := '{}';
  i integer;
begin
  perform private.check_lines(p_lines, 200);
  if p_customer_id is not null
     and not exists (select 1 from public.customers c where c.id = p_customer_id and c.active) then
    perform private.sales_error('customer_not_found', jsonb_build_object('customer_id', p_customer_id));
  end if;

  for v_line, v_no in select t.e, t.o::integer from jsonb_array_elements(p_lines) with ordinality as t (e, o) loop
    -- Field names such as lines[2].qty tell the UI which input to mark.
    v_pid := private.parse_uuid(v_line -> 'product_id', 'product_not_found', format('lines[%s].product_id', v_no));
    v_qty := private.parse_decimal(v_line -> 'qty', 3, 'invalid_quantity', format('lines[%s].qty', v_no), true, false, 1000000);
    v_price := null;
    if jsonb_typeof(v_line -> 'unit_price') is distinct from 'null' and v_line ? 'unit_price' then
      v_price := private.parse_decimal(v_line -> 'unit_price', 2, 'invalid_price', format('lines[%s].unit_price', v_no),
                                       false, false, 99999999.99);
    end if;

    select p.id, p.sku, p.name, p.list_price, p.status, p.category_id
      into v_product
      from public.products p
     where p.id = v_pid;
    if not found then
      perform private.sales_error('product_not_found', jsonb_build_object('line', v_no, 'product_id', v_pid));
    end if;
    if v_product.status <> 'on_sale' then
      perform private.sales_error('product_not_on_sale', jsonb_build_object(
        'line', v_no, 'product_id', v_pid, 'sku', v_product.sku, 'name', v_product.name, 'status', v_product.status));
    end if;

    v_base := coalesce(v_price, v_product.list_price);
    v_subtotal := round(v_base * v_qty, 2);
    if v_subtotal > 999999999999.99 then
      perform private.sales_error('invalid_quantity', jsonb_build_object('line', v_no, 'reason', 'amount_too_large'));
    end if;

    v_promo_found := false;
    if v_price is null and v_subtotal > 0 then
      v_cats := case when v_product.category_id is null then '{}'::uuid[]
                     else private.category_ancestors(v_product.category_id) end;
      select pr.id, pr.name, pr.kind, d.discount
        into v_promo
        from public.promotions pr
        cross join lateral (
          select least(v_subtotal, case pr.kind
            when 'percent_off' then round(v_subtotal * pr.percent_off / 100, 2)
            when 'amount_off' then round(pr.amount_off * v_qty, 2)
            else case when v_subtotal >= pr.threshold_amount then pr.amount_off else 0 end
          end)::numeric(14, 2) as discount
        ) d
       where pr.active
         and pr.starts_at <= v_now
         and (pr.ends_at is null or pr.ends_at > v_now)
         and (pr.scope = 'all'
              or (pr.scope = 'product' and pr.product_id = v_pid)
              or (pr.scope = 'category' and pr.category_id = any (v_cats)))
         and d.discount > 0
       order by d.discount desc, pr.starts_at desc, pr.id
       limit 1;
      v_promo_found := found;
    end if;

    v_lines := v_lines || jsonb_build_object(
      'line_no', v_no,
      'product_id', v_pid,
      'sku', v_product.sku,
      'name', v_product.name,
      'qty', v_qty,
      'list_price', v_product.list_price,
      'unit_price', v_base,
      'price_overridden', v_price is not null,
      'subtotal', v_subtotal,
      'promotion', case when v_promo_found then jsonb_build_object('id', v_promo.id, 'name', v_promo.name, 'kind', v_promo.kind) end,
      'promotion_discount', case when v_promo_found then v_promo.discount else 0 end
    );
    v_amounts := v_amounts || (v_subtotal - case when v_promo_found then v_promo.discount else 0 end);
    v_sum_subtotal := v_sum_subtotal + v_subtotal;
    v_sum_promo := v_sum_promo + case when v_promo_found then v_promo.discount else 0 end;
  end loop;

  v_after := v_sum_subtotal - v_sum_promo;

  v_code := nullif(upper(btrim(p_coupon_code)), '');
  if v_code is not null then
    if char_length(v_code) > 32 then
      perform private.sales_error('coupon_not_found', jsonb_build_object('code', left(v_code, 32)));
    end if;
    if p_lock then
      select * into v_coupon from public.coupons c where c.code = v_code for update;
    else
      select * into v_coupon from public.coupons c where c.code = v_code;
    end if;
    if v_coupon.id is null then
      perform private.sales_error('coupon_not_found', jsonb_build_object('code', v_code));
    end if;
    if not v_coupon.active then
      perform private.sales_error('coupon_inactive', jsonb_build_object('code', v_code));
    end if;
    if v_now < v_coupon.starts_at then
      perform private.sales_error('coupon_not_started', jsonb_build_object('code', v_code, 'starts_at', v_coupon.starts_at));
    end if;
    if v_coupon.ends_at is not null and v_now >= v_coupon.ends_at then
      perform private.sales_error('coupon_expired', jsonb_build_object('code', v_code, 'ends_at', v_coupon.ends_at));
    end if;
    if v_coupon.total_limit is not null then
      select count(*) into v_used from public.coupon_redemptions r where r.coupon_id = v_coupon.id and r.voided_at is null;
      if v_used >= v_coupon.total_limit then
        perform private.sales_error('coupon_limit_reached',
          jsonb_build_object('code', v_code, 'scope', 'total', 'limit', v_coupon.total_limit));
      end if;
    end if;
    if v_coupon.per_customer_limit is not null and p_customer_id is not null then
      select count(*) into v_used from public.coupon_redemptions r
       where r.coupon_id = v_coupon.id and r.customer_id = p_customer_id and r.voided_at is null;
      if v_used >= v_coupon.per_customer_limit then
        perform private.sales_error('coupon_limit_reached',
          jsonb_build_object('code', v_code, 'scope', 'customer', 'limit', v_coupon.per_customer_limit));
      end if;
    end if;
    if v_after < v_coupon.min_spend then
      perform private.sales_error('coupon_min_spend',
        jsonb_build_object('code', v_code, 'min_spend', v_coupon.min_spend, 'amount', v_after, 'short', v_coupon.min_spend - v_after));
    end if;
    v_coupon_discount := case v_coupon.kind
      when 'percent' then round(v_after * v_coupon.percent_off / 100, 2)
      else least(v_coupon.amount_off, v_after)
    end;
  end if;

  -- Share the coupon discount over the lines; the largest line takes the rounding remainder.
  v_largest := 1;
  for i in 1 .. array_length(v_amounts, 1) loop
    if v_amounts[i] > v_amounts[v_largest] then
      v_largest := i;
    end if;
  end loop;
  for i in 1 .. array_length(v_lines, 1) loop
    if i = v_largest or v_coupon_discount = 0 or v_after = 0 then
      v_share := 0;
    else
      v_share := round(v_coupon_discount * v_amounts[i] / v_after, 2);
    end if;
    v_allocated := v_allocated + v_share;
    v_result := v_result || (v_lines[i] || jsonb_build_object('coupon_discount', v_share));
  end loop;
  v_share := v_coupon_discount - v_allocated;
  v_result[v_largest] := v_result[v_largest] || jsonb_build_object('coupon_discount', v_share);
  for i in 1 .. array_length(v_result, 1) loop
    v_result[i] := v_result[i] || jsonb_build_object(
      'discount', (v_result[i] ->> 'promotion_discount')::numeric + (v_result[i] ->> 'coupon_discount')::numeric,
      'line_total', v_amounts[i] - (v_result[i] ->> 'coupon_discount')::numeric);
  end loop;

  return jsonb_build_object(
    'customer_id', p_customer_id,
    'currency', 'CNY',
    'priced_at', v_now,
    'lines', to_jsonb(v_result),
    'coupon', case when v_coupon.id is not null then jsonb_build_object(
      'id', v_coupon.id, 'code', v_coupon.code, 'name', v_coupon.name, 'kind', v_coupon.kind,
      'discount', v_coupon_discount) end,
    'subtotal', v_sum_subtotal,
    'promotion_discount', v_sum_promo,
    'coupon_discount', v_coupon_discount,
    'discount_total', v_sum_promo + v_coupon_discount,
    'total', v_after - v_coupon_discount
  );
end;
$$;
comment on function private.price_cart_core(uuid, jsonb, text, boolean) is
  'The pricing engine shared by price_cart (preview) and create_sales_order (p_lock: coupon row locked).';

create function public.price_cart(p_customer_id uuid, p_lines jsonb, p_coupon_code text default null)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.require_role('admin', 'sales');
  return private.price_cart_core(p_customer_id, p_lines, p_coupon_code, false);
end;
$$;
comment on function public.price_cart(uuid, jsonb, text) is
  'RPC (admin, sales): prices a cart exactly as create_sales_order will. p_lines = [{product_id, qty, unit_price?}]. Returns {lines: [{line_no, product_id, sku, name, qty, list_price, unit_price, price_overridden, subtotal, promotion, promotion_discount, coupon_discount, discount, line_total}], coupon, subtotal, promotion_discount, coupon_discount, discount_total, total}. Errors: lines_required, too_many_lines, invalid_line, invalid_quantity, invalid_price, product_not_found, product_not_on_sale, customer_not_found, coupon_not_found, coupon_inactive, coupon_not_started, coupon_expired, coupon_limit_reached, coupon_min_spend.';

revoke execute on function
  private.category_ancestors(uuid),
  private.price_cart_core(uuid, jsonb, text, boolean),
  public.price_cart(uuid, jsonb, text)
from public, anon;
grant execute on function public.price_cart(uuid, jsonb, text) to authenticated;
