import { useList } from '@refinedev/core';
import { ORDER_LINE_COLUMNS, type OrderLineRow } from './types.ts';

/** The lines of an order (one query, shared by the details and the ship dialog through the cache). */
export function useOrderLines(orderId: string) {
  const { result, query } = useList<OrderLineRow>({
    resource: 'sales_order_lines',
    pagination: { mode: 'off' },
    filters: [{ field: 'order_id', operator: 'eq', value: orderId }],
    sorters: [{ field: 'line_no', order: 'asc' }],
    meta: { select: ORDER_LINE_COLUMNS },
  });
  return { lines: result.data, query };
}
