import { Card, Col, Form, Input, InputNumber, Radio, Row, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { moneyRules, nameRules, numberRules } from '../common/rules.ts';
import { amountProblem, check, percentProblem } from '../promotions/promotion.ts';
import { ScheduleCard } from '../promotions/Schedule.tsx';
import { COUPON_CODE, COUPON_DEFAULTS, COUPON_KINDS, normalizeCode, type CouponFormValues } from './coupon.ts';

/**
 * The one coupon form (create and edit). The code is fixed once created (no update grant on it); the
 * rules are those of public.coupons (code format, coupons_kind_fields, coupons_window, limits > 0).
 */
export function CouponForm({ formProps, creating }: { formProps: FormProps<CouponFormValues>; creating: boolean }) {
  const t = useTranslate();
  const kind = Form.useWatch('kind', formProps.form!) ?? COUPON_DEFAULTS.kind;
  return (
    <Form<CouponFormValues> {...formProps} layout="vertical" initialValues={{ ...COUPON_DEFAULTS, ...formProps.initialValues }} style={{ maxWidth: 960 }}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('coupons.titles.rule')} style={{ marginBottom: 16 }}>
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item
                  name="code"
                  label={t('coupons.fields.code')}
                  normalize={(v: string) => normalizeCode(v)}
                  extra={creating ? t('coupons.placeholders.codeHint') : t('coupons.placeholders.codeFixed')}
                  rules={[
                    { required: true, message: t('validation.required') },
                    { pattern: COUPON_CODE, message: t('coupons.validation.code') },
                  ]}
                >
                  <Input maxLength={32} disabled={!creating} autoComplete="off" placeholder="SUMMER2026" />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name="name" label={t('coupons.fields.name')} rules={nameRules(t, 100)}>
                  <Input maxLength={100} showCount />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="kind" label={t('coupons.fields.kind')}>
              <Radio.Group optionType="button" options={COUPON_KINDS.map((k) => ({ value: k, label: t(`coupons.kind.${k}`) }))} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                {kind === 'percent' ? (
                  <Form.Item name="percent_off" label={t('coupons.fields.percent_off')} extra={t('promotions.placeholders.percentHint')} rules={[{ required: true, validator: (_r, v) => check(percentProblem(t, v)) }]}>
                    <InputNumber<number> min={0} max={99.99} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                ) : (
                  <Form.Item name="amount_off" label={t('coupons.fields.amount_off')} rules={[{ required: true, validator: (_r, v) => check(amountProblem(t, v)) }]}>
                    <InputNumber<number> min={0} prefix="¥" style={{ width: '100%' }} />
                  </Form.Item>
                )}
              </Col>
              <Col span={12}>
                <Form.Item name="min_spend" label={t('coupons.fields.min_spend')} extra={t('coupons.placeholders.minSpendHint')} rules={moneyRules(t, false)}>
                  <InputNumber<number> min={0} prefix="¥" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="total_limit" label={t('coupons.fields.total_limit')} extra={t('coupons.placeholders.unlimitedHint')} rules={numberRules(t, { min: 1, below: 2147483648, decimals: 0 })}>
                  <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="per_customer_limit" label={t('coupons.fields.per_customer_limit')} extra={t('coupons.placeholders.unlimitedHint')} rules={numberRules(t, { min: 1, below: 2147483648, decimals: 0 })}>
                  <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ScheduleCard />
        </Col>
      </Row>
    </Form>
  );
}
