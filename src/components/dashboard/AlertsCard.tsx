import { Badge, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useList, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import type { DashboardData } from './types.ts';

type AlertRow = { id: string; kind: 'low_stock' | 'expiring' | 'expired'; raised_at: string; products: { sku: string; name: string } | null; warehouses: { name: string } | null };
const COLORS = { low_stock: 'warning', expiring: 'orange', expired: 'error' } as const;

/** Open alert counts by kind and the latest few, linking to /alerts. */
export function AlertsCard({ counts }: { counts: DashboardData['alerts'] }) {
  const t = useTranslate();
  const { result } = useList<AlertRow>({
    resource: 'alerts',
    pagination: { currentPage: 1, pageSize: 5 },
    filters: [{ field: 'status', operator: 'ne', value: 'resolved' }],
    sorters: [{ field: 'raised_at', order: 'desc' }],
    meta: { select: 'id, kind, raised_at, products(sku, name), warehouses(name)' },
  });
  return (
    <Card
      size="small"
      data-testid="dashboard-alerts"
      title={
        <Space>
          {t('dashboard_kpis.alerts')}
          <Badge count={counts.total} overflowCount={999} showZero color={counts.total ? '#ff4d4f' : '#52c41a'} />
        </Space>
      }
      extra={<Link to="/alerts">{t('dashboard_kpis.alertsAll')}</Link>}
      style={{ height: '100%' }}
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        {(['low_stock', 'expiring', 'expired'] as const).map((kind) => (
          <Tag key={kind} color={COLORS[kind]}>
            {t(`dashboard_kpis.kinds.${kind}`)} {counts[kind]}
          </Tag>
        ))}
      </Flex>
      {counts.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard_kpis.noAlerts')} />
      ) : (
        <List
          size="small"
          dataSource={result.data}
          renderItem={(a) => (
            <List.Item>
              <Space size={6} wrap>
                <Tag color={COLORS[a.kind]}>{t(`dashboard_kpis.kinds.${a.kind}`)}</Tag>
                <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                  {a.products?.name ?? '—'}
                </Typography.Text>
                <Typography.Text type="secondary">{a.warehouses?.name}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
