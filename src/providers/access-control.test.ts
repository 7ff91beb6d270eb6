import { describe, expect, it } from 'vitest';
import { createAccessControlProvider } from './access-control.ts';
import { ACTIONS, APP_ROLES, MENU_GROUPS, PERMISSIONS, RESOURCES, canOpenGroup, hasCapability, isAllowed, listableResources, type Action, type AppRole, type Resource } from './permissions.ts';

const ALL: readonly Action[] = ACTIONS;
const READ: readonly Action[] = ['list', 'show'];

/**
 * DESIGN §1 written out as expectations, role by role: every resource × action not listed for a role
 * must be denied. This is deliberately a second copy of the rules, not a loop over PERMISSIONS.
 */
const EXPECTED: Record<AppRole, Partial<Record<Resource, readonly Action[]>>> = {
  admin: {
    dashboard: READ,
    products: ALL,
    categories: ALL,
    brands: ALL,
    warehouses: ALL,
    stock_levels: READ,
    stock_batches: READ,
    stock_movements: READ,
    stock_receipts: ALL,
    stocktakes: ALL,
    transfers: ALL,
    write_offs: ALL,
    customers: ALL,
    sales_orders: ALL,
    payments: ALL,
    shipments: ALL,
    returns: ALL,
    promotions: ALL,
    coupons: ALL,
    alerts: ['list', 'show', 'edit'],
    reports: READ,
    profiles: ['list', 'show', 'edit'],
    staff_invitations: ['list', 'show', 'create', 'delete'],
    audit_log: READ,
  },
  sales: {
    dashboard: READ,
    products: READ,
    categories: READ,
    brands: READ,
    warehouses: READ,
    stock_levels: READ,
    customers: ['list', 'show', 'create', 'edit'],
    sales_orders: ['list', 'show', 'create', 'edit'],
    payments: ['list', 'show', 'create'],
    shipments: READ,
    returns: ['list', 'show', 'create'],
    promotions: READ,
    coupons: READ,
    alerts: READ,
  },
  warehouse: {
    dashboard: READ,
    products: READ,
    categories: READ,
    brands: READ,
    warehouses: READ,
    stock_levels: READ,
    stock_batches: READ,
    stock_movements: READ,
    stock_receipts: ['list', 'show', 'create', 'edit'],
    stocktakes: ['list', 'show', 'create', 'edit'],
    transfers: ['list', 'show', 'create', 'edit'],
    write_offs: ['list', 'show', 'create', 'edit'],
    customers: READ,
    sales_orders: READ,
    shipments: ['list', 'show', 'create', 'edit'],
    returns: ['list', 'show', 'edit'],
    alerts: ['list', 'show', 'edit'],
  },
  finance: {
    dashboard: READ,
    products: READ,
    categories: READ,
    brands: READ,
    warehouses: READ,
    stock_levels: READ,
    stock_batches: READ,
    stock_movements: READ,
    stock_receipts: READ,
    stocktakes: READ,
    transfers: READ,
    write_offs: READ,
    customers: READ,
    sales_orders: READ,
    payments: ['list', 'show', 'create', 'edit'],
    shipments: READ,
    returns: ['list', 'show', 'edit'],
    promotions: READ,
    coupons: READ,
    alerts: READ,
    reports: READ,
  },
};

describe('permission table (DESIGN §1)', () => {
  it('covers every planned resource', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...RESOURCES].sort());
  });

  for (const role of APP_ROLES) {
    describe(role, () => {
      for (const resource of RESOURCES) {
        const allowed = EXPECTED[role][resource] ?? [];
        const denied = ACTIONS.filter((action) => !allowed.includes(action));
        if (allowed.length) {
          it(`may ${allowed.join('/')} ${resource}`, () => {
            for (const action of allowed) expect(isAllowed(role, resource, action), `${role} ${action} ${resource}`).toBe(true);
          });
        }
        if (denied.length) {
          it(`may not ${denied.join('/')} ${resource}`, () => {
            for (const action of denied) expect(isAllowed(role, resource, action), `${role} ${action} ${resource}`).toBe(false);
          });
        }
      }
    });
  }

  it('keeps staff, invitations and the audit log for admins only', () => {
    for (const role of ['sales', 'warehouse', 'finance'] as const) {
      for (const resource of ['profiles', 'staff_invitations', 'audit_log'] as const) {
        for (const action of ACTIONS) expect(isAllowed(role, resource, action)).toBe(false);
      }
    }
  });

  it('lets only admins delete anything', () => {
    for (const role of ['sales', 'warehouse', 'finance'] as const) {
      for (const resource of RESOURCES) expect(isAllowed(role, resource, 'delete'), `${role} delete ${resource}`).toBe(false);
    }
  });

  it('makes finance read-only outside payments, refunds and reports', () => {
    for (const resource of RESOURCES.filter((r) => !['payments', 'returns'].includes(r))) {
      for (const action of ['create', 'edit', 'delete'] as const) {
        expect(isAllowed('finance', resource, action), `finance ${action} ${resource}`).toBe(false);
      }
    }
  });

  it('denies a user without a role, unknown roles, resources and actions', () => {
    for (const resource of RESOURCES) {
      for (const action of ACTIONS) {
        expect(isAllowed(null, resource, action)).toBe(false);
        expect(isAllowed(undefined, resource, action)).toBe(false);
        expect(isAllowed('owner' as AppRole, resource, action)).toBe(false);
      }
    }
    expect(isAllowed('admin', 'secrets', 'list')).toBe(false);
    expect(isAllowed('admin', undefined, 'list')).toBe(false);
    expect(isAllowed('admin', 'products', 'purge')).toBe(false);
    expect(isAllowed('admin', 'products', '')).toBe(false);
  });

  it('maps Refine’s clone/export/import onto create/list/create', () => {
    expect(isAllowed('sales', 'customers', 'clone')).toBe(true);
    expect(isAllowed('finance', 'customers', 'clone')).toBe(false);
    expect(isAllowed('finance', 'reports', 'export')).toBe(true);
    expect(isAllowed('warehouse', 'reports', 'export')).toBe(false);
    expect(isAllowed('warehouse', 'stock_receipts', 'import')).toBe(true);
  });

  it('lists the menu resources per role', () => {
    expect(listableResources('sales')).not.toContain('profiles');
    expect(listableResources('admin')).toEqual([...RESOURCES]);
    expect(listableResources(null)).toEqual([]);
  });
});

describe('capabilities and menu groups', () => {
  it('shows costs to admin and finance only; lets admin and warehouse set safety stock', () => {
    expect(APP_ROLES.filter((role) => hasCapability(role, 'view_costs'))).toEqual(['admin', 'finance']);
    expect(APP_ROLES.filter((role) => hasCapability(role, 'set_safety_stock'))).toEqual(['admin', 'warehouse']);
    expect(hasCapability(null, 'view_costs')).toBe(false);
  });

  it('groups only real resources, and opens a group when a member can be listed', () => {
    for (const members of Object.values(MENU_GROUPS)) for (const member of members) expect(RESOURCES).toContain(member);
    for (const role of APP_ROLES) expect(canOpenGroup(role, 'catalogue')).toBe(true);
    expect(canOpenGroup('sales', 'inventory')).toBe(true); // stock levels, warehouses
    expect(canOpenGroup(null, 'inventory')).toBe(false);
  });

  it('answers Refine for a group like for its members, list only', async () => {
    const can = (role: AppRole | null, resource: string, action: string) => createAccessControlProvider(async () => role).can({ resource, action });
    await expect(can('sales', 'inventory', 'list')).resolves.toEqual({ can: true });
    await expect(can('sales', 'inventory', 'create')).resolves.toEqual({ can: false });
    await expect(can(null, 'catalogue', 'list')).resolves.toEqual({ can: false });
  });
});

describe('accessControlProvider.can', () => {
  const can = (role: AppRole | null, resource: string | undefined, action: string) =>
    createAccessControlProvider(async () => role).can({ resource, action });

  it('answers from the signed-in role', async () => {
    await expect(can('admin', 'profiles', 'list')).resolves.toEqual({ can: true });
    await expect(can('admin', 'profiles', 'edit')).resolves.toEqual({ can: true });
    await expect(can('sales', 'profiles', 'list')).resolves.toEqual({ can: false });
    await expect(can('sales', 'staff_invitations', 'create')).resolves.toEqual({ can: false });
    await expect(can('sales', 'dashboard', 'list')).resolves.toEqual({ can: true });
    await expect(can('warehouse', 'shipments', 'edit')).resolves.toEqual({ can: true });
    await expect(can('finance', 'sales_orders', 'edit')).resolves.toEqual({ can: false });
  });

  it('denies everything without a role', async () => {
    await expect(can(null, 'dashboard', 'list')).resolves.toEqual({ can: false });
  });

  it('denies when the role cannot be read', async () => {
    const provider = createAccessControlProvider(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(provider.can({ resource: 'dashboard', action: 'list' })).resolves.toEqual({ can: false });
  });

  it('hides, rather than disables, buttons the role cannot use', () => {
    const provider = createAccessControlProvider(async () => 'admin');
    expect(provider.options?.buttons).toEqual({ enableAccessControl: true, hideIfUnauthorized: true });
  });
});
