import { useGetIdentity } from '@refinedev/core';
import { WelcomeCard } from '../../components/dashboard/WelcomeCard.tsx';
import { PageLoader } from '../../components/common/PageLoader.tsx';
import type { Identity } from '../../providers/auth-provider.ts';

export default function DashboardPage() {
  const { data: identity } = useGetIdentity<Identity | null>();
  if (!identity) return <PageLoader />;
  return <WelcomeCard identity={identity} />;
}
