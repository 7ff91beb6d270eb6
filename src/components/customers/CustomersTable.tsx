import { Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { CreateButton, DateField, EditButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { Link } from 'react-router';
import { sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { FilterBar, hasActiveFilters } from '../common/ListFilters.tsx';
import { filterValue, orSearch } from '../common/search.ts';
import { CUSTOMER_KINDS, CUSTOMER_LIST_COLUMNS, statsOf, type CustomerKind, type CustomerRecord } from './customer.ts';

type SearchValues = { q?: string; kind?: CustomerKind; tag?: string; active?: 'true' | 'false' };

/** Customers, searched by name, contact, phone or e-mail; filtered by kind, tag and status; state in the URL. */
export function CustomersTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'customers', action: 'create' });
  const { data: canEdit } = useCan({ resource: 'customers', action: 'edit' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<CustomerRecord, never, SearchValues>({
    resource: 'customers',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    meta: { select: CUSTOMER_LIST_COLUMNS, count: 'estimated' },
    onSearch: (values): CrudFilter[] => [
      orSearch('q', ['name', 'contact_name', 'phone', 'email'], values.q),
      { field: 'kind', operator: 'eq', value: values.kind || undefined },
      { field: 'tags', operator: 'ina', value: values.tag?.trim() ? [values.tag.trim()] : undefined },
      { field: 'active', operator: 'eq', value: values.active ? values.active === 'true' : undefined },
    ],
  });
  const tag = filterValue<string[]>(filters, 'tags', 'ina')?.[0];
  const active = filterValue<boolean | string>(filters, 'active', 'eq');
  const filtered = hasActiveFilters(filters);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <FilterBar
        formProps={searchFormProps}
        filters={filters}
        setFilters={setFilters}
        search={{ placeholder: t('customers.actions.searchPlaceholder'), width: 280 }}
        typedFields={['q', 'tag']}
        initialValues={{ kind: filterValue(filters, 'kind', 'eq'), tag, active: active === undefined ? undefined : String(active) }}
      >
        <Form.Item name="kind">
          <Select allowClear style={{ width: 130 }} placeholder={t('customers.filters.allKinds')} options={CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="tag">
          <Input allowClear style={{ width: 140 }} placeholder={t('customers.filters.tag')} onPressEnter={() => searchFormProps.form?.submit()} />
        </Form.Item>
        <Form.Item name="active">
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('customers.filters.allStatus')}
            options={[
              { value: 'true', label: t('customers.status.active') },
              { value: 'false', label: t('customers.status.inactive') },
            ]}
          />
        </Form.Item>
      </FilterBar>
      <Table<CustomerRecord>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 960 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{
          emptyText: filtered ? (
            <EmptyHint text={t('customers.empty.noMatch')} />
          ) : (
            <EmptyHint text={t(canCreate?.can ? 'customers.empty.creator' : 'customers.empty.reader')} action={canCreate?.can && <CreateButton resource="customers" />} />
          ),
        }}
      >
        <Table.Column<CustomerRecord>
          {...sortableColumn('name', sorters)}
          title={t('customers.fields.name')}
          render={(name: string, row) => (
            <Space size={4} direction="vertical">
              <Link to={`/customers/show/${row.id}`}>{name}</Link>
              {row.contact_name && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.contact_name}</Typography.Text>}
            </Space>
          )}
        />
        <Table.Column<CustomerRecord> dataIndex="kind" title={t('customers.fields.kind')} width={90} render={(k: CustomerKind) => t(`customers.kinds.${k}`)} />
        <Table.Column<CustomerRecord> dataIndex="phone" title={t('customers.fields.phone')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<CustomerRecord>
          dataIndex="tags"
          title={t('customers.fields.tags')}
          responsive={['lg']}
          render={(tags: string[]) => tags.map((x) => <Tag key={x}>{x}</Tag>)}
        />
        <Table.Column<CustomerRecord> key="orders" title={t('customers.fields.order_count')} align="right" width={90} render={(_, row) => statsOf(row)?.order_count ?? 0} />
        <Table.Column<CustomerRecord>
          key="lifetime"
          title={t('customers.fields.lifetime_value')}
          align="right"
          render={(_, row) => formatMoney(statsOf(row)?.total_amount ?? 0)}
        />
        <Table.Column<CustomerRecord>
          key="last"
          title={t('customers.fields.last_order_at')}
          render={(_, row) => {
            const last = statsOf(row)?.last_order_at;
            return last ? <DateField value={last} format="YYYY-MM-DD" /> : <Typography.Text type="secondary">—</Typography.Text>;
          }}
        />
        <Table.Column<CustomerRecord>
          dataIndex="active"
          title={t('customers.fields.active')}
          width={90}
          render={(v: boolean) => <Tag color={v ? 'success' : 'default'}>{t(v ? 'customers.status.active' : 'customers.status.inactive')}</Tag>}
        />
        <Table.Column<CustomerRecord>
          {...sortableColumn('created_at', sorters)}
          title={t('customers.fields.created_at')}
          responsive={['xl']}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD" />}
        />
        {canEdit?.can && (
          <Table.Column<CustomerRecord> key="actions" title={t('table.actions')} width={80} render={(_, row) => <EditButton hideText size="small" recordItemId={row.id} />} />
        )}
      </Table>
    </Space>
  );
}
