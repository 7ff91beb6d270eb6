import { Space, Table } from 'antd';
import { CreateButton, ShowButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate } from '@refinedev/core';
import { dateTimeColumn, documentNoColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { DocumentFilterBar, documentFilters, type DocumentSearchValues } from '../documents/DocumentFilters.tsx';

export type WriteOffRow = {
  id: string;
  write_off_no: string;
  warehouse_id: string;
  reason: string;
  note: string | null;
  created_at: string;
  warehouses: { name: string } | null;
  stock_write_off_lines: { count: number }[];
};
export const WRITE_OFF_COLUMNS = 'id, write_off_no, warehouse_id, reason, note, created_at, warehouses(name), stock_write_off_lines(count)';

export function WriteOffsTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'write_offs', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<WriteOffRow, never, DocumentSearchValues>({
    resource: 'write_offs',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: WRITE_OFF_COLUMNS },
    onSearch: (values) => documentFilters(values, ['write_off_no', 'reason', 'note']),
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DocumentFilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        placeholder={t('write_offs.actions.searchPlaceholder')}
      />
      <Table<WriteOffRow>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? 'write_offs.empty.keeper' : 'write_offs.empty.reader')}
              action={canCreate?.can && <CreateButton resource="write_offs" />}
            />
          ),
        }}
      >
        <Table.Column<WriteOffRow> {...documentNoColumn('write_off_no', sorters, '/stock/write-offs/show')} title={t('write_offs.fields.write_off_no')} />
        <Table.Column<WriteOffRow> key="warehouse" title={t('stock.fields.warehouse')} render={(_, row) => row.warehouses?.name} />
        <Table.Column<WriteOffRow> dataIndex="reason" title={t('write_offs.fields.reason')} ellipsis />
        <Table.Column<WriteOffRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.stock_write_off_lines?.[0]?.count ?? 0} />
        <Table.Column<WriteOffRow> {...dateTimeColumn('created_at', sorters)} title={t('stock.fields.created_at')} />
        <Table.Column<WriteOffRow> key="actions" title={t('table.actions')} width={70} render={(_, row) => <ShowButton hideText size="small" recordItemId={row.id} />} />
      </Table>
    </Space>
  );
}
