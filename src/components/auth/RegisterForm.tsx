import { Alert, Button, Form, Input } from 'antd';
import { AuthFootnote } from './AuthShell.tsx';
import { useLink, useRegister, useTranslate } from '@refinedev/core';

type RegisterValues = { fullName: string; email: string; password: string; confirmPassword: string };

/** Matches supabase/config.toml [auth] minimum_password_length. */
const MIN_PASSWORD_LENGTH = 6;

export function RegisterForm() {
  const t = useTranslate();
  const Link = useLink();
  const { mutate: register, isPending } = useRegister<{ email: string; password: string; fullName: string }>();

  return (
    <>
      <Alert type="info" showIcon message={t('pages.register.hint')} style={{ marginBottom: 16 }} />
      <Form<RegisterValues>
        layout="vertical"
        requiredMark={false}
        onFinish={({ fullName, email, password }) => register({ fullName, email, password })}
      >
        <Form.Item
          name="fullName"
          label={t('pages.register.fields.fullName')}
          rules={[{ required: true, whitespace: true, message: t('pages.register.errors.requiredFullName') }]}
        >
          <Input autoComplete="name" maxLength={80} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('pages.register.fields.email')}
          rules={[
            { required: true, message: t('pages.register.errors.requiredEmail') },
            { type: 'email', message: t('pages.register.errors.validEmail') },
          ]}
        >
          <Input autoComplete="email" placeholder="name@example.com" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('pages.register.fields.password')}
          rules={[
            { required: true, message: t('pages.register.errors.requiredPassword') },
            { min: MIN_PASSWORD_LENGTH, message: t('pages.register.errors.passwordLength', { min: MIN_PASSWORD_LENGTH }) },
          ]}
          hasFeedback
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('pages.register.fields.confirmPassword')}
          dependencies={['password']}
          hasFeedback
          rules={[
            { required: true, message: t('pages.register.errors.requiredConfirmPassword') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('pages.register.errors.confirmPasswordNotMatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={isPending}>
          {t('pages.register.buttons.submit')}
        </Button>
      </Form>
      <AuthFootnote>
        {t('pages.register.buttons.haveAccount')} <Link to="/login">{t('pages.register.signin')}</Link>
      </AuthFootnote>
    </>
  );
}
