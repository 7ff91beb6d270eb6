import { Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { CreateButton, DateField, EditButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useTranslate, type CrudFilter } from '@refinedev/core';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { DeactivateButton } from './DeactivateButton.tsx';
import { PROMOTION_COLUMNS, PROMOTION_KINDS, type PromotionRecord } from './promotion.ts';
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
  const active = filterValue<boolean | string>(filters, 'active', 'eq');
  const activeValue = active === undefined ? 'all' : String(active);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <Radio.Group
          optionType="button"
          value={activeValue}
          onChange={(e) => setFilters([{ field: 'active', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value === 'true' }])}
          options={[
            { value: 'all', label: t('promotions.filters.all') },
            { value: 'true', label: t('promotions.filters.active') },
            { value: 'false', label: t('promotions.filters.inactive') },
          ]}
        />
        <Form {...searchFormProps} layout="inline" initialValues={{ q: orSearchText(filters, 'q'), kind: filterValue(filters, 'kind', 'eq') }} onValuesChange={(c) => !('q' in c) && searchFormProps.form?.submit()}>
          <Form.Item name="q">
            <Input.Search allowClear enterButton={<SearchOutlined aria-label={t('buttons.search')} />} placeholder={t('promotions.filters.search')} style={{ width: 240 }} onSearch={() => searchFormProps.form?.submit()} />
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
        <Table.Column<PromotionRecord> dataIndex="name" title={t('promotions.fields.name')} sorter defaultSortOrder={getDefaultSortOrder('name', sorters)} />
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
          dataIndex="starts_at"
          title={t('promotions.fields.window')}
          sorter
          defaultSortOrder={getDefaultSortOrder('starts_at', sorters)}
          render={(_, row) => (
            <span className="nowrap">
              <DateField value={row.starts_at} format="YYYY-MM-DD HH:mm" /> → {row.ends_at ? <DateField value={row.ends_at} format="YYYY-MM-DD HH:mm" /> : t('promotions.fields.noEnd')}
            </span>
          )}
        />
        <Table.Column<PromotionRecord> key="state" title={t('promotions.fields.state')} render={(_, row) => <ScheduleTag row={row} />} />
        {canEdit?.can && (
          <Table.Column<PromotionRecord>
            key="actions"
            title={t('table.actions')}
            render={(_, row) => (
              <Space size={4}>
                <EditButton hideText size="small" recordItemId={row.id} resource="promotions" />
                <DeactivateButton resource="promotions" id={row.id} name={row.name} active={row.active} />
              </Space>
            )}
          />
        )}
      </Table>
    </Space>
  );
}
