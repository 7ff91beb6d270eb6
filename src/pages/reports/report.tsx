import { lazy } from 'react';
import { useParams } from 'react-router';
import { ReportView } from '../../components/reports/ReportView.tsx';
import { REPORT_KEYS, type ReportKey } from '../../components/reports/definitions.ts';

const NotFoundPage = lazy(() => import('../not-found/index.tsx'));

/** /reports/:report — one page per report (sales, profit, inventory, turnover, days-of-cover, …). */
export default function ReportPage() {
  const { report } = useParams();
  if (!REPORT_KEYS.includes(report as ReportKey)) return <NotFoundPage />;
  return <ReportView key={report} reportKey={report as ReportKey} />;
}
