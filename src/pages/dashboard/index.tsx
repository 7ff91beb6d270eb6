import { Alert, Button, Flex, Skeleton, Space, Typography } from 'antd';
import { useCan, useGetIdentity, useTranslate } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { WelcomeCard } from '../../components/dashboard/WelcomeCard.tsx';
import { KpiCards } from '../../components/dashboard/KpiCards.tsx';
import { DashboardCharts } from '../../components/dashboard/DashboardCharts.tsx';
import type { DashboardData } from '../../components/dashboard/types.ts';
import { PageLoader } from '../../components/common/PageLoader.tsx';
import { useRpcQueryFn } from '../../components/common/useRpc.ts';
import type { Identity } from '../../providers/auth-provider.ts';

/** The home page: greeting, today / this month KPIs (profit for admin and finance), trend, top products, category share, open alerts. */
export default function DashboardPage() {
  const t = useTranslate();
  const { data: identity } = useGetIdentity<Identity | null>();
  const { data: canReports } = useCan({ resource: 'reports', action: 'list' });
  const rpc = useRpcQueryFn();
  const query = useQuery({
    queryKey: ['report', 'report_dashboard'],
    queryFn: () => rpc<DashboardData>('report_dashboard', {}),
    enabled: !!identity,
    staleTime: 30_000,
  });
  if (!identity) return <PageLoader />;
  const data = query.data;
  return (
    <Flex vertical gap={16}>
      <WelcomeCard
        identity={identity}
        extra={
          <Space>
            {data && (
              <Typography.Text type="secondary">
                {t('dashboard_kpis.asOf', { date: data.as_of })}
                {data.scope === 'own' && ` ${t('dashboard_kpis.ownScope')}`}
              </Typography.Text>
            )}
            {canReports?.can && (
              <Link to="/reports">
                <Button>{t('dashboard_kpis.reportsLink')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      {query.error && <Alert type="error" showIcon message={(query.error as Error).message} />}
      {!data && !query.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <>
          <KpiCards data={data} />
          <DashboardCharts data={data} />
        </>
      )}
    </Flex>
  );
}
