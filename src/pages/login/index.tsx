import { useTranslate } from '@refinedev/core';
import { AuthShell } from '../../components/auth/AuthShell.tsx';
import { LoginForm } from '../../components/auth/LoginForm.tsx';

export default function LoginPage() {
  const t = useTranslate();
  return (
    <AuthShell title={t('pages.login.title')}>
      <LoginForm />
    </AuthShell>
  );
}
