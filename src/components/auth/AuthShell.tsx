import type { ReactNode } from 'react';
import { theme } from 'antd';
import { useTranslate } from '@refinedev/core';
import { LanguageSwitch } from '../common/LanguageSwitch.tsx';
import { AppLogo } from '../layout/AppLogo.tsx';

/**
 * The frame of the signed-out pages (login, sign-up) and of the waiting page. Plain markup styled
 * with antd tokens: antd's Card and Typography would pull Tabs, Menu, Tooltip and Dropdown into
 * the login route (npm run bench:bundle).
 */
export function AuthShell({ title, children, width = 400 }: { title?: ReactNode; children: ReactNode; width?: number }) {
  const t = useTranslate();
  const { token } = theme.useToken();
  return (
    <div className="auth-shell">
      <div className="auth-shell__lang">
        <LanguageSwitch size="small" />
      </div>
      <header className="auth-shell__brand">
        <AppLogo size={40} />
        <div>
          <h1 className="auth-shell__title" style={{ color: token.colorTextHeading }}>
            {t('app.title')}
          </h1>
          <div style={{ color: token.colorTextSecondary }}>{t('app.subtitle')}</div>
        </div>
      </header>
      <main
        className="auth-shell__card"
        style={{ width, background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}
      >
        {title && (
          <h2 className="auth-shell__card-title" style={{ color: token.colorTextHeading, borderColor: token.colorBorderSecondary }}>
            {title}
          </h2>
        )}
        <div className="auth-shell__card-body">{children}</div>
      </main>
    </div>
  );
}

/** A centered line of secondary text with an optional link, under auth forms. */
export function AuthFootnote({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <p className="auth-shell__footnote" style={{ color: token.colorTextSecondary }}>
      {children}
    </p>
  );
}
