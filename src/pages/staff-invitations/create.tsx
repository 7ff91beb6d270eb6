import { Create, useForm } from '@refinedev/antd';
import { InvitationForm } from '../../components/staff-invitations/InvitationForm.tsx';
import type { InvitationFormValues, InvitationRecord } from '../../components/staff-invitations/types.ts';

export default function StaffInvitationsCreate() {
  const { formProps, saveButtonProps } = useForm<InvitationRecord, never, InvitationFormValues>({
    redirect: 'list',
  });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <InvitationForm formProps={formProps} />
    </Create>
  );
}
