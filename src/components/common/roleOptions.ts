import { APP_ROLES, type AppRole } from '../../providers/permissions.ts';

export function roleOptions(t: (key: string) => string): { label: string; value: AppRole }[] {
  return APP_ROLES.map((role) => ({ label: t(`roles.${role}`), value: role }));
}
