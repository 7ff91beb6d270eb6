import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CarOutlined,
  ContainerOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  ExceptionOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FireOutlined,
  GiftOutlined,
  HistoryOutlined,
  HomeOutlined,
  ImportOutlined,
  InboxOutlined,
  MailOutlined,
  PayCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  ShopOutlined,
  ShoppingOutlined,
  SwapOutlined,
  TagOutlined,
  TagsOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { ThemedLayout, ThemedSider, ThemedTitle } from '@refinedev/antd';
import { CanAccess, useResourceParams, useTranslate } from '@refinedev/core';
import { AppHeader } from './AppHeader.tsx';
import { AppLogo } from './AppLogo.tsx';
import { PageLoader } from '../common/PageLoader.tsx';
import ForbiddenPage from '../../pages/forbidden/index.tsx';
import { ResourceIconsContext } from './ResourceIcon.tsx';
// The back-office screens' words (catalogue, stock, alerts) travel with the layout, not the login page.
import '../../i18n/areas/inventory/index.ts';
import '../../i18n/areas/sales/index.ts';
import '../../i18n/areas/operations/index.ts';
import '../../i18n/areas/reports/index.ts';
import '../inventory/inventory.css';

const RESOURCE_ICONS = {
  dashboard: DashboardOutlined,
  catalogue: AppstoreOutlined,
  products: ShoppingOutlined,
  categories: ApartmentOutlined,
  brands: TagsOutlined,
  inventory: ContainerOutlined,
  stock_levels: DatabaseOutlined,
  stock_batches: InboxOutlined,
  stock_movements: HistoryOutlined,
  stock_receipts: ImportOutlined,
  stocktakes: AuditOutlined,
  transfers: SwapOutlined,
  write_offs: ExceptionOutlined,
  warehouses: HomeOutlined,
  sales: ShopOutlined,
  customers: UserOutlined,
  sales_orders: FileTextOutlined,
  fulfilment: CarOutlined,
  shipments: SendOutlined,
  payments: PayCircleOutlined,
  returns: RollbackOutlined,
  marketing: GiftOutlined,
  promotions: FireOutlined,
  coupons: TagOutlined,
  reports: BarChartOutlined,
  audit_log: FileSearchOutlined,
  alerts: BellOutlined,
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
