import type { AppRole } from '../../providers/permissions.ts';

/** A row of public.profiles as the staff screens read it. */
export type ProfileRecord = {
  id: string;
  email: string;
  full_name: string;
  role: AppRole | null;
  active: boolean;
  created_at: string;
  updated_at?: string;
};

/** What an admin may change on a staff member. */
export type ProfileFormValues = {
  full_name: string;
  role: AppRole | null;
  active: boolean;
};

export const PROFILE_COLUMNS = 'id, email, full_name, role, active, created_at, updated_at';
