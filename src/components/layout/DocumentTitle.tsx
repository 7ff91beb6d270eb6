import { useEffect, useState } from 'react';
import i18n from '../../i18n/index.ts';
import { useLocation } from 'react-router';
import { useResourceParams, useTranslation } from '@refinedev/core';

const PAGE_TITLES: Record<string, string> = {
  '/login': 'pages.login.title',
  '/register': 'pages.register.title',
  '/waiting': 'pages.waiting.title',
};

/**
 * "<page> | 商品销售管理系统" from `<resource>.titles.<action>`, in the current language; replaces
 * Refine's DocumentTitleHandler, which only updates on navigation (not on a language switch).
 */
export function DocumentTitle() {
  const { pathname } = useLocation();
  const { resource, action } = useResourceParams();
  const { translate: t, getLocale } = useTranslation();
  const locale = getLocale();
  // Area translations arrive with lazy chunks (i18n/areas): set the title again when they do.
  const [bundles, setBundles] = useState(0);
  useEffect(() => {
    const onAdded = () => setBundles((n) => n + 1);
    i18n.store.on('added', onAdded);
    return () => i18n.store.off('added', onAdded);
  }, []);

  useEffect(() => {
    const app = t('app.title');
    const resourceKey = resource && action ? `${resource.name}.titles.${action}` : undefined;
    const pageKey = resourceKey ?? PAGE_TITLES[pathname];
    const page = pageKey ? t(pageKey, '') : '';
    document.title = page ? `${page} | ${app}` : app;
  }, [pathname, resource, action, locale, t, bundles]);

  return null;
}
