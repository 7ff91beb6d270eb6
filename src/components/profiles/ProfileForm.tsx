import { Alert, Form, Input, Select, Switch, Typography, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { roleOptions } from '../common/roleOptions.ts';
import type { ProfileFormValues, ProfileRecord } from './types.ts';

type Props = {
  formProps: FormProps<ProfileFormValues>;
  record?: ProfileRecord;
  /** The admin is editing their own row: role and status are locked (the database refuses anyway). */
  isSelf: boolean;
};

/** Staff member form: name, role (empty = unassigned) and active. Email belongs to the login, read-only. */
export function ProfileForm({ formProps, record, isSelf }: Props) {
  const t = useTranslate();
  return (
    <Form<ProfileFormValues> {...formProps} layout="vertical" style={{ maxWidth: 520 }}>
      {isSelf && <Alert type="info" showIcon message={t('profiles.actions.selfHint')} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('profiles.fields.email')}>
        <Typography.Text copyable={!!record?.email}>{record?.email ?? '—'}</Typography.Text>
      </Form.Item>
      <Form.Item
        name="full_name"
        label={t('profiles.fields.full_name')}
        rules={[{ max: 100 }]}
      >
        <Input maxLength={100} placeholder={record?.email} />
      </Form.Item>
      <Form.Item name="role" label={t('profiles.fields.role')}>
        <Select
          allowClear
          disabled={isSelf}
          placeholder={t('profiles.actions.rolePlaceholder')}
          options={roleOptions(t)}
        />
      </Form.Item>
      <Form.Item
        name="active"
        label={t('profiles.fields.active')}
        valuePropName="checked"
      >
        <Switch
          disabled={isSelf}
          checkedChildren={t('profiles.status.active')}
          unCheckedChildren={t('profiles.status.inactive')}
        />
      </Form.Item>
    </Form>
  );
}
