import { Form, Select, Space, Table, Tag, Typography } from 'antd';
import { DateField, useTable } from '@refinedev/antd';
import { useList, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { FilterBar, hasActiveFilters, periodFilters, SearchBox, type Period } from '../common/ListFilters.tsx';
import { filterValue } from '../common/search.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { changedKeys, type Json } from './diff.ts';
import { AUDITED_TABLES, recordLabel, recordLink } from './tables.ts';
import './audit-log.css';

type AuditRow = {
  id: number;
  table_name: string;
  row_id: string | null;
  action: 'insert' | 'update' | 'delete';
  old_data: Record<string, Json> | null;
  new_data: Record<string, Json> | null;
  changed_by: string | null;
  changed_at: string;
};
type SearchValues = { table_name?: string; changed_by?: string; action?: string; row_id?: string; period?: Period };

const ACTION_COLORS = { insert: 'green', update: 'blue', delete: 'red' } as const;

/** Who changed what and when; each row opens to the old/new diff. Admins only (RLS and the route). */
export function AuditLogTable() {
  const t = useTranslate();
  const people = useList<{ id: string; full_name: string; email: string }>({
    resource: 'profiles',
    pagination: { mode: 'off' },
    sorters: [{ field: 'full_name', order: 'asc' }],
    meta: { select: 'id, full_name, email' },
    queryOptions: { staleTime: 60_000 },
  });
  const nameOf = (id: string | null) => {
    if (!id) return t('audit_log.fields.system');
    const p = people.result.data.find((x) => x.id === id);
    return p ? p.full_name || p.email : id.slice(0, 8);
  };
  const tableLabel = (name: string) => {
    const key = `audit_log.tables.${name}`;
    const label = t(key);
    return label === key ? name : label;
  };
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<AuditRow, never, SearchValues>({
    resource: 'audit_log',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'changed_at', order: 'desc' }] },
    meta: { select: 'id, table_name, row_id, action, old_data, new_data, changed_by, changed_at', count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      { field: 'table_name', operator: 'eq', value: values.table_name || undefined },
      { field: 'changed_by', operator: 'eq', value: values.changed_by || undefined },
      { field: 'action', operator: 'eq', value: values.action || undefined },
      { field: 'row_id', operator: 'eq', value: values.row_id?.trim() || undefined },
      ...periodFilters('changed_at', values.period),
    ],
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <FilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        dateField="changed_at"
        typedFields={['row_id']}
        initialValues={{
          table_name: filterValue(filters, 'table_name', 'eq'),
          changed_by: filterValue(filters, 'changed_by', 'eq'),
          action: filterValue(filters, 'action', 'eq'),
          row_id: filterValue(filters, 'row_id', 'eq'),
        }}
      >
        <Form.Item name="table_name">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 170 }}
            placeholder={t('audit_log.filters.allTables')}
            options={AUDITED_TABLES.map((name) => ({ value: name, label: tableLabel(name) }))}
          />
        </Form.Item>
        <Form.Item name="changed_by">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 170 }}
            placeholder={t('audit_log.filters.allActors')}
            options={people.result.data.map((p) => ({ value: p.id, label: p.full_name || p.email }))}
          />
        </Form.Item>
        <Form.Item name="action">
          <Select allowClear style={{ width: 110 }} placeholder={t('audit_log.filters.allActions')} options={(['insert', 'update', 'delete'] as const).map((a) => ({ value: a, label: t(`audit_log.action.${a}`) }))} />
        </Form.Item>
        <Form.Item name="row_id">
          <SearchBox placeholder={t('audit_log.filters.rowId')} width={220} />
        </Form.Item>
      </FilterBar>
      <Table<AuditRow>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 960 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(hasActiveFilters(filters) ? 'audit_log.empty.noMatch' : 'audit_log.empty.none')} /> }}
        expandable={{
          expandRowByClick: false,
          expandedRowRender: (row) => <AuditDiff oldData={row.old_data} newData={row.new_data} />,
        }}
      >
        <Table.Column<AuditRow>
          {...sortableColumn('changed_at', sorters)}
          title={t('audit_log.fields.changed_at')}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm:ss" className="nowrap" />}
        />
        <Table.Column<AuditRow> dataIndex="changed_by" title={t('audit_log.fields.changed_by')} render={(id: string | null) => nameOf(id)} />
        <Table.Column<AuditRow>
          dataIndex="table_name"
          title={t('audit_log.fields.table_name')}
          render={(name: string) => (
            <>
              {tableLabel(name)}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {name}
                </Typography.Text>
              </div>
            </>
          )}
        />
        <Table.Column<AuditRow>
          dataIndex="action"
          title={t('audit_log.fields.action')}
          render={(a: AuditRow['action']) => (
            <Tag color={ACTION_COLORS[a]} data-action={a}>
              {t(`audit_log.action.${a}`)}
            </Tag>
          )}
        />
        <Table.Column<AuditRow>
          key="record"
          title={t('audit_log.fields.record')}
          render={(_, row) => {
            const label = recordLabel(row.new_data ?? row.old_data) ?? row.row_id?.slice(0, 8) ?? '—';
            const link = row.action === 'delete' ? null : recordLink(row.table_name, row.row_id);
            return (
              <>
                {link ? <Link to={link}>{label}</Link> : label}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 11 }} copyable={row.row_id ? { text: row.row_id } : false}>
                    {row.row_id}
                  </Typography.Text>
                </div>
              </>
            );
          }}
        />
        <Table.Column<AuditRow>
          key="changes"
          title={t('audit_log.fields.changes')}
          render={(_, row) => {
            if (row.action !== 'update') return <Typography.Text type="secondary">{t(`audit_log.summary.${row.action}`)}</Typography.Text>;
            const keys = changedKeys(row.old_data, row.new_data);
            return (
              <span data-testid="changed-keys">
                {keys.slice(0, 4).map((k) => (
                  <Tag key={k} color="gold">
                    {k}
                  </Tag>
                ))}
                {keys.length > 4 && <Typography.Text type="secondary">+{keys.length - 4}</Typography.Text>}
              </span>
            );
          }}
        />
      </Table>
    </Space>
  );
}
