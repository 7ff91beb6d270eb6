import { Card, Col, Form, Input, InputNumber, Radio, Row, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect.tsx';
import { nameRules } from '../common/rules.ts';
import { ProductSelect } from '../inventory/ProductSelect.tsx';
import {
  amountProblem,
  check,
  percentProblem,
  PROMOTION_DEFAULTS,
  PROMOTION_KINDS,
  PROMOTION_SCOPES,
  thresholdProblem,
  type PromotionFormValues,
} from './promotion.ts';
import { ScheduleCard } from './Schedule.tsx';

/**
 * The one promotion form (create and edit): kind and its amounts, scope, schedule, active. The rules
 * are the table's CHECK constraints (promotions_kind_fields, promotions_scope_fields, promotions_window).
 */
export function PromotionForm({ formProps }: { formProps: FormProps<PromotionFormValues> }) {
  const t = useTranslate();
  const form = formProps.form!;
  const kind = Form.useWatch('kind', form) ?? PROMOTION_DEFAULTS.kind;
  const scope = Form.useWatch('scope', form) ?? PROMOTION_DEFAULTS.scope;
  return (
    <Form<PromotionFormValues> {...formProps} layout="vertical" initialValues={{ ...PROMOTION_DEFAULTS, ...formProps.initialValues }} style={{ maxWidth: 960 }}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('promotions.titles.rule')} style={{ marginBottom: 16 }}>
            <Form.Item name="name" label={t('promotions.fields.name')} rules={nameRules(t, 100)}>
              <Input maxLength={100} showCount placeholder={t('promotions.placeholders.name')} />
            </Form.Item>
            <Form.Item name="kind" label={t('promotions.fields.kind')} rules={[{ required: true, message: t('validation.required') }]}>
              <Radio.Group optionType="button" options={PROMOTION_KINDS.map((k) => ({ value: k, label: t(`promotions.kind.${k}`) }))} />
            </Form.Item>
            <Row gutter={12}>
              {kind === 'percent_off' && (
                <Col span={12}>
                  <Form.Item name="percent_off" label={t('promotions.fields.percent_off')} extra={t('promotions.placeholders.percentHint')} rules={[{ required: true, validator: (_r, v) => check(percentProblem(t, v)) }]}>
                    <InputNumber<number> min={0} max={99.99} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              )}
              {kind === 'threshold' && (
                <Col span={12}>
                  <Form.Item name="threshold_amount" label={t('promotions.fields.threshold_amount')} rules={[{ required: true, validator: (_r, v) => check(amountProblem(t, v)) }]}>
                    <InputNumber<number> min={0} prefix="¥" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              )}
              {(kind === 'amount_off' || kind === 'threshold') && (
                <Col span={12}>
                  <Form.Item
                    name="amount_off"
                    label={t(kind === 'threshold' ? 'promotions.fields.threshold_off' : 'promotions.fields.amount_off')}
                    extra={kind === 'amount_off' ? t('promotions.placeholders.perUnitHint') : undefined}
                    dependencies={['threshold_amount']}
                    rules={[
                      { required: true, validator: (_r, v) => check(amountProblem(t, v)) },
                      ({ getFieldValue }) => ({ validator: (_r, v) => check(kind === 'threshold' ? thresholdProblem(t, v, getFieldValue('threshold_amount')) : undefined) }),
                    ]}
                  >
                    <InputNumber<number> min={0} prefix="¥" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Form.Item name="scope" label={t('promotions.fields.scope')}>
              <Radio.Group optionType="button" options={PROMOTION_SCOPES.map((s) => ({ value: s, label: t(`promotions.scope.${s}`) }))} />
            </Form.Item>
            {scope === 'category' && (
              <Form.Item name="category_id" label={t('promotions.fields.category')} extra={t('promotions.placeholders.categoryHint')} rules={[{ required: true, message: t('validation.required') }]}>
                <CategoryTreeSelect />
              </Form.Item>
            )}
            {scope === 'product' && (
              <Form.Item name="product_id" label={t('promotions.fields.product')} rules={[{ required: true, message: t('validation.required') }]}>
                <ProductSelect />
              </Form.Item>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ScheduleCard activeHint={t('promotions.placeholders.activeHint')} />
        </Col>
      </Row>
    </Form>
  );
}
