import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));

/**
 * The report pages below /reports (App.tsx mounts this module at /reports/*). Kept out of the entry
 * chunk: the charting library loads only here and on the dashboard.
 */
export default function ReportsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
