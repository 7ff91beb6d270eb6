import { Form, Input, InputNumber, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { CategoryTreeSelect } from './CategoryTreeSelect.tsx';
import { nameRules } from '../common/rules.ts';

export type CategoryFormValues = { name: string; parent_id: string | null; sort_order: number };

/** Name, parent and position among siblings; shared by "new", "new child" and "edit". */
export function CategoryForm({ formProps, disabledParents }: { formProps: FormProps<CategoryFormValues>; disabledParents?: Set<string> }) {
  const t = useTranslate();
  return (
    <Form<CategoryFormValues> {...formProps} layout="vertical" initialValues={{ sort_order: 0, parent_id: null, ...formProps.initialValues }}>
      <Form.Item name="name" label={t('categories.fields.name')} rules={nameRules(t, 50)} normalize={(v: string) => v?.replace(/^\s+/, '')}>
        <Input maxLength={50} showCount autoFocus placeholder={t('categories.actions.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="parent_id" label={t('categories.fields.parent_id')} extra={t('categories.actions.parentHint')}>
        <CategoryTreeSelect disabledIds={disabledParents} placeholder={t('categories.actions.topLevel')} />
      </Form.Item>
      <Form.Item name="sort_order" label={t('categories.fields.sort_order')} extra={t('categories.actions.sortHint')}>
        <InputNumber precision={0} min={-100000} max={100000} style={{ width: 160 }} />
      </Form.Item>
    </Form>
  );
}
