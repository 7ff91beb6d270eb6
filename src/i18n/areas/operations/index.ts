/**
 * Registers the words of shipments, payments, returns, promotions, coupons and the audit log with i18next. Imported by the lazy
 * back-office layout, so they never travel in the login route's entry chunk (`npm run bench:bundle`).
 */
import i18n from 'i18next';
import { operationsZhCN } from './zh-CN.ts';
import { operationsEn } from './en.ts';

i18n.addResourceBundle('zh-CN', 'translation', operationsZhCN, true, false);
i18n.addResourceBundle('en', 'translation', operationsEn, true, false);

export { operationsZhCN, operationsEn };
