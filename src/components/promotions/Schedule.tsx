import { Card, Col, DatePicker, Form, Input, Radio, Row, Space, Switch } from 'antd';
import { DateField, EditButton } from '@refinedev/antd';
import { useTranslate, type CrudFilter, type CrudFilters } from '@refinedev/core';
import { textRules } from '../common/rules.ts';
import { filterValue } from '../common/search.ts';
import { DeactivateButton } from './DeactivateButton.tsx';
import { check, windowProblem } from './promotion.ts';

/* What promotions and coupons share: a schedule (starts_at, ends_at, active) and a note. */

/** The form card for the schedule, the on/off switch and the note (rules of promotions_window / coupons_window). */
export function ScheduleCard({ activeHint }: { activeHint?: string }) {
  const t = useTranslate();
  return (
    <Card size="small" title={t('promotions.titles.schedule')} style={{ marginBottom: 16 }}>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="starts_at" label={t('promotions.fields.starts_at')} extra={t('promotions.placeholders.startsHint')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="ends_at"
            label={t('promotions.fields.ends_at')}
            extra={t('promotions.placeholders.endsHint')}
            dependencies={['starts_at']}
            rules={[({ getFieldValue }) => ({ validator: (_r, v) => check(windowProblem(t, getFieldValue('starts_at'), v)) })]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="active" label={t('promotions.fields.active')} valuePropName="checked" extra={activeHint}>
        <Switch />
      </Form.Item>
      <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </Card>
  );
}

/** All / switched on / switched off, driving the list's `active` filter. */
export function ActiveTabs({ filters, setFilters }: { filters: CrudFilters; setFilters: (filters: CrudFilter[]) => void }) {
  const t = useTranslate();
  const active = filterValue<boolean | string>(filters, 'active', 'eq');
  return (
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
  );
}

/** starts → ends (or "no end"), in the list's date format. */
export function ScheduleWindow({ row, format }: { row: { starts_at: string; ends_at: string | null }; format: string }) {
  const t = useTranslate();
  return (
    <span className="nowrap">
      <DateField value={row.starts_at} format={format} /> → {row.ends_at ? <DateField value={row.ends_at} format={format} /> : t('promotions.fields.noEnd')}
    </span>
  );
}

/** A list row's edit and switch-off buttons. */
export function ScheduleRowActions({ resource, id, name, active }: { resource: 'promotions' | 'coupons'; id: string; name: string; active: boolean }) {
  return (
    <Space size={4}>
      <EditButton hideText size="small" recordItemId={id} resource={resource} />
      <DeactivateButton resource={resource} id={id} name={name} active={active} />
    </Space>
  );
}
