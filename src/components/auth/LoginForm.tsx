import { useState, type FormEvent } from 'react';
import { Button, theme } from 'antd';
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useLink, useLogin, useTranslate } from '@refinedev/core';
import { AuthFootnote } from './AuthShell.tsx';
import { DemoAccounts } from './DemoAccounts.tsx';

type LoginValues = { email: string; password: string };
type Errors = Partial<Record<keyof LoginValues, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Email + password sign-in. Deliberately built from Input and Button only: antd's Form brings
 * rc-field-form, an async validator and Tooltip, about 55 kB gzip the login route does not need.
 */
export function LoginForm() {
  const t = useTranslate();
  const Link = useLink();
  const { token } = theme.useToken();
  const { mutate: login, isPending } = useLogin<LoginValues>();
  const [values, setValues] = useState<LoginValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});

  const validate = (v: LoginValues): Errors => {
    const next: Errors = {};
    if (!v.email.trim()) next.email = t('pages.login.errors.requiredEmail');
    else if (!EMAIL_PATTERN.test(v.email.trim())) next.email = t('pages.login.errors.validEmail');
    if (!v.password) next.password = t('pages.login.errors.requiredPassword');
    return next;
  };

  const change = (field: keyof LoginValues, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (errors[field]) setErrors({ ...errors, [field]: validate(next)[field] });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (!found.email && !found.password) login({ email: values.email.trim(), password: values.password });
  };

  const error = (field: keyof LoginValues) =>
    errors[field] ? (
      <div id={`login-${field}-error`} className="field__error" role="alert" style={{ color: token.colorError }}>
        {errors[field]}
      </div>
    ) : null;

  return (
    <>
      <form noValidate onSubmit={submit} className="login-form">
        <div className="field">
          <label htmlFor="login-email" className="field__label">
            {t('pages.login.fields.email')}
          </label>
          <Input
            id="login-email"
            name="email"
            size="large"
            autoComplete="username"
            inputMode="email"
            placeholder="name@example.com"
            value={values.email}
            status={errors.email ? 'error' : undefined}
            aria-invalid={!!errors.email}
            aria-describedby={errors.email ? 'login-email-error' : undefined}
            onChange={(event) => change('email', event.target.value)}
          />
          {error('email')}
        </div>
        <div className="field">
          <label htmlFor="login-password" className="field__label">
            {t('pages.login.fields.password')}
          </label>
          <Password
            id="login-password"
            name="password"
            size="large"
            autoComplete="current-password"
            value={values.password}
            status={errors.password ? 'error' : undefined}
            aria-invalid={!!errors.password}
            aria-describedby={errors.password ? 'login-password-error' : undefined}
            onChange={(event) => change('password', event.target.value)}
          />
          {error('password')}
        </div>
        <Button type="primary" htmlType="submit" size="large" block loading={isPending}>
          {t('pages.login.signin')}
        </Button>
      </form>
      <AuthFootnote>
        {t('pages.login.buttons.noAccount')} <Link to="/register">{t('pages.login.signup')}</Link>
      </AuthFootnote>
      {import.meta.env.DEV && (
        <DemoAccounts
          onPick={(email, password) => {
            setValues({ email, password });
            setErrors({});
          }}
        />
      )}
    </>
  );
}
