import { useMemo } from 'react';
import type { I18nProvider } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import zhCNAntd from 'antd/es/locale/zh_CN';
import enUSAntd from 'antd/es/locale/en_US';
import type { Locale } from 'antd/es/locale';
import appI18n, { DEFAULT_LOCALE, isLocale, rememberLocale, type LocaleCode } from '../i18n/index.ts';

const ANTD_LOCALES: Record<LocaleCode, Locale> = { 'zh-CN': zhCNAntd, en: enUSAntd };
const DAYJS_LOCALES: Record<LocaleCode, string> = { 'zh-CN': 'zh-cn', en: 'en' };

const missingKeys = new Set<string>();

/**
 * Refine's i18n provider over i18next. Refine calls `translate(key, defaultText)` as well as
 * `translate(key, options, defaultText)`; both forms are accepted. A key missing from our resources
 * falls back to Refine's (English) default text and is reported once in development.
 */
export function createI18nProvider(i18n: I18n): I18nProvider {
  return {
    translate: (key: string, options?: unknown, defaultMessage?: string) => {
      let params: Record<string, unknown> | undefined;
      let fallback = defaultMessage;
      if (typeof options === 'string') fallback ??= options;
      else if (options && typeof options === 'object') params = options as Record<string, unknown>;

      if (i18n.exists(key)) return i18n.t(key, params ?? {}) as string;
      if (import.meta.env?.DEV && !key.includes("undefined") && !missingKeys.has(key)) {
        missingKeys.add(key);
        console.warn(`[i18n] missing key "${key}" (${i18n.language})`);
      }
      return fallback ?? key;
    },
    changeLocale: async (locale: string) => {
      const code = isLocale(locale) ? locale : DEFAULT_LOCALE;
      rememberLocale(code);
      await i18n.changeLanguage(code);
    },
    getLocale: () => currentLocale(i18n),
  };
}

export function currentLocale(i18n: I18n): LocaleCode {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/**
 * The provider for <Refine>, rebuilt when the language changes so every Refine component re-renders
 * in the new language; also keeps dayjs in step and returns antd's locale for ConfigProvider.
 */
export function useI18nProvider(): { i18nProvider: I18nProvider; antdLocale: Locale; locale: LocaleCode } {
  // Subscribes to language changes only. The `i18n` react-i18next hands out is a per-render view
  // whose `language` does not follow later changes, and Refine keeps the first provider's
  // getLocale/changeLocale for good, so the provider must hold the real instance.
  useTranslation();
  const locale = currentLocale(appI18n);
  const i18nProvider = useMemo(() => createI18nProvider(appI18n), [locale]);
  dayjs.locale(DAYJS_LOCALES[locale]);
  return { i18nProvider, antdLocale: ANTD_LOCALES[locale], locale };
}
