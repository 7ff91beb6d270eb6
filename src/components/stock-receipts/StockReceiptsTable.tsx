import { Space, Table, Typography } from 'antd';
import { CreateButton, ShowButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate } from '@refinedev/core';
import { dateTimeColumn, documentNoColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { DocumentFilterBar, documentFilters, type DocumentSearchValues } from '../documents/DocumentFilters.tsx';

export type ReceiptRow = {
  id: string;
  receipt_no: string;
  warehouse_id: string;
  supplier: string | null;
  note: string | null;
  created_at: string;
  warehouses: { name: string } | null;
  stock_receipt_lines: { count: number }[];
};
export const RECEIPT_LIST_COLUMNS = 'id, receipt_no, warehouse_id, supplier, note, created_at, warehouses(name), stock_receipt_lines(count)';

export function StockReceiptsTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'stock_receipts', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<ReceiptRow, never, DocumentSearchValues>({
    resource: 'stock_receipts',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: RECEIPT_LIST_COLUMNS },
    onSearch: (values) => documentFilters(values, ['receipt_no', 'supplier', 'note']),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DocumentFilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        placeholder={t('stock_receipts.actions.searchPlaceholder')}
      />
      <Table<ReceiptRow>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? 'stock_receipts.empty.keeper' : 'stock_receipts.empty.reader')}
              action={canCreate?.can && <CreateButton resource="stock_receipts" />}
            />
          ),
        }}
      >
        <Table.Column<ReceiptRow> {...documentNoColumn('receipt_no', sorters, '/stock/receipts/show')} title={t('stock_receipts.fields.receipt_no')} />
        <Table.Column<ReceiptRow> key="warehouse" title={t('stock.fields.warehouse')} render={(_, row) => row.warehouses?.name} />
        <Table.Column<ReceiptRow>
          dataIndex="supplier"
          title={t('stock_receipts.fields.supplier')}
          render={(value: string | null) => value ?? <Typography.Text type="secondary">—</Typography.Text>}
        />
        <Table.Column<ReceiptRow>
          key="lines"
          title={t('stock.fields.lines')}
          align="right"
          render={(_, row) => row.stock_receipt_lines?.[0]?.count ?? 0}
        />
        <Table.Column<ReceiptRow> dataIndex="note" title={t('stock.fields.note')} ellipsis responsive={['lg']} />
        <Table.Column<ReceiptRow> {...dateTimeColumn('created_at', sorters)} title={t('stock.fields.created_at')} />
        <Table.Column<ReceiptRow>
          key="actions"
          title={t('table.actions')}
          width={70}
          render={(_, row) => <ShowButton hideText size="small" recordItemId={row.id} />}
        />
      </Table>
    </Space>
  );
}
