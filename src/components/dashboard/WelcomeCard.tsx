import { Card, Flex, Space, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { RoleTag } from '../common/RoleTag.tsx';
import type { Identity } from '../../providers/auth-provider.ts';

/** The greeting at the top of the dashboard (browser tests wait for data-testid="welcome"). */
export function WelcomeCard({ identity, extra }: { identity: Identity; extra?: React.ReactNode }) {
  const t = useTranslate();
  return (
    <Card size="small">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space direction="vertical" size={2}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="welcome">
            {t('dashboard.welcome', { name: identity.name })}
          </Typography.Title>
          <Space size={8} align="center" wrap>
            <Typography.Text type="secondary">{t('dashboard.roleLine')}</Typography.Text>
            <RoleTag role={identity.role} />
            <Typography.Text type="secondary">{identity.email}</Typography.Text>
          </Space>
        </Space>
        {extra}
      </Flex>
    </Card>
  );
}
