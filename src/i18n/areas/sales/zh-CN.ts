/**
 * Words of customers and sales orders (zh-CN). Loaded with the back-office layout
 * (i18n/areas/sales/index.ts), never on the login page. `en.ts` has exactly the same keys.
 */
export const salesZhCN = {
  sales: { sales: '销售管理' },
  customers: { customers: '客户' },
  sales_orders: { sales_orders: '销售订单' },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type SalesMessages = DeepStrings<typeof salesZhCN>;
