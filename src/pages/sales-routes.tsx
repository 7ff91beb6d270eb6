import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { crud } from './crud-routes.tsx';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));
const CustomersList = lazy(() => import('./customers/list.tsx'));
const CustomersCreate = lazy(() => import('./customers/create.tsx'));
const CustomersEdit = lazy(() => import('./customers/edit.tsx'));
const CustomersShow = lazy(() => import('./customers/show.tsx'));
const SalesOrdersList = lazy(() => import('./sales-orders/list.tsx'));
const SalesOrdersCreate = lazy(() => import('./sales-orders/create.tsx'));
const SalesOrdersShow = lazy(() => import('./sales-orders/show.tsx'));

// Orders have no edit page: the database offers no way to change a draft's lines (only its note), so a
// wrong draft is cancelled and entered again.
const AREAS = {
  customers: crud(<CustomersList />, { create: <CustomersCreate />, edit: <CustomersEdit />, show: <CustomersShow /> }),
  orders: crud(<SalesOrdersList />, { create: <SalesOrdersCreate />, show: <SalesOrdersShow /> }),
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
