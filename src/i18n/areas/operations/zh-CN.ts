/**
 * Words of shipments, payments, returns, promotions, coupons and the audit log (zh-CN). Loaded with the back-office layout
 * (i18n/areas/operations/index.ts), never on the login page. `en.ts` has exactly the same keys.
 */
export const operationsZhCN = {
  fulfilment: { fulfilment: '履约与财务' },
  marketing: { marketing: '营销' },
  shipments: { shipments: '发货' },
  payments: { payments: '收款与退款' },
  returns: { returns: '退换货' },
  promotions: { promotions: '促销' },
  coupons: { coupons: '优惠券' },
  audit_log: { audit_log: '审计日志' },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type OperationsMessages = DeepStrings<typeof operationsZhCN>;
