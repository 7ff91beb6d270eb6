import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { crud } from './crud-routes.tsx';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));
const ShipmentsList = lazy(() => import('./shipments/list.tsx'));
const ShipmentsShow = lazy(() => import('./shipments/show.tsx'));
const ShipmentsPrint = lazy(() => import('./shipments/print.tsx'));
const PaymentsList = lazy(() => import('./payments/list.tsx'));
const PaymentsCreate = lazy(() => import('./payments/create.tsx'));
const PaymentsShow = lazy(() => import('./payments/show.tsx'));
const ReturnsList = lazy(() => import('./returns/list.tsx'));
const ReturnsCreate = lazy(() => import('./returns/create.tsx'));
const ReturnsShow = lazy(() => import('./returns/show.tsx'));
const PromotionsList = lazy(() => import('./promotions/list.tsx'));
const PromotionsCreate = lazy(() => import('./promotions/create.tsx'));
const PromotionsEdit = lazy(() => import('./promotions/edit.tsx'));
const CouponsList = lazy(() => import('./coupons/list.tsx'));
const CouponsCreate = lazy(() => import('./coupons/create.tsx'));
const CouponsEdit = lazy(() => import('./coupons/edit.tsx'));
const AuditLogList = lazy(() => import('./audit-log/list.tsx'));

const AREAS = {
  shipments: (
    <>
      {crud(<ShipmentsList />, { show: <ShipmentsShow /> })}
      <Route path="show/:id/print" element={<ShipmentsPrint />} />
      <Route path="print/:id" element={<ShipmentsPrint />} />
    </>
  ),
  payments: crud(<PaymentsList />, { create: <PaymentsCreate />, show: <PaymentsShow /> }),
  returns: crud(<ReturnsList />, { create: <ReturnsCreate />, show: <ReturnsShow /> }),
  promotions: crud(<PromotionsList />, { create: <PromotionsCreate />, edit: <PromotionsEdit /> }),
  coupons: crud(<CouponsList />, { create: <CouponsCreate />, edit: <CouponsEdit /> }),
  'audit-log': crud(<AuditLogList />),
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
