import { useEffect, useMemo, useRef, useState } from 'react';
import { Form } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider, useInvalidate, useList, useNavigation, useNotification, useTranslate, type HttpError } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { toNumber } from '../common/format.ts';
import { useUnsavedChanges } from '../documents/useUnsavedChanges.ts';
import { addScanned, cartPayload, cartSignature, errorDetail, errorTarget, type CartLineValues, type ErrorTarget } from './cart.ts';
import type { PricedCart } from './types.ts';

export type OrderFormValues = { customer_id?: string; warehouse_id?: string; coupon_code?: string; note?: string; lines: CartLineValues[] };
export type LineProduct = { id: string; sku: string; name: string; spec: string | null; unit: string; list_price: number; status: string };
export type ShownError = { target: ErrorTarget; message: string };
type SavedOrder = { id: string; order_no: string; status: string };

const INVALIDATES = ['sales_orders', 'stock_levels', 'customers', 'customer_order_stats', 'products', 'alerts'];

/**
 * Everything order entry needs: the form, the products and stock of its lines, the live price preview
 * from price_cart (debounced), barcode scanning, and saving (create_sales_order, confirming in the same
 * call when asked) with one idempotency key per form session. Database errors are kept with the
 * input they concern (a line, the coupon, the customer) so the form can show them there.
 */
export function useOrderEntry() {
  const t = useTranslate();
  const [form] = Form.useForm<OrderFormValues>();
  const [params] = useSearchParams();
  const dataProvider = useDataProvider();
  const invalidate = useInvalidate();
  const { open } = useNotification();
  const { show } = useNavigation();
  const unsaved = useUnsavedChanges();
  const rpc = async <T,>(fn: string, args: Record<string, unknown>) =>
    (await dataProvider().custom!({ url: `rpc/${fn}`, method: 'post', payload: args })).data as T;

  const customerId = Form.useWatch('customer_id', form);
  const warehouseId = Form.useWatch('warehouse_id', form);
  const couponCode = Form.useWatch('coupon_code', form) as string | undefined;
  const note = Form.useWatch('note', form) as string | undefined;
  const lines = (Form.useWatch('lines', form) as CartLineValues[] | undefined) ?? [];

  // Products and stock of the lines.
  const ids = [...new Set(lines.map((l) => l?.product_id).filter((id): id is string => !!id))];
  const { result: productResult } = useList<LineProduct>({
    resource: 'products',
    pagination: { mode: 'off' },
    filters: [{ field: 'id', operator: 'in', value: ids }],
    meta: { select: 'id, sku, name, spec, unit, list_price, status' },
    queryOptions: { enabled: ids.length > 0, placeholderData: keepPreviousData },
  });
  const products = useMemo(() => new Map(productResult.data.map((p) => [p.id, p])), [productResult.data]);
  const { result: levelResult, query: levelQuery } = useList<{ product_id: string; available: number }>({
    resource: 'stock_levels',
    pagination: { mode: 'off' },
    filters: [
      { field: 'warehouse_id', operator: 'eq', value: warehouseId },
      { field: 'product_id', operator: 'in', value: ids },
    ],
    meta: { select: 'product_id, available' },
    queryOptions: { enabled: !!warehouseId && ids.length > 0, placeholderData: keepPreviousData },
  });
  const available = (productId?: string) =>
    !warehouseId || !productId || levelQuery.isLoading ? undefined : toNumber(levelResult.data.find((l) => l.product_id === productId)?.available);

  // The live preview: price_cart on the complete lines, 400 ms after the last change.
  const { payload, formIndex } = cartPayload(lines);
  const code = couponCode?.trim() || null;
  const cartKey = JSON.stringify([customerId ?? null, code, payload]);
  const [debouncedKey, setDebouncedKey] = useState(cartKey);
  useEffect(() => {
    const timer = setTimeout(() => setDebouncedKey(cartKey), 400);
    return () => clearTimeout(timer);
  }, [cartKey]);
  const [pCustomer, pCode, pLines] = JSON.parse(debouncedKey) as [string | null, string | null, typeof payload];
  const preview = useQuery<PricedCart, HttpError>({
    queryKey: ['price_cart', debouncedKey],
    queryFn: () => rpc<PricedCart>('price_cart', { p_customer_id: pCustomer, p_lines: pLines, p_coupon_code: pCode }),
    enabled: pLines.length > 0,
    retry: false,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
  const previewStale = cartKey !== debouncedKey || preview.isFetching;
  const previewError: ShownError | undefined = preview.error && pLines.length > 0
    ? { target: errorTarget(preview.error, formIndex, lines), message: describe(preview.error) }
    : undefined;
  const priced = pLines.length > 0 && !preview.error ? preview.data : undefined;
  /** The priced line of a form line (by index), when the preview is of the current lines. */
  const pricedLine = (index: number) => {
    const n = formIndex.indexOf(index);
    const line = n >= 0 ? priced?.lines[n] : undefined;
    return line && line.product_id === lines[index]?.product_id ? line : undefined;
  };

  // Saving.
  const idempotencyKey = useRef(crypto.randomUUID());
  const draft = useRef<{ signature: string; order: SavedOrder } | null>(null);
  const [phase, setPhase] = useState<'idle' | 'creating' | 'confirming'>('idle');
  const [submitError, setSubmitError] = useState<ShownError & { signature: string }>();
  const [savedDraft, setSavedDraft] = useState<SavedOrder>();
  const signature = cartSignature({ customer_id: customerId, warehouse_id: warehouseId, coupon_code: code, note, lines: payload });
  const shownSubmitError = submitError && submitError.signature === signature ? submitError : undefined;

  function describe(error: HttpError): string {
    const { code: machine, detail } = errorDetail(error);
    if (machine === 'insufficient_stock') {
      return t('sales_orders.errors.insufficientStock', { available: toNumber(detail.available), requested: toNumber(detail.requested) });
    }
    if (machine === 'coupon_min_spend') {
      return t('sales_orders.errors.couponMinSpend', { min: toNumber(detail.min_spend).toFixed(2), short: toNumber(detail.short).toFixed(2) });
    }
    return error.message;
  }

  const submit = async (confirm: boolean) => {
    if (phase !== 'idle') return;
    let values: OrderFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const current = cartPayload(values.lines);
    const sig = cartSignature({ customer_id: values.customer_id, warehouse_id: values.warehouse_id, coupon_code: values.coupon_code, note: values.note, lines: current.payload });
    const fail = (error: HttpError) => {
      const target = errorTarget(error, current.formIndex, values.lines);
      setSubmitError({ target, message: describe(error), signature: sig });
      if (target.kind === 'form') open?.({ type: 'error', message: t('notifications.error'), description: error.message });
    };
    let order = draft.current?.signature === sig ? draft.current.order : undefined;
    try {
      if (!order) {
        setPhase('creating');
        if (draft.current) {
          // The form changed after its draft was saved: that draft no longer says what is ordered.
          const stale = draft.current.order;
          await rpc('cancel_sales_order', { p_order_id: stale.id, p_reason: t('sales_orders.actions.replacedReason') }).catch(() => undefined);
          draft.current = null;
          setSavedDraft(undefined);
          idempotencyKey.current = crypto.randomUUID();
        }
        order = await rpc<SavedOrder>('create_sales_order', {
          p_customer_id: values.customer_id,
          p_warehouse_id: values.warehouse_id,
          p_lines: current.payload,
          p_coupon_code: values.coupon_code?.trim() || null,
          p_idempotency_key: idempotencyKey.current,
          p_note: values.note?.trim() || null,
          // Save and confirm is one transaction: a shortage saves nothing and the form stays as it is.
          p_confirm: confirm,
        });
      }
    } catch (error) {
      setPhase('idle');
      fail(error as HttpError);
      return;
    }
    // A draft saved earlier from this very form is confirmed as it stands (and stays a draft on failure).
    if (confirm && order.status === 'draft') {
      setPhase('confirming');
      try {
        order = await rpc<SavedOrder>('confirm_sales_order', { p_order_id: order.id });
      } catch (error) {
        draft.current = { signature: sig, order };
        setSavedDraft(order);
        setPhase('idle');
        fail(error as HttpError);
        await invalidate({ resource: 'sales_orders', invalidates: ['list'] });
        return;
      }
    }
    setPhase('idle');
    unsaved.markSaved();
    open?.({
      type: 'success',
      message: t(order.status === 'draft' ? 'sales_orders.actions.savedDraft' : 'sales_orders.actions.savedConfirmed', { no: order.order_no }),
    });
    await Promise.all(INVALIDATES.map((resource) => invalidate({ resource, invalidates: ['all'] })));
    show('sales_orders', order.id, 'replace');
  };

  /** Adds the product with this barcode (or SKU) to the cart; answers an error text when none is found. */
  const scan = async (text: string): Promise<string | undefined> => {
    const value = text.trim();
    if (!value) return undefined;
    const { data } = await dataProvider().getList<LineProduct>({
      resource: 'products',
      pagination: { currentPage: 1, pageSize: 2, mode: 'server' },
      filters: [{ operator: 'or', value: [{ field: 'barcode', operator: 'eq', value }, { field: 'sku', operator: 'eq', value }] }],
      meta: { select: 'id, sku, name, spec, unit, list_price, status' },
    });
    const product = data[0];
    if (!product) return t('sales_orders.errors.barcodeNotFound', { code: value });
    if (product.status !== 'on_sale') return t('sales_orders.errors.notOnSale', { name: product.name });
    const next = addScanned(form.getFieldValue('lines') as CartLineValues[], product.id);
    form.setFieldValue('lines', next.lines);
    unsaved.onValuesChange();
    return undefined;
  };

  const initialValues: OrderFormValues = { customer_id: params.get('customer_id') ?? undefined, lines: [{}] };

  return {
    form,
    initialValues,
    onValuesChange: unsaved.onValuesChange,
    lines,
    warehouseId,
    products,
    available,
    preview: { priced, stale: previewStale, loading: preview.isLoading && pLines.length > 0, error: previewError, hasLines: payload.length > 0 },
    pricedLine,
    submitError: shownSubmitError,
    savedDraft,
    phase,
    submit,
    scan,
  };
}

export type OrderEntry = ReturnType<typeof useOrderEntry>;
