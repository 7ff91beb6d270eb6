import type { AccessControlProvider } from '@refinedev/core';
import { canOpenGroup, isAllowed, isMenuGroup, type AppRole } from './permissions.ts';

/**
 * Refine's access control, driven by the signed-in user's role and the single table in
 * permissions.ts. It hides menu items and buttons and guards routes (via <CanAccess>); the database
 * enforces the same rules with RLS, so this is about showing people only what they can use.
 */
export function createAccessControlProvider(getRole: () => Promise<AppRole | null>): AccessControlProvider {
  return {
    can: async ({ resource, action }) => {
      let role: AppRole | null = null;
      try {
        role = await getRole();
      } catch {
        role = null; // Profile unreadable (offline, signed out): show nothing rather than everything.
      }
      if (isMenuGroup(resource)) return { can: action === 'list' && canOpenGroup(role, resource) };
      return { can: isAllowed(role, resource, action) };
    },
    options: {
      buttons: { enableAccessControl: true, hideIfUnauthorized: true },
      queryOptions: { staleTime: 30_000 },
    },
  };
}
