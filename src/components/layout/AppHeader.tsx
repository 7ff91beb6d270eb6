import { Avatar, Button, Layout, Space, Typography, theme } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout, useTranslate, useWarnAboutChange } from '@refinedev/core';
import { LanguageSwitch } from '../common/LanguageSwitch.tsx';
import { RoleTag } from '../common/RoleTag.tsx';
import { AlertBadge } from '../alerts/AlertBadge.tsx';
import type { Identity } from '../../providers/auth-provider.ts';

/** Language switch, who is signed in (name + role) and sign-out. */
export function AppHeader() {
  const t = useTranslate();
  const { token } = theme.useToken();
  const { data: identity } = useGetIdentity<Identity | null>();
  const { mutate: logout, isPending } = useLogout();
  const { warnWhen, setWarnWhen } = useWarnAboutChange();

  const signOut = () => {
    if (warnWhen && !window.confirm(t('warnWhenUnsavedChanges'))) return;
    setWarnWhen(false);
    logout();
  };

  return (
    <Layout.Header
      className="app-header"
      style={{
        backgroundColor: token.colorBgElevated,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Space size="middle" align="center">
        <AlertBadge />
        <LanguageSwitch size="small" />
        {identity && (
          <Space size={8} align="center" className="app-header__user" data-testid="current-user">
            <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: token.colorPrimary }} />
            <Typography.Text strong className="app-header__name">
              {identity.name}
            </Typography.Text>
            <RoleTag role={identity.role} />
          </Space>
        )}
        <Button icon={<LogoutOutlined />} onClick={signOut} loading={isPending}>
          {t('header.signOut')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
