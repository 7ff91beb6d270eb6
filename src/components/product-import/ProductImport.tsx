import { useState } from 'react';
import { Alert, Button, Flex, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useDataProvider, useInvalidate, useList, useNotification, useTranslate, type HttpError } from '@refinedev/core';
import { reportsZhCN } from '../../i18n/areas/reports/zh-CN.ts';
import { reportsEn } from '../../i18n/areas/reports/en.ts';
import { downloadBytes } from '../../lib/excel/download.ts';
import { errorMessage } from '../../providers/error-messages.ts';
import { headerMap, IMPORT_FIELDS, MAX_IMPORT_ROWS, readSheet, templateBytes, validateRows, type ImportField, type ImportRow, type Problem } from './validate.ts';

const HEADERS = headerMap({ 'zh-CN': reportsZhCN.product_import.headers, en: reportsEn.product_import.headers });

type Checked = { file: string; rows: ImportRow[]; problems: Problem[]; payload: ImportRow[]; fileError?: string };
type ServerProblem = { line: number; field: string; code: string };

/**
 * Excel import of products: template download, upload, a row-by-row report of every problem (Excel row,
 * column, what is wrong), then one all-or-nothing call of public.import_products.
 */
export function ProductImport({ onDone }: { onDone?: (count: number) => void }) {
  const t = useTranslate();
  const dataProvider = useDataProvider();
  const invalidate = useInvalidate();
  const { open } = useNotification();
  const categories = useList<{ id: string; name: string; parent_id: string | null }>({ resource: 'categories', pagination: { mode: 'off' }, meta: { select: 'id, name, parent_id' } });
  const brands = useList<{ id: string; name: string }>({ resource: 'brands', pagination: { mode: 'off' }, meta: { select: 'id, name' } });
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [server, setServer] = useState<{ message: string; problems: ServerProblem[] } | null>(null);
  const header = (field: string) => (IMPORT_FIELDS.includes(field as ImportField) ? t(`product_import.headers.${field}`) : field);

  const downloadTemplate = () => {
    const words = {
      headers: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, t(`product_import.headers.${f}`)])) as Record<ImportField, string>,
      example: {
        name: t('product_import.example.name'),
        spec: t('product_import.example.spec'),
        unit: t('product_import.example.unit'),
        category: categories.result.data[0]?.name,
        brand: brands.result.data[0]?.name,
        status: t('product_import.statuses.draft'),
        yes: t('product_import.yes'),
        no: t('product_import.no'),
      },
      sheet: t('product_import.templateSheet'),
      notesSheet: t('product_import.notesSheet'),
      notes: ['title', 'required', 'sku', 'category', 'price', 'status', 'batches', 'example'].map((k) => t(`product_import.notes.${k}`)),
    };
    downloadBytes(templateBytes(words), `${t('product_import.templateFile')}.xlsx`);
  };

  /** SKUs / barcodes of the file already in the catalogue, asked in chunks. */
  const existing = async (field: 'sku' | 'barcode', values: string[]) => {
    const found = new Set<string>();
    for (let i = 0; i < values.length; i += 200) {
      const chunk = values.slice(i, i + 200);
      const { data } = await dataProvider().getList<Record<string, string>>({
        resource: 'products',
        pagination: { currentPage: 1, pageSize: 1000, mode: 'server' },
        filters: [{ field, operator: 'in', value: chunk }],
        meta: { select: field },
      });
      for (const row of data) found.add(row[field]);
    }
    return found;
  };

  const check = async (file: File) => {
    setBusy('checking');
    setServer(null);
    try {
      let rows: ImportRow[];
      try {
        rows = readSheet(await file.arrayBuffer(), HEADERS).rows;
      } catch {
        setChecked({ file: file.name, rows: [], problems: [], payload: [], fileError: t('product_import.badFile') });
        return;
      }
      if (!rows.length) return setChecked({ file: file.name, rows, problems: [], payload: [], fileError: t('product_import.noRows') });
      if (rows.length > MAX_IMPORT_ROWS) return setChecked({ file: file.name, rows, problems: [], payload: [], fileError: t('product_import.tooMany', { max: MAX_IMPORT_ROWS }) });
      const values = (field: 'sku' | 'barcode') => [...new Set(rows.map((r) => String(r[field] ?? '').trim()).filter(Boolean))];
      const [existingSkus, existingBarcodes] = await Promise.all([existing('sku', values('sku')), existing('barcode', values('barcode'))]);
      const { problems, payload } = validateRows(rows, { categories: categories.result.data, brands: brands.result.data, existingSkus, existingBarcodes });
      setChecked({ file: file.name, rows, problems, payload });
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    if (!checked) return;
    setBusy('importing');
    try {
      const { data } = await dataProvider().custom!({ url: 'rpc/import_products', method: 'post', payload: { p_rows: checked.payload } });
      const count = Number(data);
      await invalidate({ resource: 'products', invalidates: ['all'] });
      open?.({ type: 'success', message: t('product_import.imported', { count }) });
      setChecked(null);
      onDone?.(count);
    } catch (error) {
      const e = error as HttpError & { details?: string };
      let problems: ServerProblem[] = [];
      try {
        problems = (JSON.parse(e.details ?? '{}') as { errors?: ServerProblem[] }).errors ?? [];
      } catch {
        problems = [];
      }
      setServer({ message: e.message, problems });
    } finally {
      setBusy(null);
    }
  };

  const problemText = (p: Problem) => t(`product_import.problems.${p.code}`, p.params ?? {});
  const tr = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});

  return (
    <Flex vertical gap={16} data-testid="product-import">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('product_import.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={downloadTemplate}>
          {t('product_import.template')}
        </Button>
        <Upload
          accept=".xlsx,.xls"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy === 'checking'} data-testid="import-upload">
            {checked ? t('product_import.reupload') : t('product_import.upload')}
          </Button>
        </Upload>
      </Space>

      {checked?.fileError && <Alert type="error" showIcon message={checked.fileError} />}
      {checked && !checked.fileError && (
        <>
          <Typography.Text>{t('product_import.fileInfo', { file: checked.file, count: checked.rows.length })}</Typography.Text>
          {checked.problems.length === 0 ? (
            <Alert type="success" showIcon message={t('product_import.valid', { count: checked.rows.length })} data-testid="import-valid" />
          ) : (
            <Alert type="error" showIcon message={t('product_import.invalid', { count: checked.problems.length })} data-testid="import-invalid" />
          )}
          {checked.problems.length > 0 && (
            <Table<Problem>
              size="small"
              data-testid="import-problems"
              rowKey={(p) => `${p.row}-${p.field}-${p.code}`}
              dataSource={checked.problems}
              pagination={checked.problems.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: t('product_import.columns.row'), dataIndex: 'row', width: 70 },
                { title: t('product_import.columns.column'), dataIndex: 'field', width: 140, render: (f: string) => header(f) },
                { title: t('product_import.columns.problem'), key: 'problem', render: (_, p) => problemText(p) },
                { title: t('product_import.columns.value'), dataIndex: 'value', render: (v?: string) => v ?? '' },
              ]}
            />
          )}
          {checked.problems.length === 0 && (
            <Button type="primary" loading={busy === 'importing'} onClick={runImport} data-testid="import-run">
              {t('product_import.import', { count: checked.rows.length })}
            </Button>
          )}
        </>
      )}
      {server && (
        <Alert
          type="error"
          showIcon
          data-testid="import-server-error"
          message={`${t('product_import.serverRejected')} ${server.message}`}
          description={
            server.problems.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {server.problems.slice(0, 20).map((p) => (
                  <li key={`${p.line}-${p.field}-${p.code}`}>
                    {t('product_import.columns.row')} {p.line} · {header(p.field)} · {errorMessage({ hint: p.code, message: p.code }, tr)}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Flex>
  );
}
