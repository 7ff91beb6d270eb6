/**
 * The one permission table of the UI (DESIGN §1). It decides what the menu shows, which buttons are
 * enabled and which routes render; Postgres RLS enforces the same rules again on every request.
 *
 * Rules of thumb encoded below:
 * - admin may do everything the product allows. Rows kept by the database itself (stock balances,
 *   batches, the movement ledger, the audit log, report rollups) are read-only for everyone: they
 *   change only through documents and triggers. Staff profiles are created by sign-up, and
 *   invitations are created or withdrawn, not edited.
 * - delete is admin-only everywhere; other roles cancel or void documents through a status change
 *   (an edit), so the trail stays complete.
 * - staff (profiles), staff invitations and the audit log are admin-only.
 */

export const APP_ROLES = ['admin', 'sales', 'warehouse', 'finance'] as const;
export type AppRole = (typeof APP_ROLES)[number];

export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

export const RESOURCES = [
  'dashboard',
  'products',
  'categories',
  'brands',
  'warehouses',
  'stock_levels',
  'stock_batches',
  'stock_movements',
  'stock_receipts',
  'stocktakes',
  'transfers',
  'write_offs',
  'customers',
  'sales_orders',
  'payments',
  'shipments',
  'returns',
  'promotions',
  'coupons',
  'alerts',
  'reports',
  'profiles',
  'staff_invitations',
  'audit_log',
] as const;
export type Resource = (typeof RESOURCES)[number];

type Grant = readonly Action[];
type ResourceGrants = Readonly<Partial<Record<AppRole, Grant>>>;

const ALL: Grant = ['list', 'show', 'create', 'edit', 'delete'];
const READ: Grant = ['list', 'show'];
const READ_CREATE: Grant = ['list', 'show', 'create'];
const READ_EDIT: Grant = ['list', 'show', 'edit'];
const WORK: Grant = ['list', 'show', 'create', 'edit']; // everything but delete
const NO_EDIT: Grant = ['list', 'show', 'create', 'delete'];

/** resource → role → allowed actions. A role missing from a row has no access to that resource. */
export const PERMISSIONS: Readonly<Record<Resource, ResourceGrants>> = {
  dashboard: { admin: READ, sales: READ, warehouse: READ, finance: READ },

  // Catalogue: maintained by admins, read by everyone who sells, stores or accounts for it.
  products: { admin: ALL, sales: READ, warehouse: READ, finance: READ },
  categories: { admin: ALL, sales: READ, warehouse: READ, finance: READ },
  brands: { admin: ALL, sales: READ, warehouse: READ, finance: READ },
  warehouses: { admin: ALL, sales: READ, warehouse: READ, finance: READ },

  // Balances and the ledger are kept by triggers: read-only for all.
  stock_levels: { admin: READ, sales: READ, warehouse: READ, finance: READ },
  stock_batches: { admin: READ, warehouse: READ, finance: READ },
  stock_movements: { admin: READ, warehouse: READ, finance: READ },

  // Stock documents: the warehouse's work.
  stock_receipts: { admin: ALL, warehouse: WORK, finance: READ },
  stocktakes: { admin: ALL, warehouse: WORK, finance: READ },
  transfers: { admin: ALL, warehouse: WORK, finance: READ },
  write_offs: { admin: ALL, warehouse: WORK, finance: READ },

  // Sales.
  customers: { admin: ALL, sales: WORK, warehouse: READ, finance: READ },
  sales_orders: { admin: ALL, sales: WORK, warehouse: READ, finance: READ },
  payments: { admin: ALL, sales: READ_CREATE, finance: WORK },
  shipments: { admin: ALL, sales: READ, warehouse: WORK, finance: READ },
  // Returns: sales files the request, finance approves or rejects it and refunds, the warehouse receives the goods.
  returns: { admin: ALL, sales: READ_CREATE, warehouse: READ_EDIT, finance: READ_EDIT },
  promotions: { admin: ALL, sales: READ, finance: READ },
  coupons: { admin: ALL, sales: READ, finance: READ },

  // Alerts are raised and resolved by the database; people acknowledge them.
  alerts: { admin: READ_EDIT, sales: READ, warehouse: READ_EDIT, finance: READ },
  reports: { admin: READ, finance: READ },

  // Administration. Profiles come from sign-up (admins change name, role, active); an invitation is
  // created or withdrawn, never edited.
  profiles: { admin: READ_EDIT },
  staff_invitations: { admin: NO_EDIT },
  audit_log: { admin: READ },
};

/** Refine asks for a few actions beyond CRUD; map them onto the table. */
const ACTION_ALIASES: Readonly<Record<string, Action>> = {
  clone: 'create',
  export: 'list',
  import: 'create',
};

export function isAppRole(value: unknown): value is AppRole {
  return typeof value === 'string' && (APP_ROLES as readonly string[]).includes(value);
}

export function isResource(value: unknown): value is Resource {
  return typeof value === 'string' && (RESOURCES as readonly string[]).includes(value);
}

/** Whether `role` may perform `action` on `resource`. Unknown roles, resources or actions are denied. */
export function isAllowed(role: AppRole | null | undefined, resource: string | undefined, action: string): boolean {
  if (!role || !isAppRole(role) || !resource || !isResource(resource)) return false;
  const normalized = (ACTION_ALIASES[action] ?? action) as Action;
  if (!(ACTIONS as readonly string[]).includes(normalized)) return false;
  return PERMISSIONS[resource][role]?.includes(normalized) ?? false;
}

/**
 * Abilities that are not a resource's CRUD: seeing purchase costs (the database hides unit_cost from
 * every role and serves it to admin and finance through cost RPCs), and setting a product's safety
 * stock (warehouse keepers may, through an RPC, without being able to edit the product).
 */
export const CAPABILITIES = {
  view_costs: ['admin', 'finance'],
  set_safety_stock: ['admin', 'warehouse'],
} as const satisfies Record<string, readonly AppRole[]>;
export type Capability = keyof typeof CAPABILITIES;

export function hasCapability(role: AppRole | null | undefined, capability: Capability): boolean {
  return !!role && (CAPABILITIES[capability] as readonly string[]).includes(role);
}

/** Menu groups (Refine parent resources): shown when the role can list at least one member. */
export const MENU_GROUPS = {
  catalogue: ['products', 'categories', 'brands'],
  inventory: ['stock_levels', 'stock_batches', 'stock_movements', 'stock_receipts', 'stocktakes', 'transfers', 'write_offs', 'warehouses'],
  sales: ['customers', 'sales_orders'],
  fulfilment: ['shipments', 'payments', 'returns'],
  marketing: ['promotions', 'coupons'],
} as const satisfies Record<string, readonly Resource[]>;
export type MenuGroup = keyof typeof MENU_GROUPS;

export function isMenuGroup(value: unknown): value is MenuGroup {
  return typeof value === 'string' && Object.hasOwn(MENU_GROUPS, value);
}

/** Whether `role` sees menu group `group` (any member listable). */
export function canOpenGroup(role: AppRole | null | undefined, group: MenuGroup): boolean {
  return MENU_GROUPS[group].some((resource) => isAllowed(role, resource, 'list'));
}

/** The resources whose list a role can open, in table order. */
export function listableResources(role: AppRole | null | undefined): Resource[] {
  return RESOURCES.filter((resource) => isAllowed(role, resource, 'list'));
}
