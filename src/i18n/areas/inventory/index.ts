/**
 * Registers the catalogue / stock / alert words with i18next. Imported by the lazy back-office layout,
 * so these strings travel in its chunk and never in the login route's entry chunk
 * (`npm run bench:bundle`).
 */
import i18n from 'i18next';
import { inventoryZhCN } from './zh-CN.ts';
import { inventoryEn } from './en.ts';

i18n.addResourceBundle('zh-CN', 'translation', inventoryZhCN, true, false);
i18n.addResourceBundle('en', 'translation', inventoryEn, true, false);

export { inventoryZhCN, inventoryEn };
