import type { OperationsMessages } from './zh-CN.ts';

/** Words of shipments, payments, returns, promotions, coupons and the audit log (English); same keys as zh-CN.ts. */
export const operationsEn: OperationsMessages = {
  fulfilment: { fulfilment: 'Fulfilment & finance' },
  marketing: { marketing: 'Marketing' },
  shipments: { shipments: 'Shipments' },
  payments: { payments: 'Payments & refunds' },
  returns: { returns: 'Returns' },
  promotions: { promotions: 'Promotions' },
  coupons: { coupons: 'Coupons' },
  audit_log: { audit_log: 'Audit log' },
};
