import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useGetIdentity } from '@refinedev/core';
import type { Identity } from '../../providers/auth-provider.ts';
import { PageLoader } from '../common/PageLoader.tsx';

/**
 * A signed-in user with no role, or a deactivated one, sees only the waiting page (DESIGN §1).
 * Everything under the back-office layout goes through here.
 */
export function RequireRole({ children }: { children: ReactNode }) {
  const { data: identity, isLoading } = useGetIdentity<Identity | null>();
  if (isLoading) return <PageLoader />;
  if (!identity || !identity.role || !identity.active) return <Navigate to="/waiting" replace />;
  return <>{children}</>;
}
