import { Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Switch, Typography, type FormProps } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { nameRules, textRules } from '../common/rules.ts';
import { ADDRESS_LIMITS as A, CUSTOMER_DEFAULTS, CUSTOMER_KINDS, CUSTOMER_LIMITS as C, isEmail, isPhone, tagsProblem, type CustomerFormValues } from './customer.ts';

const TAG_SUGGESTIONS = ['VIP', '批发', '零售', '企业', '老客户'];

/**
 * The one customer form (create and edit): who they are, how to reach them, tags, and their delivery
 * addresses (at most one default, which new orders copy as ship-to). Every rule mirrors a constraint of
 * public.customers / public.customer_addresses; the database still decides.
 */
export function CustomerForm({ formProps }: { formProps: FormProps<CustomerFormValues> }) {
  const t = useTranslate();
  const form = formProps.form;
  const phoneRule = (required: boolean) => ({
    validator: async (_r: unknown, value: string | undefined) => {
      if (!value?.trim()) {
        if (required) throw new Error(t('validation.required'));
        return;
      }
      if (!isPhone(value)) throw new Error(t('customers.validation.phone'));
    },
  });

  return (
    <Form<CustomerFormValues> {...formProps} layout="vertical" initialValues={{ ...CUSTOMER_DEFAULTS, ...formProps.initialValues }} scrollToFirstError>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('customers.titles.basics')} style={{ marginBottom: 16 }}>
            <Form.Item name="kind" label={t('customers.fields.kind')}>
              <Radio.Group optionType="button" options={CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="name" label={t('customers.fields.name')} rules={nameRules(t, C.name)}>
              <Input maxLength={C.name} showCount autoComplete="off" />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="contact_name" label={t('customers.fields.contact_name')} rules={textRules(t, C.contact_name)}>
                  <Input maxLength={C.contact_name} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="phone" label={t('customers.fields.phone')} rules={[...textRules(t, C.phone), phoneRule(false)]}>
                  <Input maxLength={C.phone} inputMode="tel" autoComplete="off" placeholder="138 0000 0000" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="email"
              label={t('customers.fields.email')}
              rules={[
                ...textRules(t, C.email),
                { validator: async (_r, v: string | undefined) => { if (v?.trim() && !isEmail(v)) throw new Error(t('customers.validation.email')); } },
              ]}
            >
              <Input maxLength={C.email} inputMode="email" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="tags"
              label={t('customers.fields.tags')}
              extra={t('customers.actions.tagsHint', { max: C.tags, length: C.tag })}
              rules={[
                {
                  validator: async (_r, v: string[] | undefined) => {
                    const problem = tagsProblem(v);
                    if (problem) throw new Error(t(problem.key, problem.values));
                  },
                },
              ]}
            >
              <Select mode="tags" tokenSeparators={[',', '，']} options={TAG_SUGGESTIONS.map((v) => ({ value: v }))} />
            </Form.Item>
            <Form.Item name="note" label={t('customers.fields.note')} rules={textRules(t, C.note)}>
              <Input.TextArea maxLength={C.note} rows={2} showCount />
            </Form.Item>
            <Form.Item name="active" label={t('customers.fields.active')} valuePropName="checked" extra={t('customers.actions.activeHint')}>
              <Switch />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('customers.titles.addresses')}>
            <Form.List name="addresses">
              {(fields, { add, remove }) => (
                <>
                  {fields.length === 0 && <Typography.Paragraph type="secondary">{t('customers.empty.addresses')}</Typography.Paragraph>}
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      type="inner"
                      style={{ marginBottom: 12 }}
                      title={t('customers.titles.address', { n: index + 1 })}
                      extra={
                        <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                          {t('customers.actions.removeAddress')}
                        </Button>
                      }
                    >
                      <Form.Item name={[field.name, 'id']} hidden>
                        <Input />
                      </Form.Item>
                      <Row gutter={12}>
                        <Col xs={24} sm={6}>
                          <Form.Item name={[field.name, 'label']} label={t('customers.fields.address_label')} rules={textRules(t, A.label)}>
                            <Input maxLength={A.label} placeholder={t('customers.actions.labelPlaceholder')} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={9}>
                          <Form.Item name={[field.name, 'recipient']} label={t('customers.fields.recipient')} rules={nameRules(t, A.recipient)}>
                            <Input maxLength={A.recipient} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={9}>
                          <Form.Item name={[field.name, 'phone']} label={t('customers.fields.phone')} rules={[...nameRules(t, A.phone), phoneRule(true)]}>
                            <Input maxLength={A.phone} inputMode="tel" />
                          </Form.Item>
                        </Col>
                        <Col xs={8}>
                          <Form.Item name={[field.name, 'province']} label={t('customers.fields.province')} rules={textRules(t, A.province)}>
                            <Input maxLength={A.province} />
                          </Form.Item>
                        </Col>
                        <Col xs={8}>
                          <Form.Item name={[field.name, 'city']} label={t('customers.fields.city')} rules={textRules(t, A.city)}>
                            <Input maxLength={A.city} />
                          </Form.Item>
                        </Col>
                        <Col xs={8}>
                          <Form.Item name={[field.name, 'district']} label={t('customers.fields.district')} rules={textRules(t, A.district)}>
                            <Input maxLength={A.district} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={16}>
                          <Form.Item name={[field.name, 'address_line']} label={t('customers.fields.address_line')} rules={nameRules(t, A.address_line)}>
                            <Input maxLength={A.address_line} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={4}>
                          <Form.Item
                            name={[field.name, 'postal_code']}
                            label={t('customers.fields.postal_code')}
                            rules={[...textRules(t, A.postal_code), { pattern: /^[0-9A-Za-z -]*$/, message: t('customers.validation.postal_code') }]}
                          >
                            <Input maxLength={A.postal_code} inputMode="numeric" />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={4}>
                          <Form.Item name={[field.name, 'is_default']} label=" " valuePropName="checked">
                            <Checkbox
                              onChange={(e) => {
                                // One default: ticking this one unticks the others.
                                if (!e.target.checked || !form) return;
                                const list = (form.getFieldValue('addresses') ?? []) as { is_default?: boolean }[];
                                form.setFieldValue('addresses', list.map((a, i) => ({ ...a, is_default: i === field.name })));
                              }}
                            >
                              {t('customers.fields.is_default')}
                            </Checkbox>
                          </Form.Item>
                        </Col>
                      </Row>
                    </Card>
                  ))}
                  <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ is_default: fields.length === 0 })}>
                    {t('customers.actions.addAddress')}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
        </Col>
      </Row>
    </Form>
  );
}
