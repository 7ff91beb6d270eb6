/**
 * ExportButton — "导出 Excel" for any Refine list: fetches ALL rows matching the list's current filters
 * and sort (not just the page on screen) through the data provider in pages of 1000 (PostgREST's max
 * rows), shows a progress bar in a modal (cancellable), yields to the browser between pages, then writes
 * one xlsx with the shared workbook builder (title row, frozen header, numeric/currency/date cells, widths,
 * optional totals) and downloads `<title>_<date>.xlsx`.
 *
 * API (everything but `resource`, `title` and `columns` is optional):
 *
 *   <ExportButton
 *     resource="customers"                       // Refine resource (meta.table is honoured via `meta`)
 *     title={t('excel.lists.customers')}         // title row + file name
 *     columns={[                                 // ExcelColumn<Row>[] from lib/excel/values.ts
 *       { key: 'code', title: t('customers.fields.code') },                       // text
 *       { key: 'name', title: t('customers.fields.name') },
 *       { key: 'credit_limit', title: '…', type: 'money', total: 'sum' },         // numeric cell + "¥" format + SUM
 *       { key: 'created_at', title: '…', type: 'datetime' },                      // real date (Asia/Shanghai)
 *       { key: 'kind', title: '…', value: (r) => t(`customers.kinds.${r.kind}`) }, // computed / translated
 *       { key: 'owner.full_name', title: '…' },                                   // path into an embed
 *     ]}
 *     meta={{ select: 'id, code, name, credit_limit, created_at, kind, owner:profiles(full_name)' }}
 *     filters={filters} sorters={sorters}        // default: the list's current ones from the URL (useParsed),
 *                                                //   falling back to defaultFilters / defaultSorters
 *     defaultFilters={[…]} defaultSorters={[…]}  // what the list applies before the URL has any
 *     permanentFilters={[…]}                     // always applied (e.g. a product page's own id)
 *     tiebreaker="id"                            // unique column appended to the sort so pages never overlap
 *     totalsLabel={t('reports.total')}           // add a totals row (columns with `total`)
 *     size="middle" type="default"               // antd Button props
 *   />
 *
 * Or the hook: `const { run, modal } = useListExport(options)`; render `modal`, call `run()`.
 * Only roles that may list the resource see its list, and RLS decides which rows come back.
 */
import { useRef, useState } from 'react';
import { Button, Modal, Progress, Typography, type ButtonProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useDataProvider, useNotification, useParsed, useTranslate, type CrudFilter, type CrudSort } from '@refinedev/core';
import { EXPORT_PAGE_SIZE, listExportParams } from './list-query.ts';
import type { ExcelColumn } from './values.ts';

export { EXPORT_PAGE_SIZE, listExportParams };

export type ListExportOptions<R = Record<string, unknown>> = {
  resource: string;
  title: string;
  columns: ExcelColumn<R>[];
  meta?: Record<string, unknown>;
  filters?: CrudFilter[];
  sorters?: CrudSort[];
  defaultFilters?: CrudFilter[];
  defaultSorters?: CrudSort[];
  permanentFilters?: CrudFilter[];
  tiebreaker?: string | null;
  totalsLabel?: string;
};

type State = { phase: 'reading' | 'writing'; done: number; total: number | null } | null;

export function useListExport<R = Record<string, unknown>>(options: ListExportOptions<R>) {
  const t = useTranslate();
  const dataProvider = useDataProvider();
  const parsed = useParsed();
  const { open } = useNotification();
  const [state, setState] = useState<State>(null);
  const cancelled = useRef(false);

  const run = async () => {
    cancelled.current = false;
    const urlHasFilters = typeof window !== 'undefined' && /[?&]filters(\[|%5B)/.test(window.location.search);
    const urlHasSorters = typeof window !== 'undefined' && /[?&]sorters(\[|%5B)/.test(window.location.search);
    const { filters, sorters, meta } = listExportParams(options, {
      filters: urlHasFilters ? (parsed.params?.filters as CrudFilter[] | undefined) ?? [] : undefined,
      sorters: urlHasSorters ? (parsed.params?.sorters as CrudSort[] | undefined) ?? [] : undefined,
    });
    const rows: R[] = [];
    setState({ phase: 'reading', done: 0, total: null });
    const { yieldToBrowser, downloadBytes } = await import('./download.ts');
    try {
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider().getList<R & Record<string, unknown>>({
          resource: options.resource,
          pagination: { currentPage: page, pageSize: EXPORT_PAGE_SIZE, mode: 'server' },
          filters,
          sorters,
          meta,
        });
        if (cancelled.current) {
          open?.({ type: 'success', message: t('excel.cancelled') });
          return;
        }
        rows.push(...(data as R[]));
        setState({ phase: 'reading', done: rows.length, total: total ?? null });
        await yieldToBrowser();
        // An estimated count (meta.count 'estimated' / 'planned') may be below the real one: only an exact one ends the loop early.
        if (data.length < EXPORT_PAGE_SIZE || (meta.count === 'exact' && total !== undefined && rows.length >= total)) break;
      }
      setState({ phase: 'writing', done: rows.length, total: rows.length });
      await yieldToBrowser();
      const { sheetBytes, excelFileName } = await import('./workbook.ts');
      const bytes = sheetBytes({ title: options.title, columns: options.columns, rows, totalsLabel: options.totalsLabel, labels: { period: t('reports.period'), generatedAt: t('reports.generatedAt') } });
      if (cancelled.current) return;
      downloadBytes(bytes, excelFileName(options.title));
      open?.({ type: 'success', message: t('excel.done', { count: rows.length }) });
    } catch (error) {
      open?.({ type: 'error', message: t('excel.failed'), description: error instanceof Error ? error.message : (error as { message?: string })?.message });
    } finally {
      setState(null);
    }
  };

  const percent = state ? (state.phase === 'writing' ? 100 : state.total ? Math.min(99, Math.floor((state.done / state.total) * 100)) : 0) : 0;
  const modal = (
    <Modal
      open={!!state}
      title={`${t('excel.exporting')} · ${options.title}`}
      closable={false}
      maskClosable={false}
      footer={
        <Button onClick={() => { cancelled.current = true; setState(null); }} disabled={state?.phase === 'writing'}>
          {t('excel.cancel')}
        </Button>
      }
    >
      <div data-testid="export-progress">
        <Progress percent={percent} status={state?.phase === 'writing' ? 'active' : undefined} />
        <Typography.Text type="secondary">
          {state?.phase === 'writing'
            ? t('excel.writing')
            : state?.total
              ? t('excel.reading', { done: state.done, total: state.total })
              : t('excel.readingUnknown', { done: state?.done ?? 0 })}
        </Typography.Text>
      </div>
    </Modal>
  );
  return { run, modal, busy: !!state };
}

export function ExportButton<R = Record<string, unknown>>({ size, type, ...options }: ListExportOptions<R> & Pick<ButtonProps, 'size' | 'type'>) {
  const t = useTranslate();
  const { run, modal, busy } = useListExport(options);
  return (
    <>
      <Button icon={<DownloadOutlined />} size={size} type={type} loading={busy} onClick={() => void run()} data-testid="export-button">
        {t('excel.export')}
      </Button>
      {modal}
    </>
  );
}
