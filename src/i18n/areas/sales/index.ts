/**
 * Registers the words of customers and sales orders with i18next. Imported by the lazy
 * back-office layout, so they never travel in the login route's entry chunk (`npm run bench:bundle`).
 */
import i18n from 'i18next';
import { salesZhCN } from './zh-CN.ts';
import { salesEn } from './en.ts';

i18n.addResourceBundle('zh-CN', 'translation', salesZhCN, true, false);
i18n.addResourceBundle('en', 'translation', salesEn, true, false);

export { salesZhCN, salesEn };
