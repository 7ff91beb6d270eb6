import { Form, Input, Switch, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { codeRules, nameRules, textRules } from '../common/rules.ts';

export type WarehouseRecord = { id: string; code: string; name: string; address: string; active: boolean; created_at: string };
export type WarehouseFormValues = { code: string; name: string; address: string; active: boolean };
export const WAREHOUSE_COLUMNS = 'id, code, name, address, active, created_at';

export const cleanWarehouse = (v: WarehouseFormValues): WarehouseFormValues => ({
  code: v.code.trim(),
  name: v.name.trim(),
  address: (v.address ?? '').trim(),
  active: v.active !== false,
});

/** Code (unique, no spaces, ≤ 20), name (≤ 100), address (≤ 200) and whether it takes documents. */
export function WarehouseForm({ formProps }: { formProps: FormProps<WarehouseFormValues> }) {
  const t = useTranslate();
  return (
    <Form<WarehouseFormValues> {...formProps} layout="vertical" style={{ maxWidth: 560 }} initialValues={{ active: true, address: '', ...formProps.initialValues }}>
      <Form.Item name="code" label={t('warehouses.fields.code')} rules={codeRules(t, 20)} extra={t('warehouses.actions.codeHint')}>
        <Input maxLength={20} placeholder="SH01" style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="name" label={t('warehouses.fields.name')} rules={nameRules(t, 100)}>
        <Input maxLength={100} placeholder={t('warehouses.actions.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="address" label={t('warehouses.fields.address')} rules={textRules(t, 200)}>
        <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="active" label={t('warehouses.fields.active')} valuePropName="checked" extra={t('warehouses.actions.activeHint')}>
        <Switch checkedChildren={t('warehouses.status.active')} unCheckedChildren={t('warehouses.status.inactive')} />
      </Form.Item>
    </Form>
  );
}
