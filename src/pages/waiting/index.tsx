import { Navigate } from 'react-router';
import { Button, Result, Space } from 'antd';
import { ClockCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout, useTranslate } from '@refinedev/core';
import { AuthShell } from '../../components/auth/AuthShell.tsx';
import { PageLoader } from '../../components/common/PageLoader.tsx';
import type { Identity } from '../../providers/auth-provider.ts';

/** 等待管理员分配角色: all a signed-in user without a role (or deactivated) can see. */
export default function WaitingPage() {
  const t = useTranslate();
  const { data: identity, isLoading, isFetching, refetch } = useGetIdentity<Identity | null>();
  const { mutate: logout, isPending: loggingOut } = useLogout();

  if (isLoading) return <PageLoader />;
  if (identity?.role && identity.active) return <Navigate to="/" replace />;

  const inactive = identity ? !identity.active : false;
  return (
    <AuthShell width={520}>
      <Result
        icon={inactive ? <StopOutlined /> : <ClockCircleOutlined />}
        status={inactive ? 'warning' : 'info'}
        title={t(inactive ? 'pages.waiting.inactiveTitle' : 'pages.waiting.title')}
        subTitle={t(inactive ? 'pages.waiting.inactive' : 'pages.waiting.description', { email: identity?.email ?? '' })}
        extra={
          <Space>
            <Button type="primary" loading={isFetching} onClick={() => void refetch()}>
              {t('pages.waiting.check')}
            </Button>
            <Button loading={loggingOut} onClick={() => logout()}>
              {t('buttons.logout')}
            </Button>
          </Space>
        }
      />
    </AuthShell>
  );
}
