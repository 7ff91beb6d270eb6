/**
 * Words of the dashboard, reports and Excel import/export (zh-CN). Loaded with the back-office layout
 * (i18n/areas/reports/index.ts), never on the login page. `en.ts` has exactly the same keys.
 */
export const reportsZhCN = {
  reports: { reports: '报表' },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type ReportsMessages = DeepStrings<typeof reportsZhCN>;
