import { useEffect } from 'react';
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

  useEffect(() => {
    const app = t('app.title');
    const resourceKey = resource && action ? `${resource.name}.titles.${action}` : undefined;
    const pageKey = resourceKey ?? PAGE_TITLES[pathname];
    const page = pageKey ? t(pageKey, '') : '';
    document.title = page ? `${page} | ${app}` : app;
  }, [pathname, resource, action, locale, t]);

  return null;
}
