import { useTranslate } from '@refinedev/core';
import { AuthShell } from '../../components/auth/AuthShell.tsx';
import { RegisterForm } from '../../components/auth/RegisterForm.tsx';

export default function RegisterPage() {
  const t = useTranslate();
  return (
    <AuthShell title={t('pages.register.title')}>
      <RegisterForm />
    </AuthShell>
  );
}
