import { List } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { InvitationsTable } from '../../components/staff-invitations/InvitationsTable.tsx';

export default function StaffInvitationsList() {
  const t = useTranslate();
  return (
    <List
      createButtonProps={{ children: t('staff_invitations.titles.create') }}
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="staff_invitations" />
        </>
      )}
    >
      <InvitationsTable />
    </List>
  );
}
