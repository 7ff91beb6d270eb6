import { theme } from 'antd';
import { useTranslation } from '@refinedev/core';
import { LOCALES } from '../../i18n/index.ts';

/**
 * 中文 / English. A two-button segmented control in plain markup (antd's Segmented would add
 * rc-segmented to the login route). The choice is remembered by the i18n provider.
 */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { changeLocale, getLocale, translate } = useTranslation();
  const { token } = theme.useToken();
  const current = getLocale();
  return (
    <div
      role="radiogroup"
      aria-label={translate('header.switchLanguage')}
      className={`lang-switch lang-switch--${size}`}
      style={{ background: token.colorFillTertiary, borderRadius: token.borderRadius }}
    >
      {LOCALES.map((locale) => {
        const active = locale.code === current;
        return (
          <button
            key={locale.code}
            type="button"
            role="radio"
            aria-checked={active}
            lang={locale.code}
            className="lang-switch__option"
            style={{
              borderRadius: token.borderRadiusSM,
              color: active ? token.colorText : token.colorTextSecondary,
              background: active ? token.colorBgElevated : 'transparent',
              boxShadow: active ? token.boxShadowTertiary : 'none',
            }}
            onClick={() => {
              if (!active) void changeLocale(locale.code);
            }}
          >
            {locale.label}
          </button>
        );
      })}
    </div>
  );
}
