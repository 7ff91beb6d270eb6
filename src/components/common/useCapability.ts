import { useGetIdentity } from '@refinedev/core';
import { hasCapability, type Capability } from '../../providers/permissions.ts';
import type { Identity } from '../../providers/auth-provider.ts';

/** Whether the signed-in user has a capability from permissions.ts (false while loading). */
export function useCapability(capability: Capability): boolean {
  const { data: identity } = useGetIdentity<Identity | null>();
  return hasCapability(identity?.active ? identity.role : null, capability);
}
