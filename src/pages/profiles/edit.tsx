import { Modal } from 'antd';
import { Edit, useForm } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import { ProfileForm } from '../../components/profiles/ProfileForm.tsx';
import { useConfirmProfileChange } from '../../components/profiles/useConfirmProfileChange.ts';
import { PROFILE_COLUMNS, type ProfileFormValues, type ProfileRecord } from '../../components/profiles/types.ts';
import type { Identity } from '../../providers/auth-provider.ts';

export default function ProfilesEdit() {
  const { formProps, saveButtonProps, query, onFinish } = useForm<ProfileRecord, never, ProfileFormValues>({
    meta: { select: PROFILE_COLUMNS },
    redirect: 'list',
  });
  const { data: identity } = useGetIdentity<Identity | null>();
  const [modal, modalHolder] = Modal.useModal();
  const confirm = useConfirmProfileChange(modal);
  const record = query?.data?.data;
  const isSelf = !!record && record.id === identity?.id;

  const submit = async (values: ProfileFormValues) => {
    // A cleared role comes back as undefined; the row stores null (= waiting for an administrator).
    const next: ProfileFormValues = { full_name: (values.full_name ?? '').trim(), role: values.role ?? null, active: values.active };
    if (isSelf) {
      await onFinish({ full_name: next.full_name } as ProfileFormValues);
      return;
    }
    if (await confirm(record, next)) await onFinish(next);
  };

  return (
    <Edit saveButtonProps={saveButtonProps} canDelete={false}>
      {modalHolder}
      <ProfileForm formProps={{ ...formProps, onFinish: submit }} record={record} isSelf={isSelf} />
    </Edit>
  );
}
