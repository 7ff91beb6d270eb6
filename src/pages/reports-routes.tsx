import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));
const ReportsLanding = lazy(() => import('./reports/index.tsx'));
const ReportPage = lazy(() => import('./reports/report.tsx'));

/**
 * The report pages below /reports (App.tsx mounts this module at /reports/*): the landing page and one
 * page per report (/reports/sales, /reports/profit, …). Kept out of the entry chunk: the charting
 * library loads only here and on the dashboard.
 */
export default function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsLanding />} />
      <Route path=":report" element={<ReportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
