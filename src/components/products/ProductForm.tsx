import { AutoComplete, Card, Col, Form, Input, InputNumber, Radio, Row, Switch, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { BrandSelect } from '../brands/BrandSelect.tsx';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect.tsx';
import { codeRules, countRules, moneyRules, nameRules, numberRules, textRules } from '../common/rules.ts';
import { PRODUCT_DEFAULTS, PRODUCT_STATUSES, type ProductFormValues } from './types.ts';

const UNITS = ['件', '个', '箱', '盒', '袋', '瓶', '罐', '提', '包', '根', 'kg', 'g', 'L', 'm'];

/**
 * The one product form (create and edit). Every rule mirrors a constraint of public.products: SKU
 * required, unique, ≤ 64, no spaces; barcode optional, unique, ≤ 64, no spaces; name ≤ 200; spec
 * ≤ 200; unit ≤ 20; price ≥ 0 with ≤ 2 decimals; safety stock ≥ 0 with ≤ 3 decimals; shelf life
 * 1–36500 days; expiry alert 0–3650 days. A duplicate SKU / barcode comes back from the database and
 * lands on its field (error-messages.ts maps the constraint to the field).
 */
export function ProductForm({ formProps }: { formProps: FormProps<ProductFormValues> }) {
  const t = useTranslate();

  return (
    <Form<ProductFormValues> {...formProps} layout="vertical" initialValues={{ ...PRODUCT_DEFAULTS, ...formProps.initialValues }} className="product-form">
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('products.titles.basics')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="sku" label={t('products.fields.sku')} rules={codeRules(t, 64)} extra={t('products.actions.skuHint')}>
                  <Input maxLength={64} autoComplete="off" placeholder="YL-MILK-250" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="barcode" label={t('products.fields.barcode')} rules={codeRules(t, 64, false)}>
                  <Input maxLength={64} autoComplete="off" inputMode="numeric" placeholder="6901234567890" />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="name" label={t('products.fields.name')} rules={nameRules(t, 200)}>
                  <Input maxLength={200} showCount />
                </Form.Item>
              </Col>
              <Col xs={24} sm={16}>
                <Form.Item name="spec" label={t('products.fields.spec')} rules={textRules(t, 200)}>
                  <Input maxLength={200} placeholder={t('products.actions.specPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name="unit" label={t('products.fields.unit')} rules={nameRules(t, 20)}>
                  <AutoComplete
                    maxLength={20}
                    options={UNITS.map((unit) => ({ value: unit }))}
                    filterOption={(input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="category_id" label={t('products.fields.category_id')}>
                  <CategoryTreeSelect />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="brand_id" label={t('products.fields.brand_id')}>
                  <BrandSelect placeholder={t('products.actions.pickBrand')} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('products.titles.sales')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="list_price" label={t('products.fields.list_price')} rules={moneyRules(t)}>
                  <InputNumber<number> min={0} step={1} prefix="¥" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="status" label={t('products.fields.status')} rules={[{ required: true, message: t('validation.required') }]}>
                  <Radio.Group
                    optionType="button"
                    options={PRODUCT_STATUSES.map((status) => ({ value: status, label: t(`products.status.${status}`) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('products.titles.stockSettings')} style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="safety_stock" label={t('products.fields.safety_stock')} rules={countRules(t)} extra={t('products.actions.safetyHint')}>
                  <InputNumber<number> min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="track_batches" label={t('products.fields.track_batches')} valuePropName="checked" extra={t('products.actions.trackHint')}>
                  <Switch />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="shelf_life_days"
                  label={t('products.fields.shelf_life_days')}
                  rules={numberRules(t, { min: 1, max: 36500, decimals: 0 })}
                  extra={t('products.actions.shelfLifeHint')}
                >
                  <InputNumber<number> min={1} max={36500} addonAfter={t('products.actions.days')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="expiry_alert_days"
                  label={t('products.fields.expiry_alert_days')}
                  rules={numberRules(t, { required: true, min: 0, max: 3650, decimals: 0 })}
                >
                  <InputNumber<number> min={0} max={3650} addonAfter={t('products.actions.days')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
    </Form>
  );
}
