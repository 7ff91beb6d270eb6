import { theme } from 'antd';
import { useTranslate } from '@refinedev/core';
import { RoleTag } from '../common/RoleTag.tsx';
import type { AppRole } from '../../providers/permissions.ts';

/** The seed's four demo users. Rendered only when import.meta.env.DEV, so production builds drop it. */
const DEMO_PASSWORD = 'Demo@123456';
const DEMO_ACCOUNTS: { email: string; role: AppRole }[] = [
  { email: 'admin@demo.local', role: 'admin' },
  { email: 'sales@demo.local', role: 'sales' },
  { email: 'warehouse@demo.local', role: 'warehouse' },
  { email: 'finance@demo.local', role: 'finance' },
];

export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  const t = useTranslate();
  const { token } = theme.useToken();
  return (
    <section className="demo-accounts" style={{ borderColor: token.colorBorderSecondary }} aria-label={t('pages.login.demo.title')}>
      <div className="demo-accounts__title" style={{ color: token.colorTextSecondary }}>
        {t('pages.login.demo.title')}
      </div>
      {DEMO_ACCOUNTS.map((account) => (
        <button
          key={account.email}
          type="button"
          className="demo-accounts__item"
          onClick={() => onPick(account.email, DEMO_PASSWORD)}
        >
          <span>{account.email}</span>
          <RoleTag role={account.role} />
        </button>
      ))}
      <div className="demo-accounts__hint" style={{ color: token.colorTextTertiary }}>
        {t('pages.login.demo.hint', { password: DEMO_PASSWORD })}
      </div>
    </section>
  );
}
