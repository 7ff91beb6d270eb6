import { Table } from 'antd';
import { useTranslate } from '@refinedev/core';
import { documentNoColumn } from '../common/columns.tsx';
import { DocumentListTable } from '../documents/DocumentListTable.tsx';

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
  return (
    <DocumentListTable<WriteOffRow> resource="write_offs" select={WRITE_OFF_COLUMNS} searchFields={['write_off_no', 'reason', 'note']} messages="write_offs">
      {(sorters) => [
        <Table.Column<WriteOffRow> key="write_off_no" {...documentNoColumn('write_off_no', sorters, '/stock/write-offs/show')} title={t('write_offs.fields.write_off_no')} />,
        <Table.Column<WriteOffRow> key="warehouse" title={t('stock.fields.warehouse')} render={(_, row) => row.warehouses?.name} />,
        <Table.Column<WriteOffRow> key="reason" dataIndex="reason" title={t('write_offs.fields.reason')} ellipsis />,
        <Table.Column<WriteOffRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.stock_write_off_lines?.[0]?.count ?? 0} />,
      ]}
    </DocumentListTable>
  );
}
