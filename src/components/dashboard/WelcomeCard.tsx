import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { RoleTag } from '../common/RoleTag.tsx';
import { listableResources, type Resource } from '../../providers/permissions.ts';
import type { Identity } from '../../providers/auth-provider.ts';

/** Resources that already have screens; everything else the role may use is "coming next". */
export const BUILT_RESOURCES: readonly Resource[] = [
  'dashboard',
  'products',
  'categories',
  'brands',
  'warehouses',
  'stock_levels',
  'stock_batches',
  'stock_movements',
  'stock_receipts',
  'stocktakes',
  'transfers',
  'write_offs',
  'alerts',
  'profiles',
  'staff_invitations',
];

export function WelcomeCard({ identity }: { identity: Identity }) {
  const t = useTranslate();
  const upcoming = listableResources(identity.role).filter((resource) => !BUILT_RESOURCES.includes(resource));

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="welcome">
          {t('dashboard.welcome', { name: identity.name })}
        </Typography.Title>
        <Space size={8} align="center">
          <Typography.Text type="secondary">{t('dashboard.roleLine')}</Typography.Text>
          <RoleTag role={identity.role} />
          <Typography.Text type="secondary">{identity.email}</Typography.Text>
        </Space>
        {identity.role === 'admin' && (
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>{t('dashboard.adminNow')}</Typography.Paragraph>
        )}
      </Card>
      <Card title={t('dashboard.nextTitle')}>
        {upcoming.length === 0 ? (
          <Typography.Text type="secondary">{t('dashboard.nothingNext')}</Typography.Text>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('dashboard.nextIntro')}</Typography.Paragraph>
            <Flex wrap gap={8}>
              {upcoming.map((resource) => (
                <Tag key={resource} bordered={false} style={{ fontSize: 14, padding: '4px 10px' }}>
                  {t(`resources.${resource}`)}
                </Tag>
              ))}
            </Flex>
          </>
        )}
      </Card>
    </Flex>
  );
}
