import { Form, Input, Space, Table } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, DateField, DeleteButton, EditButton, getDefaultFilter, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useGo, useTranslate } from '@refinedev/core';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { BRAND_COLUMNS, type BrandRecord } from './BrandForm.tsx';

export function BrandsTable() {
  const t = useTranslate();
  const go = useGo();
  const { data: canCreate } = useCan({ resource: 'brands', action: 'create' });
  const { tableProps, searchFormProps, filters, sorters } = useTable<BrandRecord, never, { name?: string }>({
    resource: 'brands',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'name', order: 'asc' }] },
    meta: { select: BRAND_COLUMNS },
    onSearch: ({ name }) => [{ field: 'name', operator: 'contains', value: name?.trim() || undefined }],
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form {...searchFormProps} layout="inline" initialValues={{ name: getDefaultFilter('name', filters, 'contains') }}>
        <Form.Item name="name" style={{ marginInlineEnd: 0 }}>
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('brands.actions.searchPlaceholder')}
            style={{ width: 300, maxWidth: '100%' }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
      </Form>
      <Table<BrandRecord>
        {...tableProps}
        rowKey="id"
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: (
            <EmptyHint
              text={t(canCreate?.can ? 'brands.empty.admin' : 'brands.empty.reader')}
              action={canCreate?.can && <CreateButton resource="brands" />}
            />
          ),
        }}
      >
        <Table.Column<BrandRecord>
          dataIndex="name"
          title={t('brands.fields.name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
        />
        <Table.Column<BrandRecord>
          key="products"
          title={t('brands.fields.products')}
          align="right"
          render={(_, record) => {
            const count = record.products?.[0]?.count ?? 0;
            return count > 0 ? (
              <a
                onClick={() => go({ to: '/products', query: { filters: [{ field: 'brand_id', operator: 'eq', value: record.id }] } })}
              >
                {count}
              </a>
            ) : (
              0
            );
          }}
        />
        <Table.Column<BrandRecord>
          dataIndex="created_at"
          title={t('brands.fields.created_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('created_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<BrandRecord>
          title={t('table.actions')}
          key="actions"
          width={110}
          render={(_, record) => (
            <Space size={4}>
              <EditButton hideText size="small" recordItemId={record.id} />
              <DeleteButton
                hideText
                size="small"
                recordItemId={record.id}
                confirmTitle={t('brands.actions.deleteConfirm', { name: record.name })}
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
