import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { DashboardOutlined, MailOutlined, TeamOutlined } from '@ant-design/icons';
import { ThemedLayout, ThemedSider, ThemedTitle } from '@refinedev/antd';
import { CanAccess, useResourceParams, useTranslate } from '@refinedev/core';
import { AppHeader } from './AppHeader.tsx';
import { AppLogo } from './AppLogo.tsx';
import { PageLoader } from '../common/PageLoader.tsx';
import ForbiddenPage from '../../pages/forbidden/index.tsx';
import { ResourceIconsContext } from './ResourceIcon.tsx';

const RESOURCE_ICONS = {
  dashboard: DashboardOutlined,
  profiles: TeamOutlined,
  staff_invitations: MailOutlined,
};

function AppTitle({ collapsed }: { collapsed: boolean }) {
  const t = useTranslate();
  return <ThemedTitle collapsed={collapsed} icon={<AppLogo size={24} />} text={t('app.title')} />;
}

/** The sider without Refine's own logout item: sign-out lives in the header. */
function AppSider(props: Parameters<typeof ThemedSider>[0]) {
  return <ThemedSider {...props} render={({ items }) => items} />;
}

/** Routes of a resource render only if the role may perform the route's action; others get 403. */
function RouteGuard({ children }: { children: ReactNode }) {
  const { resource, action } = useResourceParams();
  if (!resource || !action) return <>{children}</>;
  return <CanAccess fallback={<ForbiddenPage />}>{children}</CanAccess>;
}

/** The signed-in back-office frame. Loaded lazily so the login route never downloads it. */
export default function AppLayout() {
  return (
    <ResourceIconsContext.Provider value={RESOURCE_ICONS}>
      <ThemedLayout Header={AppHeader} Title={AppTitle} Sider={AppSider}>
        <RouteGuard>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteGuard>
      </ThemedLayout>
    </ResourceIconsContext.Provider>
  );
}
