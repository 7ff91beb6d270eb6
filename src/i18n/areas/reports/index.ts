/**
 * Registers the words of the dashboard, reports and Excel import/export with i18next. Imported by the lazy
 * back-office layout, so they never travel in the login route's entry chunk (`npm run bench:bundle`).
 */
import i18n from 'i18next';
import { reportsZhCN } from './zh-CN.ts';
import { reportsEn } from './en.ts';

i18n.addResourceBundle('zh-CN', 'translation', reportsZhCN, true, false);
i18n.addResourceBundle('en', 'translation', reportsEn, true, false);

export { reportsZhCN, reportsEn };
