import { Form, Select, Space, Table, Tag } from 'antd';
import { CreateButton, ShowButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate } from '@refinedev/core';
import { dateTimeColumn, documentNoColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { DocumentFilterBar, documentFilters, type DocumentSearchValues } from '../documents/DocumentFilters.tsx';
import { filterValue } from '../common/search.ts';

export type AdjustmentRow = {
  id: string;
  adjustment_no: string;
  kind: 'adjustment' | 'stocktake';
  warehouse_id: string;
  reason: string;
  note: string | null;
  created_at: string;
  warehouses: { name: string } | null;
  stock_adjustment_lines: { count: number }[];
};
export const ADJUSTMENT_COLUMNS = 'id, adjustment_no, kind, warehouse_id, reason, note, created_at, warehouses(name), stock_adjustment_lines(count)';

export function KindTag({ kind }: { kind: AdjustmentRow['kind'] }) {
  const t = useTranslate();
  return <Tag color={kind === 'stocktake' ? 'blue' : 'gold'}>{t(`stocktakes.kinds.${kind}`)}</Tag>;
}

/** Posted stocktakes (ST-…) and adjustments (AJ-…): both are stock_adjustments with a reason. */
export function StocktakesTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'stocktakes', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<AdjustmentRow, never, DocumentSearchValues & { kind?: string }>({
    resource: 'stocktakes',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: ADJUSTMENT_COLUMNS },
    onSearch: (values) => [
      ...documentFilters(values, ['adjustment_no', 'reason', 'note']),
      { field: 'kind', operator: 'eq', value: values.kind || undefined },
    ],
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DocumentFilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        initialValues={{ kind: filterValue(filters, 'kind', 'eq') }}
        placeholder={t('stocktakes.actions.searchPlaceholder')}
      >
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('stocktakes.filters.kind')}
            style={{ width: 130 }}
            options={(['stocktake', 'adjustment'] as const).map((kind) => ({ value: kind, label: t(`stocktakes.kinds.${kind}`) }))}
          />
        </Form.Item>
      </DocumentFilterBar>
      <Table<AdjustmentRow>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? 'stocktakes.empty.keeper' : 'stocktakes.empty.reader')}
              action={canCreate?.can && <CreateButton resource="stocktakes" />}
            />
          ),
        }}
      >
        <Table.Column<AdjustmentRow> {...documentNoColumn('adjustment_no', sorters, '/stock/stocktakes/show')} title={t('stocktakes.fields.adjustment_no')} />
        <Table.Column<AdjustmentRow> dataIndex="kind" title={t('stocktakes.fields.kind')} render={(kind: AdjustmentRow['kind']) => <KindTag kind={kind} />} />
        <Table.Column<AdjustmentRow> key="warehouse" title={t('stock.fields.warehouse')} render={(_, row) => row.warehouses?.name} />
        <Table.Column<AdjustmentRow> dataIndex="reason" title={t('stocktakes.fields.reason')} ellipsis />
        <Table.Column<AdjustmentRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.stock_adjustment_lines?.[0]?.count ?? 0} />
        <Table.Column<AdjustmentRow> {...dateTimeColumn('created_at', sorters)} title={t('stock.fields.created_at')} />
        <Table.Column<AdjustmentRow> key="actions" title={t('table.actions')} width={70} render={(_, row) => <ShowButton hideText size="small" recordItemId={row.id} />} />
      </Table>
    </Space>
  );
}
