import { Form, Progress, Space, Table, Typography } from 'antd';
import { CreateButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney, toNumber } from '../common/format.ts';
import { SearchBox } from '../common/ListFilters.tsx';
import { orSearch, orSearchText } from '../common/search.ts';
import { ActiveTabs, ScheduleRowActions, ScheduleWindow } from '../promotions/Schedule.tsx';
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

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <ActiveTabs filters={filters} setFilters={setFilters} />
        <Form {...searchFormProps} layout="inline" initialValues={{ q: orSearchText(filters, 'q') }}>
          <Form.Item name="q">
            <SearchBox placeholder={t('coupons.filters.search')} width={260} />
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
          {...sortableColumn('code', sorters)}
          title={t('coupons.fields.code')}
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
          {...sortableColumn('starts_at', sorters)}
          title={t('promotions.fields.window')}
          render={(_, row) => <ScheduleWindow row={row} format="YYYY-MM-DD" />}
        />
        <Table.Column<Row> key="state" title={t('promotions.fields.state')} render={(_, row) => <ScheduleTag row={row} />} />
        {canEdit?.can && (
          <Table.Column<Row>
            key="actions"
            title={t('table.actions')}
            render={(_, row) => <ScheduleRowActions resource="coupons" id={row.id} name={row.code} active={row.active} />}
          />
        )}
      </Table>
    </Space>
  );
}
