import { Form, Input, Space, Table, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, DeleteButton, EditButton, getDefaultFilter, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useGo, useTranslate } from '@refinedev/core';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { orSearch, orSearchText } from '../common/search.ts';
import { WAREHOUSE_COLUMNS, type WarehouseRecord } from './WarehouseForm.tsx';

export function WarehousesTable() {
  const t = useTranslate();
  const go = useGo();
  const { data: canCreate } = useCan({ resource: 'warehouses', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters } = useTable<WarehouseRecord, never, { q?: string }>({
    resource: 'warehouses',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'code', order: 'asc' }] },
    meta: { select: WAREHOUSE_COLUMNS },
    onSearch: ({ q }) => [orSearch('q', ['code', 'name', 'address'], q)],
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form {...searchFormProps} layout="inline" initialValues={{ q: orSearchText(filters, 'q') }}>
        <Form.Item name="q" style={{ marginInlineEnd: 0 }}>
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('warehouses.actions.searchPlaceholder')}
            style={{ width: 300, maxWidth: '100%' }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
      </Form>
      <Table<WarehouseRecord>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? 'warehouses.empty.admin' : 'warehouses.empty.reader')}
              action={canCreate?.can && <CreateButton resource="warehouses" />}
            />
          ),
        }}
      >
        <Table.Column<WarehouseRecord> dataIndex="code" title={t('warehouses.fields.code')} sorter defaultSortOrder={getDefaultSortOrder('code', sorters)} width={110} />
        <Table.Column<WarehouseRecord> dataIndex="name" title={t('warehouses.fields.name')} sorter defaultSortOrder={getDefaultSortOrder('name', sorters)} />
        <Table.Column<WarehouseRecord> dataIndex="address" title={t('warehouses.fields.address')} ellipsis />
        <Table.Column<WarehouseRecord>
          dataIndex="active"
          title={t('warehouses.fields.active')}
          width={110}
          filters={[
            { text: t('warehouses.status.active'), value: true },
            { text: t('warehouses.status.inactive'), value: false },
          ]}
          defaultFilteredValue={getDefaultFilter('active', filters, 'in')}
          render={(active: boolean) =>
            active ? <Tag color="success">{t('warehouses.status.active')}</Tag> : <Tag>{t('warehouses.status.inactive')}</Tag>
          }
        />
        <Table.Column<WarehouseRecord>
          title={t('table.actions')}
          key="actions"
          width={150}
          render={(_, record) => (
            <Space size={4}>
              <a onClick={() => go({ to: '/stock/levels', query: { filters: [{ field: 'warehouse_id', operator: 'eq', value: record.id }] } })}>
                {t('warehouses.actions.viewStock')}
              </a>
              <EditButton hideText size="small" recordItemId={record.id} />
              <DeleteButton
                hideText
                size="small"
                recordItemId={record.id}
                confirmTitle={t('warehouses.actions.deleteConfirm', { name: record.name })}
                confirmOkText={t('buttons.delete')}
                confirmCancelText={t('buttons.cancel')}
              />
            </Space>
          )}
        />
      </Table>
    </Space>
  );
}
