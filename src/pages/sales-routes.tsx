import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));

// Filled by the sales screens: customers and sales orders.
const AREAS = {
  customers: null,
  orders: null,
};

/**
 * The routes of the customer and sales-order screens below one base path (App.tsx mounts this module
 * at /customers/* and /orders/*). Kept out of the entry chunk (`npm run bench:bundle`).
 */
export default function SalesRoutes({ area }: { area: keyof typeof AREAS }) {
  return (
    <Routes>
      {AREAS[area]}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
