import { lazy, Suspense } from 'react';
import { Card, Col, Row as Grid, Skeleton, Statistic } from 'antd';
import { useTranslate } from '@refinedev/core';
import { toNumberOrNull } from '../../lib/excel/values.ts';

const ReportChart = lazy(() => import('./ReportChart.tsx'));

export type CustomersReport = {
  summary: {
    customers: number;
    new_customers: number;
    returning_customers: number;
    repeat_purchase_rate: number | null;
    orders: number;
    revenue: number;
    average_order_value: number | null;
  };
  rfm_distribution: { score: number; r: number; f: number; m: number }[] | null;
};

/** report_customers' summary figures and the RFM score distribution. */
export function CustomersSummary({ data }: { data: CustomersReport }) {
  const t = useTranslate();
  const s = data.summary;
  const n = (v: unknown) => toNumberOrNull(v) ?? 0;
  const items: [string, number, { precision?: number; prefix?: string; suffix?: string }][] = [
    ['customers', n(s.customers), {}],
    ['new_customers', n(s.new_customers), {}],
    ['returning_customers', n(s.returning_customers), {}],
    ['repeat_purchase_rate', n(s.repeat_purchase_rate) * 100, { precision: 1, suffix: '%' }],
    ['orders', n(s.orders), {}],
    ['revenue', n(s.revenue), { precision: 2, prefix: '¥' }],
    ['average_order_value', n(s.average_order_value), { precision: 2, prefix: '¥' }],
  ];
  const measures = [
    ['r', t('reports.summary.recency')],
    ['f', t('reports.summary.frequency')],
    ['m', t('reports.summary.monetary')],
  ] as const;
  const rfm = (data.rfm_distribution ?? []).flatMap((d) =>
    measures.map(([key, label]) => ({ score: t('reports.summary.score', { score: d.score }), customers: d[key], measure: label })),
  );
  return (
    <>
      <Card size="small" data-testid="customers-summary">
        <Grid gutter={[16, 16]}>
          {items.map(([key, value, opts]) => (
            <Col key={key} xs={12} md={6} xl={3}>
              <Statistic title={t(`reports.summary.${key}`)} value={value} {...opts} valueStyle={{ fontSize: 20, whiteSpace: 'nowrap' }} />
            </Col>
          ))}
        </Grid>
      </Card>
      {rfm.length > 0 && (
        <Card size="small" title={t('reports.summary.rfm')}>
          <Suspense fallback={<Skeleton active />}>
            <ReportChart spec={{ kind: 'column', data: rfm, xField: 'score', yField: 'customers', colorField: 'measure' }} height={240} />
          </Suspense>
        </Card>
      )}
    </>
  );
}
