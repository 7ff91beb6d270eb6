import { Form, Input, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { nameRules } from '../common/rules.ts';

export type BrandRecord = { id: string; name: string; created_at: string; updated_at?: string; products?: { count: number }[] };
export type BrandFormValues = { name: string };
export const BRAND_COLUMNS = 'id, name, created_at, updated_at, products(count)';

/** A brand is its name (1–50 characters, unique). */
export function BrandForm({ formProps }: { formProps: FormProps<BrandFormValues> }) {
  const t = useTranslate();
  return (
    <Form<BrandFormValues> {...formProps} layout="vertical" style={{ maxWidth: 520 }}>
      <Form.Item name="name" label={t('brands.fields.name')} rules={nameRules(t, 50)} normalize={(v: string) => v?.replace(/^\s+/, '')}>
        <Input maxLength={50} showCount autoFocus placeholder={t('brands.actions.namePlaceholder')} />
      </Form.Item>
    </Form>
  );
}
