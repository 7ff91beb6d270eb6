import { Button, Result } from 'antd';
import { useGetIdentity, useGo, useTranslate } from '@refinedev/core';
import type { Identity } from '../../providers/auth-provider.ts';

/** 403: a deep link to a screen the user's role cannot use (rendered by <CanAccess fallback>). */
export default function ForbiddenPage() {
  const t = useTranslate();
  const go = useGo();
  const { data: identity } = useGetIdentity<Identity | null>();
  const role = identity?.role ? t(`roles.${identity.role}`) : t('roles.none');
  return (
    <Result
      status="403"
      title={t('pages.forbidden.title')}
      subTitle={t('pages.forbidden.description', { role })}
      extra={
        <Button type="primary" onClick={() => go({ to: '/' })}>
          {t('pages.error.backHome')}
        </Button>
      }
    />
  );
}
