import { Form, Input, Progress, Radio, Space, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, DateField, EditButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, toNumber } from '../common/format.ts';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { DeactivateButton } from '../promotions/DeactivateButton.tsx';
import { ScheduleTag } from '../promotions/ScheduleTag.tsx';
import { COUPON_COLUMNS, usage, type CouponRecord } from './coupon.ts';

type Row = CouponRecord & { coupon_redemptions: { count: number }[] };

/** Coupons with their usage: redemptions that count (not voided) against the total limit. */
export function CouponsTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'coupons', action: 'create' });
  const { data: canEdit } = useCan({ resource: 'coupons', action: 'edit' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<Row, never, { q?: string }>({
    resource: 'coupons',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'created_at', order: 'desc' }] },
    // The embedded count only counts redemptions not voided (a cancelled order gives its use back).
    filters: { permanent: [{ field: 'coupon_redemptions.voided_at', operator: 'null', value: true }] },
    meta: { select: `${COUPON_COLUMNS}, coupon_redemptions(count)` },
    onSearch: (values): CrudFilter[] => [orSearch('q', ['code', 'name'], values.q)],
  });
  const active = filterValue<boolean | string>(filters, 'active', 'eq');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <Radio.Group
          optionType="button"
          value={active === undefined ? 'all' : String(active)}
          onChange={(e) => setFilters([{ field: 'active', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value === 'true' }])}
          options={[
            { value: 'all', label: t('promotions.filters.all') },
            { value: 'true', label: t('promotions.filters.active') },
            { value: 'false', label: t('promotions.filters.inactive') },
          ]}
        />
        <Form {...searchFormProps} layout="inline" initialValues={{ q: orSearchText(filters, 'q') }}>
          <Form.Item name="q">
            <Input.Search allowClear enterButton={<SearchOutlined aria-label={t('buttons.search')} />} placeholder={t('coupons.filters.search')} style={{ width: 260 }} onSearch={() => searchFormProps.form?.submit()} />
          </Form.Item>
        </Form>
      </Space>
      <Table<Row>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 1000 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(canCreate?.can ? 'coupons.empty.admin' : 'coupons.empty.reader')} action={canCreate?.can && <CreateButton resource="coupons" />} /> }}
      >
        <Table.Column<Row>
          dataIndex="code"
          title={t('coupons.fields.code')}
          sorter
          defaultSortOrder={getDefaultSortOrder('code', sorters)}
          render={(code: string) => (
            <Typography.Text code copyable>
              {code}
            </Typography.Text>
          )}
        />
        <Table.Column<Row> dataIndex="name" title={t('coupons.fields.name')} />
        <Table.Column<Row>
          key="value"
          title={t('coupons.fields.value')}
          render={(_, row) => (
            <>
              {row.kind === 'percent' ? t('coupons.value.percent', { percent: toNumber(row.percent_off) }) : t('coupons.value.amount', { amount: formatMoney(row.amount_off) })}
              {toNumber(row.min_spend) > 0 && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('coupons.value.minSpend', { amount: formatMoney(row.min_spend) })}
                  </Typography.Text>
                </div>
              )}
            </>
          )}
        />
        <Table.Column<Row>
          key="usage"
          title={t('coupons.fields.usage')}
          width={150}
          render={(_, row) => {
            const used = row.coupon_redemptions?.[0]?.count ?? 0;
            const u = usage(used, row.total_limit);
            return (
              <div data-testid={`usage-${row.code}`} data-used={used} data-limit={row.total_limit ?? ''}>
                <span className="nowrap">{u.text}</span>
                {u.percent !== null && <Progress percent={u.percent} size="small" showInfo={false} status={u.full ? 'exception' : 'normal'} />}
              </div>
            );
          }}
        />
        <Table.Column<Row>
          dataIndex="per_customer_limit"
          title={t('coupons.fields.per_customer_limit')}
          align="right"
          render={(v: number | null, row) => <span data-testid={`per-customer-${row.code}`}>{v ? t('coupons.value.perCustomer', { count: v }) : t('coupons.value.unlimited')}</span>}
        />
        <Table.Column<Row>
          dataIndex="starts_at"
          title={t('promotions.fields.window')}
          sorter
          defaultSortOrder={getDefaultSortOrder('starts_at', sorters)}
          render={(_, row) => (
            <span className="nowrap">
              <DateField value={row.starts_at} format="YYYY-MM-DD" /> → {row.ends_at ? <DateField value={row.ends_at} format="YYYY-MM-DD" /> : t('promotions.fields.noEnd')}
            </span>
          )}
        />
        <Table.Column<Row> key="state" title={t('promotions.fields.state')} render={(_, row) => <ScheduleTag row={row} />} />
        {canEdit?.can && (
          <Table.Column<Row>
            key="actions"
            title={t('table.actions')}
            render={(_, row) => (
              <Space size={4}>
                <EditButton hideText size="small" recordItemId={row.id} resource="coupons" />
                <DeactivateButton resource="coupons" id={row.id} name={row.code} active={row.active} />
              </Space>
            )}
          />
        )}
      </Table>
    </Space>
  );
}
