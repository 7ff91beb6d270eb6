import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { ConfigProvider, notification } from 'antd';
import { Authenticated, Refine, type ResourceProps } from '@refinedev/core';
import routerProvider, { CatchAllNavigate, NavigateToResource, UnsavedChangesNotifier } from '@refinedev/react-router';
import { createNotificationProvider } from './providers/notification-provider.tsx';
import { authProvider, currentRole } from './providers/auth-provider.ts';
import { createAccessControlProvider } from './providers/access-control.ts';
import { dataProvider } from './providers/data-provider.ts';
import { useI18nProvider } from './providers/i18n-provider.ts';
import { RequireRole } from './components/auth/RequireRole.tsx';
import { SessionWatcher } from './components/auth/SessionWatcher.tsx';
import { PageLoader } from './components/common/PageLoader.tsx';
import { ResourceIcon } from './components/layout/ResourceIcon.tsx';
import { DocumentTitle } from './components/layout/DocumentTitle.tsx';
import { theme } from './theme.ts';

// Every page, and the back-office layout itself, is its own chunk: /login loads none of the
// ThemedLayout, tables or Refine's CRUD views (see `npm run bench:bundle`).
const AppLayout = lazy(() => import('./components/layout/AppLayout.tsx'));
const LoginPage = lazy(() => import('./pages/login/index.tsx'));
const RegisterPage = lazy(() => import('./pages/register/index.tsx'));
const WaitingPage = lazy(() => import('./pages/waiting/index.tsx'));
const NotFoundPage = lazy(() => import('./pages/not-found/index.tsx'));
const DashboardPage = lazy(() => import('./pages/dashboard/index.tsx'));
const ProfilesList = lazy(() => import('./pages/profiles/list.tsx'));
const ProfilesEdit = lazy(() => import('./pages/profiles/edit.tsx'));
const StaffInvitationsList = lazy(() => import('./pages/staff-invitations/list.tsx'));
const StaffInvitationsCreate = lazy(() => import('./pages/staff-invitations/create.tsx'));
// Catalogue, stock and alert screens: one lazy module declares their routes (and lazy pages), so the
// entry chunk carries one import instead of one per page.
const InventoryRoutes = lazy(() => import('./pages/inventory-routes.tsx'));
// Likewise customers and orders; shipments, payments, returns, promotions, coupons and the audit log;
// and the report pages.
const SalesRoutes = lazy(() => import('./pages/sales-routes.tsx'));
const OperationsRoutes = lazy(() => import('./pages/operations-routes.tsx'));
const ReportsRoutes = lazy(() => import('./pages/reports-routes.tsx'));

const accessControlProvider = createAccessControlProvider(currentRole);

const icon = (name: string) => <ResourceIcon name={name} />;
/** CRUD routes of a resource under `base` (only the actions given). */
const crud = (base: string, actions: ('create' | 'edit' | 'show')[]) => ({
  list: base,
  ...(actions.includes('create') ? { create: `${base}/create` } : {}),
  ...(actions.includes('edit') ? { edit: `${base}/edit/:id` } : {}),
  ...(actions.includes('show') ? { show: `${base}/show/:id` } : {}),
});

/**
 * Only resources that have screens are listed; the menu shows those the role may list. `meta.parent`
 * groups them (permissions.ts MENU_GROUPS); `meta.table` names the table or view when it differs from
 * the resource (data-provider.ts).
 */
const resources: ResourceProps[] = [
  { name: 'dashboard', list: '/', meta: { icon: icon('dashboard') } },
  { name: 'catalogue', meta: { icon: icon('catalogue') } },
  { name: 'products', ...crud('/products', ['create', 'edit', 'show']), meta: { parent: 'catalogue', icon: icon('products') } },
  { name: 'categories', list: '/categories', meta: { parent: 'catalogue', icon: icon('categories') } },
  { name: 'brands', ...crud('/brands', ['create', 'edit']), meta: { parent: 'catalogue', icon: icon('brands') } },
  { name: 'inventory', meta: { icon: icon('inventory') } },
  { name: 'stock_levels', list: '/stock/levels', meta: { parent: 'inventory', icon: icon('stock_levels') } },
  { name: 'stock_batches', list: '/stock/batches', meta: { parent: 'inventory', icon: icon('stock_batches'), table: 'stock_batch_list' } },
  { name: 'stock_movements', list: '/stock/movements', meta: { parent: 'inventory', icon: icon('stock_movements'), table: 'stock_movement_list' } },
  { name: 'stock_receipts', ...crud('/stock/receipts', ['create', 'show']), meta: { parent: 'inventory', icon: icon('stock_receipts') } },
  { name: 'stocktakes', ...crud('/stock/stocktakes', ['create', 'show']), meta: { parent: 'inventory', icon: icon('stocktakes'), table: 'stock_adjustments' } },
  { name: 'transfers', ...crud('/stock/transfers', ['create', 'show']), meta: { parent: 'inventory', icon: icon('transfers'), table: 'stock_transfers' } },
  { name: 'write_offs', ...crud('/stock/write-offs', ['create', 'show']), meta: { parent: 'inventory', icon: icon('write_offs'), table: 'stock_write_offs' } },
  { name: 'warehouses', ...crud('/warehouses', ['create', 'edit']), meta: { parent: 'inventory', icon: icon('warehouses') } },
  { name: 'sales', meta: { icon: icon('sales') } },
  { name: 'customers', ...crud('/customers', ['create', 'edit', 'show']), meta: { parent: 'sales', icon: icon('customers') } },
  { name: 'sales_orders', ...crud('/orders', ['create', 'edit', 'show']), meta: { parent: 'sales', icon: icon('sales_orders') } },
  { name: 'fulfilment', meta: { icon: icon('fulfilment') } },
  { name: 'shipments', ...crud('/shipments', ['show']), meta: { parent: 'fulfilment', icon: icon('shipments') } },
  { name: 'payments', ...crud('/payments', ['create', 'show']), meta: { parent: 'fulfilment', icon: icon('payments') } },
  { name: 'returns', ...crud('/returns', ['create', 'show']), meta: { parent: 'fulfilment', icon: icon('returns') } },
  { name: 'marketing', meta: { icon: icon('marketing') } },
  { name: 'promotions', ...crud('/promotions', ['create', 'edit']), meta: { parent: 'marketing', icon: icon('promotions') } },
  { name: 'coupons', ...crud('/coupons', ['create', 'edit']), meta: { parent: 'marketing', icon: icon('coupons') } },
  { name: 'reports', list: '/reports', meta: { icon: icon('reports') } },
  { name: 'alerts', list: '/alerts', meta: { icon: icon('alerts') } },
  { name: 'profiles', list: '/profiles', edit: '/profiles/edit/:id', meta: { icon: icon('profiles') } },
  { name: 'staff_invitations', list: '/staff-invitations', create: '/staff-invitations/create', meta: { icon: icon('staff_invitations') } },
  { name: 'audit_log', list: '/audit-log', meta: { icon: icon('audit_log') } },
];

function Suspended({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

export default function App() {
  const { i18nProvider, antdLocale } = useI18nProvider();
  const [notificationApi, notificationHolder] = notification.useNotification({ maxCount: 4 });
  const notificationProvider = useMemo(() => createNotificationProvider(notificationApi), [notificationApi]);

  return (
    <BrowserRouter>
      <ConfigProvider locale={antdLocale} theme={theme}>
        {notificationHolder}
          <Refine
            routerProvider={routerProvider}
            dataProvider={dataProvider}
            authProvider={authProvider}
            accessControlProvider={accessControlProvider}
            i18nProvider={i18nProvider}
            notificationProvider={notificationProvider}
            resources={resources}
            options={{
              disableTelemetry: true,
              syncWithLocation: true,
              warnWhenUnsavedChanges: true,
              breadcrumb: false,
              reactQuery: { clientConfig: { defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } } },
            }}
          >
            <Suspended>
              <Routes>
                <Route
                  element={
                    <Authenticated key="back-office" fallback={<CatchAllNavigate to="/login" />}>
                      <RequireRole>
                        <AppLayout />
                      </RequireRole>
                    </Authenticated>
                  }
                >
                  <Route index element={<DashboardPage />} />
                  <Route path="/profiles">
                    <Route index element={<ProfilesList />} />
                    <Route path="edit/:id" element={<ProfilesEdit />} />
                  </Route>
                  <Route path="/staff-invitations">
                    <Route index element={<StaffInvitationsList />} />
                    <Route path="create" element={<StaffInvitationsCreate />} />
                  </Route>
                  <Route path="/products/*" element={<InventoryRoutes area="products" />} />
                  <Route path="/categories/*" element={<InventoryRoutes area="categories" />} />
                  <Route path="/brands/*" element={<InventoryRoutes area="brands" />} />
                  <Route path="/warehouses/*" element={<InventoryRoutes area="warehouses" />} />
                  <Route path="/stock/*" element={<InventoryRoutes area="stock" />} />
                  <Route path="/alerts/*" element={<InventoryRoutes area="alerts" />} />
                  <Route path="/customers/*" element={<SalesRoutes area="customers" />} />
                  <Route path="/orders/*" element={<SalesRoutes area="orders" />} />
                  <Route path="/shipments/*" element={<OperationsRoutes area="shipments" />} />
                  <Route path="/payments/*" element={<OperationsRoutes area="payments" />} />
                  <Route path="/returns/*" element={<OperationsRoutes area="returns" />} />
                  <Route path="/promotions/*" element={<OperationsRoutes area="promotions" />} />
                  <Route path="/coupons/*" element={<OperationsRoutes area="coupons" />} />
                  <Route path="/audit-log/*" element={<OperationsRoutes area="audit-log" />} />
                  <Route path="/reports/*" element={<ReportsRoutes />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>

                <Route
                  element={
                    <Authenticated key="waiting" fallback={<CatchAllNavigate to="/login" />}>
                      <Outlet />
                    </Authenticated>
                  }
                >
                  <Route path="/waiting" element={<WaitingPage />} />
                </Route>

                <Route
                  element={
                    <Authenticated key="auth-pages" fallback={<Outlet />}>
                      <NavigateToResource resource="dashboard" />
                    </Authenticated>
                  }
                >
                  <Route path="/login" element={<LoginPage />} />
                  <Route path="/register" element={<RegisterPage />} />
                </Route>
              </Routes>
            </Suspended>
            <SessionWatcher />
            <UnsavedChangesNotifier />
            <DocumentTitle />
          </Refine>
      </ConfigProvider>
    </BrowserRouter>
  );
}
