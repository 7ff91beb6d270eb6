import { Card, Col, Row, Statistic } from 'antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { toNumberOrNull } from '../../lib/excel/values.ts';
import type { DashboardData, KpiBlock } from './types.ts';

const n = (v: unknown) => toNumberOrNull(v) ?? 0;

/** Today and this month: orders, revenue, gross profit (admin/finance only: null for others), payments. */
export function KpiCards({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const block = (key: 'today' | 'month', kpi: KpiBlock) => {
    const items: { id: string; title: string; value: number; money?: boolean }[] = [
      { id: 'revenue', title: t('dashboard_kpis.revenue'), value: n(kpi.revenue), money: true },
      { id: 'orders', title: t('dashboard_kpis.orders'), value: n(kpi.orders) },
    ];
    if (data.costs && kpi.gross_profit !== null && kpi.gross_profit !== undefined) {
      items.push({ id: 'gross_profit', title: t('dashboard_kpis.gross_profit'), value: n(kpi.gross_profit), money: true });
    }
    items.push({ id: 'payments_in', title: t('dashboard_kpis.payments_in'), value: n(kpi.payments_in), money: true });
    return (
      <Card size="small" title={t(`dashboard_kpis.${key}`)} style={{ height: '100%' }}>
        <Row gutter={[12, 12]}>
          {items.map((item) => (
            <Col key={item.id} xs={12} md={24 / items.length}>
              <Statistic
                data-testid={`kpi-${key}-${item.id}`}
                title={item.title}
                value={item.value}
                precision={item.money ? 2 : 0}
                prefix={item.money ? '¥' : undefined}
                valueStyle={{ fontSize: 18, whiteSpace: 'nowrap' }}
              />
            </Col>
          ))}
        </Row>
      </Card>
    );
  };
  return (
    <Row gutter={[16, 16]} data-testid="dashboard-kpis">
      <Col xs={24} xl={10}>
        {block('today', data.today)}
      </Col>
      <Col xs={24} xl={10}>
        {block('month', data.month)}
      </Col>
      <Col xs={24} xl={4}>
        <Card size="small" style={{ height: '100%' }}>
          <Row gutter={[12, 12]}>
            <Col span={12} xl={24}>
              <Link to="/orders">
                <Statistic title={t('dashboard_kpis.openOrders')} value={n(data.open_orders)} valueStyle={{ fontSize: 20 }} />
              </Link>
            </Col>
            <Col span={12} xl={24}>
              <Link to="/returns">
                <Statistic title={t('dashboard_kpis.openReturns')} value={n(data.open_returns)} valueStyle={{ fontSize: 20 }} />
              </Link>
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
