import type { ReactNode } from 'react';
import { Space, Table } from 'antd';
import { CreateButton, ShowButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudSort } from '@refinedev/core';
import { dateTimeColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { DocumentFilterBar, documentFilters, type DocumentSearchValues } from './DocumentFilters.tsx';

type Props = {
  resource: string;
  /** PostgREST select of the list (also what the document's page reads). */
  select: string;
  /** Columns the search box looks in. */
  searchFields: readonly string[];
  /** i18n namespace with actions.searchPlaceholder, empty.keeper and empty.reader. */
  messages: string;
  /** The document's own columns; created time and the open button follow. */
  children: (sorters: CrudSort[]) => ReactNode;
};

/**
 * The list of a posted stock document type (receipts, write-offs): search bar, newest first, 20 a page, an
 * empty hint with a create button for whoever may create, the document's columns, its time and an open button.
 */
export function DocumentListTable<Row extends { id: string }>({ resource, select, searchFields, messages, children }: Props) {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource, action: 'create' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<Row, never, DocumentSearchValues>({
    resource,
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select },
    onSearch: (values) => documentFilters(values, searchFields),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DocumentFilterBar formProps={searchFormProps} filters={filters} setFilters={setFilters} placeholder={t(`${messages}.actions.searchPlaceholder`)} />
      <Table<Row>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? `${messages}.empty.keeper` : `${messages}.empty.reader`)}
              action={canCreate?.can && <CreateButton resource={resource} />}
            />
          ),
        }}
      >
        {children(sorters)}
        <Table.Column<Row> {...dateTimeColumn('created_at', sorters)} title={t('stock.fields.created_at')} />
        <Table.Column<Row> key="actions" title={t('table.actions')} width={70} render={(_, row) => <ShowButton hideText size="small" recordItemId={row.id} />} />
      </Table>
    </Space>
  );
}
