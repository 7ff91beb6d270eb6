import { Form, Input, Space, Table, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { DateField, DeleteButton, getDefaultFilter, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useTranslate, type CrudFilters } from '@refinedev/core';
import { RoleTag } from '../common/RoleTag.tsx';
import { roleOptions } from '../common/roleOptions.ts';
import { INVITATION_COLUMNS, type InvitationRecord } from './types.ts';

export function InvitationsTable() {
  const t = useTranslate();
  const { tableProps, searchFormProps, filters, sorters } = useTable<InvitationRecord, never, { email?: string }>({
    resource: 'staff_invitations',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: INVITATION_COLUMNS },
    onSearch: ({ email }): CrudFilters => [{ field: 'email', operator: 'contains', value: email?.trim() || undefined }],
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form {...searchFormProps} layout="inline" initialValues={{ email: getDefaultFilter('email', filters, 'contains') }}>
        <Form.Item name="email" style={{ marginInlineEnd: 0 }}>
          <Input.Search
            allowClear
            enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
            placeholder={t('staff_invitations.actions.searchPlaceholder')}
            style={{ width: 300 }}
            onSearch={() => searchFormProps.form?.submit()}
          />
        </Form.Item>
      </Form>
      <Table<InvitationRecord>
        {...tableProps}
        rowKey="id"
        pagination={{
          ...tableProps.pagination,
          showSizeChanger: true,
          showTotal: (total) => t('table.total', { total }),
        }}
      >
        <Table.Column<InvitationRecord>
          dataIndex="email"
          title={t('staff_invitations.fields.email')}
          sorter
          defaultSortOrder={getDefaultSortOrder('email', sorters)}
        />
        <Table.Column<InvitationRecord>
          dataIndex="role"
          title={t('staff_invitations.fields.role')}
          filters={roleOptions(t).map(({ label, value }) => ({ text: label, value }))}
          defaultFilteredValue={getDefaultFilter('role', filters, 'in')}
          render={(role: InvitationRecord['role']) => <RoleTag role={role} />}
        />
        <Table.Column<InvitationRecord>
          key="status"
          title={t('staff_invitations.fields.status')}
          render={(_, record) =>
            record.accepted_at ? (
              <Tag color="success">{t('staff_invitations.status.accepted')}</Tag>
            ) : (
              <Tag color="processing">{t('staff_invitations.status.pending')}</Tag>
            )
          }
        />
        <Table.Column<InvitationRecord>
          dataIndex="created_at"
          title={t('staff_invitations.fields.created_at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('created_at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<InvitationRecord>
          dataIndex="accepted_at"
          title={t('staff_invitations.fields.accepted_at')}
          render={(value: string | null) => (value ? <DateField value={value} format="YYYY-MM-DD HH:mm" /> : '—')}
        />
        <Table.Column<InvitationRecord>
          title={t('table.actions')}
          key="actions"
          width={110}
          render={(_, record) =>
            record.accepted_at ? null : (
              <DeleteButton
                size="small"
                recordItemId={record.id}
                confirmTitle={t('staff_invitations.actions.revokeConfirm', { email: record.email })}
                confirmOkText={t('staff_invitations.actions.revoke')}
                confirmCancelText={t('buttons.cancel')}
              >
                {t('staff_invitations.actions.revoke')}
              </DeleteButton>
            )
          }
        />
      </Table>
    </Space>
  );
}
