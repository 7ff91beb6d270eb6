import { lazy, Suspense } from 'react';
import { Card, Col, Empty, Row, Skeleton } from 'antd';
import { useTranslate } from '@refinedev/core';
import { toNumberOrNull } from '../../lib/excel/values.ts';
import type { DashboardData } from './types.ts';
import { AlertsCard } from './AlertsCard.tsx';

// @ant-design/plots arrives with the first chart, after the KPIs have painted.
const ReportChart = lazy(() => import('../reports/ReportChart.tsx'));

const n = (v: unknown) => toNumberOrNull(v) ?? 0;

/** Sales trend (30 days), top products and category share of this month, open alerts. */
export function DashboardCharts({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const none = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard_kpis.noData')} />;
  const trend = (data.trend ?? []).flatMap((d) => [
    { day: d.day.slice(5), value: n(d.revenue), measure: t('dashboard_kpis.revenue') },
    ...(data.costs && d.gross_profit !== null ? [{ day: d.day.slice(5), value: n(d.gross_profit), measure: t('dashboard_kpis.gross_profit') }] : []),
  ]);
  const top = data.top_products.map((p) => ({ name: p.name, revenue: n(p.revenue) }));
  const share = data.category_share.map((c) => ({ name: c.name ?? t('reports.none'), revenue: n(c.revenue) }));
  const chart = (node: React.ReactNode) => <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>{node}</Suspense>;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card size="small" title={t('dashboard_kpis.trend')} data-testid="dashboard-trend">
          {trend.length ? chart(<ReportChart spec={{ kind: 'line', data: trend, xField: 'day', yField: 'value', colorField: 'measure', money: true }} height={280} />) : none}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <AlertsCard counts={data.alerts} />
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('dashboard_kpis.topProducts')} data-testid="dashboard-top-products">
          {top.length ? chart(<ReportChart spec={{ kind: 'bar', data: top, xField: 'name', yField: 'revenue', money: true }} height={300} />) : none}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('dashboard_kpis.categoryShare')} data-testid="dashboard-category-share">
          {share.length ? chart(<ReportChart spec={{ kind: 'pie', data: share, angleField: 'revenue', colorField: 'name', money: true }} height={300} />) : none}
        </Card>
      </Col>
    </Row>
  );
}
