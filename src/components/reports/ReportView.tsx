import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useNotification, useTranslate } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { useRpcQueryFn } from '../common/useRpc.ts';
import { businessToday } from '../common/format.ts';
import { REPORTS, reportSheet, type ReportKey, type Row } from './definitions.ts';
import { ReportFilters } from './ReportFilters.tsx';
import { ReportTable } from './ReportTable.tsx';
import { ReportsNav } from './ReportsNav.tsx';
import { CustomersSummary, type CustomersReport } from './CustomersSummary.tsx';
import { useReportParams } from './useReportParams.ts';
import { readReport } from './readReport.ts';

const ReportChart = lazy(() => import('./ReportChart.tsx'));

/** One report: its settings, a chart, the table and the Excel export of exactly that table. */
export function ReportView({ reportKey }: { reportKey: ReportKey }) {
  const def = REPORTS[reportKey];
  const t = useTranslate();
  const rpc = useRpcQueryFn();
  const { open } = useNotification();
  const { params, update } = useReportParams(def);
  const args = def.args(params);
  // A long report ("all" by customer, or an export of a paged one) arrives 1000 rows a call: say how far it has got.
  const [arrived, setArrived] = useState(0);
  const readAll = () => {
    setArrived(0);
    return readReport((a, options) => rpc<unknown>(def.rpc, a, options), def, params, setArrived);
  };
  const pageArgs = def.paged ? { ...args, p_limit: params.pageSize, p_offset: (params.page - 1) * params.pageSize } : args;
  const query = useQuery({
    queryKey: ['report', def.rpc, pageArgs],
    queryFn: () => (def.paged ? rpc<unknown>(def.rpc, pageArgs) : readAll()),
    placeholderData: (prev) => prev,
  });
  const summaryQuery = useQuery({
    queryKey: ['report', def.paged?.summaryRpc, args],
    queryFn: () => rpc<unknown>(def.paged!.summaryRpc, args),
    enabled: Boolean(def.paged),
    placeholderData: (prev) => prev,
  });
  const rows: Row[] = query.data === undefined ? [] : def.rows(query.data);
  // What the chart and the totals row sum: every row, or the paged report's summary.
  const wholeRows: Row[] = !def.paged ? rows : summaryQuery.data === undefined ? [] : def.rows(summaryQuery.data);
  const rowCount = def.paged ? def.paged.count(wholeRows) : rows.length;
  const columns = def.columns(t, params);
  const chart = def.chart(wholeRows, t, params);
  const [exporting, setExporting] = useState(false);

  const exportExcel = async () => {
    setExporting(true);
    try {
      const [{ sheetBytes, excelFileName }, { downloadBytes }, allRows] = await Promise.all([
        import('../../lib/excel/workbook.ts'),
        import('../../lib/excel/download.ts'),
        def.paged ? readAll().then((data) => def.rows(data)) : rows,
      ]);
      const spec = reportSheet(def, t, params, allRows);
      downloadBytes(sheetBytes(spec), excelFileName(spec.title, spec.period));
    } catch (error) {
      open?.({ type: 'error', message: t('excel.failed'), description: error instanceof Error ? error.message : undefined });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex gap={16} align="flex-start">
      <Card size="small" style={{ width: 180, flex: 'none' }} styles={{ body: { padding: 4 } }}>
        <ReportsNav current={reportKey} />
      </Card>
      <Flex vertical gap={16} style={{ flex: 1, minWidth: 0 }}>
        <Card
          title={
            <Space direction="vertical" size={0} style={{ padding: '8px 0' }}>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-title">
                {t(`reports.names.${reportKey}`)}
              </Typography.Title>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13, whiteSpace: 'normal' }}>
                {t(`reports.descriptions.${reportKey}`)}
                {!def.period && ` ${t('reports.asOf', { date: businessToday() })}`}
              </Typography.Text>
            </Space>
          }
          extra={
            <Button type="primary" icon={<DownloadOutlined />} loading={exporting} disabled={query.isFetching || !query.data} onClick={exportExcel}>
              {t('excel.export')}
            </Button>
          }
        >
          <ReportFilters def={def} params={params} onChange={update} />
        </Card>
        {(query.error ?? summaryQuery.error) && <Alert type="error" showIcon message={((query.error ?? summaryQuery.error) as Error).message} />}
        {reportKey === 'customers' && query.data ? <CustomersSummary data={query.data as CustomersReport} /> : null}
        {chart && (
          <Card size="small" data-testid="report-chart">
            <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
              <ReportChart spec={chart} />
            </Suspense>
          </Card>
        )}
        <Card
          size="small"
          title={reportKey === 'customers' ? t('reports.summary.top') : undefined}
          extra={
            <Typography.Text type="secondary" data-testid="report-rows">
              {(query.isFetching || exporting) && arrived > 0 ? t('reports.arriving', { count: arrived }) : t('reports.rows', { count: rowCount })}
            </Typography.Text>
          }
        >
          <ReportTable
            columns={columns}
            rows={rows}
            loading={query.isFetching}
            totalsLabel={def.totals ? t('reports.total') : undefined}
            totalsOf={wholeRows}
            serverPage={
              def.paged
                ? {
                    current: params.page,
                    pageSize: params.pageSize,
                    total: rowCount,
                    onChange: (page, pageSize) => update(pageSize === params.pageSize ? { page } : { pageSize }),
                  }
                : undefined
            }
            empty={t('reports.empty')}
          />
        </Card>
      </Flex>
    </Flex>
  );
}
