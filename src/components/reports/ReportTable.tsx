import { useMemo } from 'react';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { toNumberOrNull, type ExcelColumn } from '../../lib/excel/values.ts';
import { PAGE_SIZES, type Row } from './definitions.ts';

const qty = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dec2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dec4 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** A value as the table shows it (the Excel file holds the same number with a format). */
export function display(column: ExcelColumn<Row>, raw: unknown): string {
  if (raw === null || raw === undefined || raw === '') return '—';
  const type = column.type ?? 'text';
  if (type === 'text' || type === 'date') return String(raw);
  if (type === 'datetime') return String(raw).replace('T', ' ').slice(0, 19);
  const n = toNumberOrNull(raw);
  if (n === null) return String(raw);
  switch (type) {
    case 'money':
      return `¥${dec2.format(n)}`;
    case 'cost':
      return `¥${dec4.format(n)}`;
    case 'percent':
      return `${(n * 100).toFixed(2)}%`;
    case 'integer':
      return int.format(n);
    case 'number':
      return dec2.format(n);
    default:
      return qty.format(n);
  }
}

export function cellValue(column: ExcelColumn<Row>, row: Row): unknown {
  if (column.value) return column.value(row);
  let v: unknown = row;
  for (const part of column.key.split('.')) v = v == null ? undefined : (v as Row)[part];
  return v;
}

/**
 * Column totals as the Excel totals row computes them (sum, or a function of the sums). A column with no
 * number at all (a cost the user may not see) has no total, not a total of zero.
 */
export function totals(columns: ExcelColumn<Row>[], rows: Row[]): Record<string, number | null> {
  const sums: Record<string, number> = {};
  const counted = new Set<string>();
  for (const c of columns) {
    sums[c.key] = 0;
    for (const r of rows) {
      const n = toNumberOrNull(cellValue(c, r));
      if (n === null) continue;
      sums[c.key] += n;
      counted.add(c.key);
    }
  }
  const out: Record<string, number | null> = {};
  for (const c of columns) {
    if (c.total === 'sum') out[c.key] = counted.has(c.key) ? Math.round(sums[c.key] * 10000) / 10000 : null;
    else if (typeof c.total === 'function') out[c.key] = c.total(sums);
  }
  return out;
}

const isNumeric = (c: ExcelColumn<Row>) => !['text', 'date', 'datetime', undefined].includes(c.type);

/** Sorting by a column, in the browser. */
function sorterOf(c: ExcelColumn<Row>) {
  if (isNumeric(c)) return (a: Row, b: Row) => (toNumberOrNull(cellValue(c, a)) ?? -Infinity) - (toNumberOrNull(cellValue(c, b)) ?? -Infinity);
  if (c.type === 'date' || c.type === 'text') return (a: Row, b: Row) => String(cellValue(c, a) ?? '').localeCompare(String(cellValue(c, b) ?? ''));
  return undefined;
}

/** A table that holds one page of the report: the page is the server's, in the server's order. */
export type ServerPage = { current: number; pageSize: number; total: number; onChange: (current: number, pageSize: number) => void };

type Props = {
  columns: ExcelColumn<Row>[];
  rows: Row[];
  loading?: boolean;
  totalsLabel?: string;
  /** Rows whose sums are the totals (the report's summary when `rows` is one page); `rows` by default. */
  totalsOf?: Row[];
  serverPage?: ServerPage;
  empty: string;
};

/** The report's table: same columns (and totals) as its Excel file. */
export function ReportTable({ columns, rows, loading, totalsLabel, totalsOf = rows, serverPage, empty }: Props) {
  const antColumns: ColumnsType<Row> = columns.map((c, i) => ({
    key: c.key,
    title: c.title,
    align: isNumeric(c) ? 'right' : 'left',
    fixed: i === 0 && columns.length > 8 ? 'left' : undefined,
    className: 'nowrap',
    render: (_: unknown, row: Row) => display(c, cellValue(c, row)),
    // Sorting one page of a longer report would look like sorting all of it.
    sorter: serverPage ? undefined : sorterOf(c),
  }));
  const sums = totalsLabel ? totals(columns, totalsOf) : {};
  // A report can hold tens of thousands of rows ("all" by customer): keys by position, looked up once each.
  const rowKeys = useMemo(() => new Map(rows.map((row, i) => [row, String(i)])), [rows]);
  return (
    <Table<Row>
      data-testid="report-table"
      size="small"
      rowKey={(row) => rowKeys.get(row) ?? ''}
      // The row summing the keys beyond a period's top ones (p_top) reads as a subtotal.
      rowClassName={(row) => (row.others != null ? 'report-others-row' : '')}
      columns={antColumns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={
        serverPage
          ? { current: serverPage.current, pageSize: serverPage.pageSize, total: serverPage.total, pageSizeOptions: [...PAGE_SIZES], showSizeChanger: true, onChange: serverPage.onChange }
          : rows.length > 50
            ? { pageSize: 50, showSizeChanger: true }
            : false
      }
      locale={{ emptyText: <Typography.Text type="secondary">{empty}</Typography.Text> }}
      summary={
        totalsLabel && totalsOf.length
          ? () => (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="report-totals">
                  {columns.map((c, i) => (
                    <Table.Summary.Cell key={c.key} index={i} align={isNumeric(c) ? 'right' : 'left'}>
                      <Typography.Text strong>{i === 0 ? totalsLabel : c.key in sums ? display(c, sums[c.key]) : ''}</Typography.Text>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            )
          : undefined
      }
    />
  );
}
