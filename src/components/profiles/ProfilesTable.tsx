import { Form, Input, Space, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { DateField, EditButton, getDefaultFilter, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useTranslate, type CrudFilter, type CrudFilters } from '@refinedev/core';
import { RoleTag } from '../common/RoleTag.tsx';
import { roleOptions } from '../common/roleOptions.ts';
import { PROFILE_COLUMNS, type ProfileRecord } from './types.ts';

type SearchValues = { q?: string };

/** The free-text search is one `or` filter keyed "q", so it round-trips through the URL. */
function searchFilter(q: string | undefined): CrudFilters {
  // Characters with a meaning in PostgREST's or=(…) syntax are dropped from the search text.
  const text = q?.replace(/[",()\\*]/g, ' ').trim();
  return [
    {
      key: 'q',
      operator: 'or',
      value: text
        ? [
            { field: 'full_name', operator: 'contains', value: text },
            { field: 'email', operator: 'contains', value: text },
          ]
        : [],
    },
  ];
}

function searchText(filters: CrudFilter[]): string | undefined {
  for (const filter of filters) {
    if (filter.operator === 'or' && 'key' in filter && filter.key === 'q') {
      const first = filter.value[0];
      return first && 'value' in first ? String(first.value) : undefined;
    }
  }
  return undefined;
}

export function ProfilesTable() {
  const t = useTranslate();
  const { tableProps, searchFormProps, filters, sorters } = useTable<ProfileRecord, never, SearchValues>({
    resource: 'profiles',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: PROFILE_COLUMNS },
    onSearch: ({ q }) => searchFilter(q),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form {...searchFormProps} layout="inline" initialValues={{ q: searchText(filters) }}>
        <Form.Item name="q" style={{ marginInlineEnd: 0 }}>
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('profiles.actions.searchPlaceholder')}
            style={{ width: 300 }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
      </Form>
      <Table<ProfileRecord>
        {...tableProps}
        rowKey="id"
        pagination={{
          ...tableProps.pagination,
          showSizeChanger: true,
          showTotal: (total) => t('table.total', { total }),
        }}
      >
        <Table.Column<ProfileRecord>
          dataIndex="full_name"
          title={t('profiles.fields.full_name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('full_name', sorters)}
          render={(value: string) => value || <Typography.Text type="secondary">—</Typography.Text>}
        />
        <Table.Column<ProfileRecord>
          dataIndex="email"
          title={t('profiles.fields.email')}
          sorter
          defaultSortOrder={getDefaultSortOrder('email', sorters)}
        />
        <Table.Column<ProfileRecord>
          dataIndex="role"
          title={t('profiles.fields.role')}
          filters={roleOptions(t).map(({ label, value }) => ({ text: label, value }))}
          defaultFilteredValue={getDefaultFilter('role', filters, 'in')}
          render={(role: ProfileRecord['role']) => <RoleTag role={role} />}
        />
        <Table.Column<ProfileRecord>
          dataIndex="active"
          title={t('profiles.fields.active')}
          filters={[
            { text: t('profiles.status.active'), value: true },
            { text: t('profiles.status.inactive'), value: false },
          ]}
          defaultFilteredValue={getDefaultFilter('active', filters, 'in')}
          render={(active: boolean) =>
            active ? (
              <Tag color="success">{t('profiles.status.active')}</Tag>
            ) : (
              <Tag color="default">{t('profiles.status.inactive')}</Tag>
            )
          }
        />
        <Table.Column<ProfileRecord>
          dataIndex="created_at"
          title={t('profiles.fields.created_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('created_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<ProfileRecord>
          title={t('table.actions')}
          key="actions"
          width={90}
          render={(_, record) => <EditButton hideText size="small" recordItemId={record.id} />}
        />
      </Table>
    </Space>
  );
}
