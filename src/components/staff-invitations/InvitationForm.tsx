import { Alert, Form, Input, Select, type FormProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { roleOptions } from '../common/roleOptions.ts';
import type { InvitationFormValues } from './types.ts';

/** Whom to invite, and as what. (Invitations are created or withdrawn; the database has no edit.) */
export function InvitationForm({ formProps }: { formProps: FormProps<InvitationFormValues> }) {
  const t = useTranslate();
  return (
    <Form<InvitationFormValues> {...formProps} layout="vertical" style={{ maxWidth: 520 }}>
      <Alert type="info" showIcon message={t('staff_invitations.actions.intro')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="email"
        label={t('staff_invitations.fields.email')}
        normalize={(value: string) => value.trim().toLowerCase()}
        rules={[
          { required: true, message: t('staff_invitations.errors.requiredEmail') },
          { type: 'email', message: t('staff_invitations.errors.validEmail') },
        ]}
      >
        <Input
          autoComplete="off"
          inputMode="email"
          placeholder={t('staff_invitations.actions.emailPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('staff_invitations.fields.role')}
        rules={[{ required: true, message: t('staff_invitations.errors.requiredRole') }]}
      >
        <Select placeholder={t('staff_invitations.actions.rolePlaceholder')} options={roleOptions(t)} />
      </Form.Item>
    </Form>
  );
}
