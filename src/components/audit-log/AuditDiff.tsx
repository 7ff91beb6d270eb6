import { Table, Tag, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { diffRecords, formatJson, type DiffRow, type Json } from './diff.ts';

const CHANGE_COLORS = { added: 'green', removed: 'red', changed: 'gold', same: 'default' } as const;

/** Old and new values side by side; changed keys come first and are highlighted. */
export function AuditDiff({ oldData, newData }: { oldData: Record<string, Json> | null; newData: Record<string, Json> | null }) {
  const t = useTranslate();
  const rows = diffRecords(oldData, newData);
  return (
    <Table<DiffRow>
      rowKey="key"
      size="small"
      className="audit-diff"
      dataSource={rows}
      pagination={false}
      data-testid="audit-diff"
      rowClassName={(row) => `diff-${row.change}`}
      scroll={{ x: 720 }}
    >
      <Table.Column<DiffRow>
        dataIndex="key"
        title={t('audit_log.fields.key')}
        width={200}
        render={(key: string, row) => (
          <span data-testid={`diff-key-${key}`} data-change={row.change}>
            <Typography.Text code strong={row.change !== 'same'}>
              {key}
            </Typography.Text>
            {row.change !== 'same' && <Tag color={CHANGE_COLORS[row.change]} style={{ marginInlineStart: 6 }}>{t(`audit_log.change.${row.change}`)}</Tag>}
          </span>
        )}
      />
      {oldData && (
        <Table.Column<DiffRow>
          dataIndex="old"
          title={t('audit_log.fields.old')}
          render={(v: Json | undefined, row) => (
            <Typography.Text delete={row.change === 'changed' || row.change === 'removed'} type={row.change === 'same' ? 'secondary' : undefined} className="diff-value">
              {formatJson(v)}
            </Typography.Text>
          )}
        />
      )}
      {newData && (
        <Table.Column<DiffRow>
          dataIndex="new"
          title={t('audit_log.fields.new')}
          render={(v: Json | undefined, row) => (
            <Typography.Text strong={row.change !== 'same'} type={row.change === 'same' ? 'secondary' : undefined} className="diff-value">
              {formatJson(v)}
            </Typography.Text>
          )}
        />
      )}
    </Table>
  );
}
