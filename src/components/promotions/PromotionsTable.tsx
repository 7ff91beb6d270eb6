import { Form, Select, Space, Table, Typography } from 'antd';
import { CreateButton, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { sortableColumn } from '../common/columns.tsx';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { SearchBox } from '../common/ListFilters.tsx';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { PROMOTION_COLUMNS, PROMOTION_KINDS, type PromotionRecord } from './promotion.ts';
import { ActiveTabs, ScheduleRowActions, ScheduleWindow } from './Schedule.tsx';
import { ScheduleTag } from './ScheduleTag.tsx';

/** What a promotion gives, in words: 8.5 折 / 直降 ¥3 / 满 ¥100 减 ¥20. */
export function PromotionValue({ row }: { row: Pick<PromotionRecord, 'kind' | 'percent_off' | 'amount_off' | 'threshold_amount'> }) {
  const t = useTranslate();
  if (row.kind === 'percent_off') return <>{t('promotions.value.percent', { percent: row.percent_off })}</>;
  if (row.kind === 'amount_off') return <>{t('promotions.value.amount', { amount: formatMoney(row.amount_off) })}</>;
  return <>{t('promotions.value.threshold', { threshold: formatMoney(row.threshold_amount), amount: formatMoney(row.amount_off) })}</>;
}

export function PromotionsTable() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'promotions', action: 'create' });
  const { data: canEdit } = useCan({ resource: 'promotions', action: 'edit' });
  const { tableProps, searchFormProps, filters, sorters, setFilters } = useTable<PromotionRecord, never, { q?: string; kind?: string }>({
    resource: 'promotions',
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'starts_at', order: 'desc' }] },
    meta: { select: PROMOTION_COLUMNS },
    onSearch: (values): CrudFilter[] => [orSearch('q', ['name', 'note'], values.q), { field: 'kind', operator: 'eq', value: values.kind || undefined }],
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <ActiveTabs filters={filters} setFilters={setFilters} />
        <Form {...searchFormProps} layout="inline" initialValues={{ q: orSearchText(filters, 'q'), kind: filterValue(filters, 'kind', 'eq') }} onValuesChange={(c) => !('q' in c) && searchFormProps.form?.submit()}>
          <Form.Item name="q">
            <SearchBox placeholder={t('promotions.filters.search')} width={240} />
          </Form.Item>
          <Form.Item name="kind">
            <Select allowClear style={{ width: 140 }} placeholder={t('promotions.filters.allKinds')} options={PROMOTION_KINDS.map((k) => ({ value: k, label: t(`promotions.kind.${k}`) }))} />
          </Form.Item>
        </Form>
      </Space>
      <Table<PromotionRecord>
        {...tableProps}
        rowKey="id"
        scroll={{ x: 960 }}
        pagination={{ ...tableProps.pagination, showSizeChanger: true, showTotal: (total) => t('table.total', { total }) }}
        locale={{ emptyText: <EmptyHint text={t(canCreate?.can ? 'promotions.empty.admin' : 'promotions.empty.reader')} action={canCreate?.can && <CreateButton resource="promotions" />} /> }}
      >
        <Table.Column<PromotionRecord> {...sortableColumn('name', sorters)} title={t('promotions.fields.name')} />
        <Table.Column<PromotionRecord> dataIndex="kind" title={t('promotions.fields.kind')} className="nowrap" render={(k: string) => t(`promotions.kind.${k}`)} />
        <Table.Column<PromotionRecord> key="value" title={t('promotions.fields.value')} render={(_, row) => <PromotionValue row={row} />} />
        <Table.Column<PromotionRecord>
          key="scope"
          title={t('promotions.fields.scope')}
          render={(_, row) =>
            row.scope === 'all' ? (
              t('promotions.scope.all')
            ) : (
              <>
                <Typography.Text type="secondary">{t(`promotions.scope.${row.scope}`)} · </Typography.Text>
                {row.scope === 'category' ? row.categories?.name : row.products?.name}
              </>
            )
          }
        />
        <Table.Column<PromotionRecord>
          {...sortableColumn('starts_at', sorters)}
          title={t('promotions.fields.window')}
          render={(_, row) => <ScheduleWindow row={row} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<PromotionRecord> key="state" title={t('promotions.fields.state')} render={(_, row) => <ScheduleTag row={row} />} />
        {canEdit?.can && (
          <Table.Column<PromotionRecord>
            key="actions"
            title={t('table.actions')}
            render={(_, row) => <ScheduleRowActions resource="promotions" id={row.id} name={row.name} active={row.active} />}
          />
        )}
      </Table>
    </Space>
  );
}
