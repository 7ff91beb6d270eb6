import type { AppRole } from '../../providers/permissions.ts';

export type InvitationRecord = {
  id: string;
  email: string;
  role: AppRole;
  invited_by: string | null;
  created_at: string;
  accepted_at: string | null;
};

export type InvitationFormValues = {
  email: string;
  role: AppRole;
};

export const INVITATION_COLUMNS = 'id, email, role, invited_by, created_at, accepted_at';
