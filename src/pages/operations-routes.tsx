import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));

// Filled by the shipment, payment, return, promotion, coupon and audit-log screens.
const AREAS = {
  shipments: null,
  payments: null,
  returns: null,
  promotions: null,
  coupons: null,
  'audit-log': null,
};

/**
 * The routes of shipments, payments, returns, promotions, coupons and the audit log below one base
 * path (App.tsx mounts this module at /shipments/*, /payments/*, …). Kept out of the entry chunk.
 */
export default function OperationsRoutes({ area }: { area: keyof typeof AREAS }) {
  return (
    <Routes>
      {AREAS[area]}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
