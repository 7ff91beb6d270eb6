import type { SalesMessages } from './zh-CN.ts';

/** Words of customers and sales orders (English); same keys as zh-CN.ts. */
export const salesEn: SalesMessages = {
  sales: { sales: 'Sales' },
  customers: { customers: 'Customers' },
  sales_orders: { sales_orders: 'Sales orders' },
};
