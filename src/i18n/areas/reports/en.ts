import type { ReportsMessages } from './zh-CN.ts';

/** Words of the dashboard, reports and Excel import/export (English); same keys as zh-CN.ts. */
export const reportsEn: ReportsMessages = {
  reports: { reports: 'Reports' },
};
