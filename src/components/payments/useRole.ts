import { useGetIdentity } from '@refinedev/core';
import type { AppRole } from '../../providers/permissions.ts';
import type { Identity } from '../../providers/auth-provider.ts';

/**
 * The signed-in user's role (null while loading, or without an active role). The fulfilment screens
 * decide their RPC buttons with it, mirroring each function's require_role (the SQL decides again).
 */
export function useRole(): AppRole | null {
  const { data: identity } = useGetIdentity<Identity | null>();
  return identity?.active ? identity.role : null;
}
