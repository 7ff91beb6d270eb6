import { Space, Table, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { CreateButton, DateField, useTable } from '@refinedev/antd';
import { useCan, useTranslate } from '@refinedev/core';
import { dateTimeColumn, documentNoColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { StatusTabs } from '../common/ListFilters.tsx';
import { filterValue } from '../common/search.ts';
import { DocumentFilterBar, documentFilters, type DocumentSearchValues } from '../documents/DocumentFilters.tsx';
import { TransferActions } from './TransferActions.tsx';
import { TransferStatusTag } from './TransferStatusTag.tsx';
import { TRANSFER_COLUMNS, TRANSFER_STATUSES, type TransferRow, type TransferStatus } from './types.ts';

/** Transfers with their state; the "in transit" view is what is on the road right now. */
export function TransfersTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'transfers', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<TransferRow, never, DocumentSearchValues>({
    resource: 'transfers',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: TRANSFER_COLUMNS },
    onSearch: (values) => {
      const base = documentFilters(values, ['transfer_no', 'note']).filter((f) => !('field' in f) || f.field !== 'warehouse_id');
      // A warehouse filter matches transfers out of it and into it.
      base.push({
        key: 'warehouse',
        operator: 'or',
        value: values.warehouse_id
          ? [
              { field: 'from_warehouse_id', operator: 'eq', value: values.warehouse_id },
              { field: 'to_warehouse_id', operator: 'eq', value: values.warehouse_id },
            ]
          : [],
      });
      return base;
    },
  });
  const status = filterValue<TransferStatus>(filters, 'status', 'eq');
  const warehouseFilter = filters.find((f) => 'key' in f && f.key === 'warehouse');
  const warehouseId =
    warehouseFilter && Array.isArray(warehouseFilter.value) && warehouseFilter.value[0] && 'value' in warehouseFilter.value[0]
      ? String(warehouseFilter.value[0].value)
      : undefined;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatusTabs statuses={TRANSFER_STATUSES} keyPrefix="transfers" value={status} setFilters={setFilters} />
      <DocumentFilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        keep={['status']}
        initialValues={{ warehouse_id: warehouseId }}
        placeholder={t('transfers.actions.searchPlaceholder')}
      />
      <Table<TransferRow>
        {...tableProps}
        rowKey="id"
        rowClassName={(row) => (row.status === 'in_transit' ? 'row-in-transit' : '')}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? 'transfers.empty.keeper' : 'transfers.empty.reader')}
              action={canCreate?.can && !status && <CreateButton resource="transfers" />}
            />
          ),
        }}
      >
        <Table.Column<TransferRow> {...documentNoColumn('transfer_no', sorters, '/stock/transfers/show')} title={t('transfers.fields.transfer_no')} />
        <Table.Column<TransferRow>
          key="route"
          title={t('transfers.fields.route')}
          render={(_, row) => (
            <Space size={6}>
              {row.from?.name}
              <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
              {row.to?.name}
            </Space>
          )}
        />
        <Table.Column<TransferRow> dataIndex="status" title={t('transfers.fields.status')} render={(s: TransferStatus) => <TransferStatusTag status={s} />} />
        <Table.Column<TransferRow> key="lines" title={t('stock.fields.lines')} align="right" render={(_, row) => row.stock_transfer_lines?.[0]?.count ?? 0} />
        <Table.Column<TransferRow> {...dateTimeColumn('created_at', sorters)} title={t('stock.fields.created_at')} />
        <Table.Column<TransferRow>
          dataIndex="dispatched_at"
          title={t('transfers.fields.dispatched_at')}
          responsive={['lg']}
          render={(value: string | null) => (value ? <DateField value={value} format="MM-DD HH:mm" /> : <Typography.Text type="secondary">—</Typography.Text>)}
        />
        <Table.Column<TransferRow>
          key="actions"
          title={t('table.actions')}
          render={(_, row) => <TransferActions transfer={row} size="small" />}
        />
      </Table>
    </Space>
  );
}
