import { DatePicker, Form, InputNumber, Segmented, Select } from 'antd';
import { useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';
import { businessToday } from '../common/format.ts';
import { GRANULARITIES, MANY_KEYS, type Granularity, type ReportDefinition, type ReportParams } from './definitions.ts';

const fmt = 'YYYY-MM-DD';

/** Period (from–to) with presets, granularity, dimension and the report's own settings. */
export function ReportFilters({ def, params, onChange }: { def: ReportDefinition; params: ReportParams; onChange: (patch: Partial<ReportParams>) => void }) {
  const t = useTranslate();
  const today = dayjs(businessToday());
  const presets = [
    { label: t('reports.granularities.month'), value: [today.startOf('month'), today] as [dayjs.Dayjs, dayjs.Dayjs] },
    { label: '30d', value: [today.subtract(29, 'day'), today] as [dayjs.Dayjs, dayjs.Dayjs] },
    { label: '90d', value: [today.subtract(89, 'day'), today] as [dayjs.Dayjs, dayjs.Dayjs] },
    { label: String(today.year()), value: [today.startOf('year'), today] as [dayjs.Dayjs, dayjs.Dayjs] },
  ];
  return (
    <Form layout="inline" className="filter-bar" data-testid="report-filters">
      {def.period && (
        <Form.Item label={t('reports.filters.period')}>
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(params.from), dayjs(params.to)]}
            presets={presets}
            onChange={(range) => {
              if (range?.[0] && range[1]) onChange({ from: range[0].format(fmt), to: range[1].format(fmt) });
            }}
          />
        </Form.Item>
      )}
      {def.granularity && (
        <Form.Item label={t('reports.filters.granularity')}>
          <Segmented<Granularity>
            value={params.granularity}
            options={GRANULARITIES.map((g) => ({ value: g, label: t(`reports.granularities.${g}`) }))}
            onChange={(granularity) => onChange({ granularity })}
          />
        </Form.Item>
      )}
      {def.dimensions.length > 0 && (
        <Form.Item label={t('reports.filters.dimension')}>
          <Select
            style={{ width: 140 }}
            value={params.dimension}
            options={def.dimensions.map((d) => ({ value: d, label: t(`reports.dimensions.${d}`) }))}
            onChange={(dimension) => onChange({ dimension })}
          />
        </Form.Item>
      )}
      {def.keysPerPeriod && MANY_KEYS.includes(params.dimension) && (
        <Form.Item label={t('reports.filters.keys')}>
          <Select
            style={{ width: 110 }}
            data-testid="report-keys"
            value={params.keys}
            options={[10, 20, 50, 100, 0].map((n) => ({ value: n, label: n ? t('reports.filters.topKeys', { count: n }) : t('reports.filters.allKeys') }))}
            onChange={(keys) => onChange({ keys })}
          />
        </Form.Item>
      )}
      {def.warehouse && (
        <Form.Item label={t('reports.filters.warehouse')}>
          <WarehouseSelect
            allowClear
            style={{ width: 200 }}
            placeholder={t('reports.filters.allWarehouses')}
            value={params.warehouseId}
            onChange={(warehouseId) => onChange({ warehouseId: warehouseId || undefined })}
          />
        </Form.Item>
      )}
      {def.days && (
        <Form.Item label={t('reports.filters.days')}>
          <InputNumber min={0} max={3650} precision={0} value={params.days} onChange={(days) => days !== null && onChange({ days })} />
        </Form.Item>
      )}
      {def.leadTime && (
        <Form.Item label={t('reports.filters.leadTime')}>
          <InputNumber min={0} max={365} precision={0} value={params.leadTime} onChange={(leadTime) => leadTime !== null && onChange({ leadTime })} />
        </Form.Item>
      )}
      {def.topN && (
        <Form.Item label={t('reports.filters.topN')}>
          <InputNumber min={1} max={100} precision={0} value={params.topN} onChange={(topN) => topN !== null && onChange({ topN })} />
        </Form.Item>
      )}
    </Form>
  );
}
