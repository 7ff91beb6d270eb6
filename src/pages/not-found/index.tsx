import { Button, Result } from 'antd';
import { useGo, useTranslate } from '@refinedev/core';

export default function NotFoundPage() {
  const t = useTranslate();
  const go = useGo();
  return (
    <Result
      status="404"
      title={t('pages.error.404')}
      subTitle={t('pages.error.info')}
      extra={
        <Button type="primary" onClick={() => go({ to: '/' })}>
          {t('pages.error.backHome')}
        </Button>
      }
    />
  );
}
