/**
 * Customers: the shapes the screens read and write, and the pure rules of the form (unit tested in
 * customer.test.ts). Limits mirror public.customers / public.customer_addresses
 * (supabase/migrations/…0300_customers.sql).
 */

export type CustomerKind = 'individual' | 'company';
export const CUSTOMER_KINDS: readonly CustomerKind[] = ['individual', 'company'];

export type AddressRecord = {
  id: string;
  customer_id: string;
  label: string | null;
  recipient: string;
  phone: string;
  province: string | null;
  city: string | null;
  district: string | null;
  address_line: string;
  postal_code: string | null;
  is_default: boolean;
};

export type CustomerStats = { order_count: number; total_amount: number | string | null; net_paid: number | string | null; first_order_at: string | null; last_order_at: string | null };

export type CustomerRecord = {
  id: string;
  kind: CustomerKind;
  name: string;
  contact_name: string | null;
  phone: string | null;
  email: string | null;
  tags: string[];
  note: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
  customer_addresses?: AddressRecord[];
  customer_order_stats?: CustomerStats[] | CustomerStats | null;
};

export const ADDRESS_COLUMNS = 'id, customer_id, label, recipient, phone, province, city, district, address_line, postal_code, is_default';
export const CUSTOMER_COLUMNS = `id, kind, name, contact_name, phone, email, tags, note, active, created_at, updated_at, customer_addresses(${ADDRESS_COLUMNS})`;
export const CUSTOMER_LIST_COLUMNS = 'id, kind, name, contact_name, phone, email, tags, active, created_at, customer_order_stats(order_count, total_amount, last_order_at)';

/** Column limits (char_length checks and the refuse_long_text trigger). */
export const CUSTOMER_LIMITS = { name: 100, contact_name: 50, phone: 30, email: 255, note: 1000, tags: 20, tag: 30 } as const;
export const ADDRESS_LIMITS = {
  label: 20, recipient: 50, phone: 30, province: 50, city: 50, district: 50, address_line: 200, postal_code: 10,
} as const;

export type AddressValues = Partial<Omit<AddressRecord, 'customer_id'>>;
export type CustomerFormValues = {
  kind?: CustomerKind;
  name?: string;
  contact_name?: string | null;
  phone?: string | null;
  email?: string | null;
  tags?: string[];
  note?: string | null;
  active?: boolean;
  addresses?: AddressValues[];
};

export const CUSTOMER_DEFAULTS: CustomerFormValues = { kind: 'individual', tags: [], active: true, addresses: [] };

const trimOrNull = (value: string | null | undefined) => {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
};

/** The customer's own columns as the table takes them: trimmed, empty → null, tags trimmed and de-duplicated. */
export function cleanCustomer(values: CustomerFormValues) {
  const tags: string[] = [];
  for (const tag of values.tags ?? []) {
    const text = tag.trim();
    if (text && !tags.includes(text)) tags.push(text);
  }
  return {
    kind: values.kind ?? 'individual',
    name: (values.name ?? '').trim(),
    contact_name: trimOrNull(values.contact_name),
    phone: trimOrNull(values.phone),
    email: trimOrNull(values.email),
    tags,
    note: trimOrNull(values.note),
    active: values.active ?? true,
  };
}

export function cleanAddress(values: AddressValues) {
  return {
    label: trimOrNull(values.label),
    recipient: (values.recipient ?? '').trim(),
    phone: (values.phone ?? '').trim(),
    province: trimOrNull(values.province),
    city: trimOrNull(values.city),
    district: trimOrNull(values.district),
    address_line: (values.address_line ?? '').trim(),
    postal_code: trimOrNull(values.postal_code),
    is_default: !!values.is_default,
  };
}

/** A problem with the tags (too many, one too long), as a translation key and its values. */
export function tagsProblem(tags: readonly string[] | undefined): { key: string; values: Record<string, number> } | undefined {
  const list = [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];
  if (list.length > CUSTOMER_LIMITS.tags) return { key: 'customers.validation.tooManyTags', values: { max: CUSTOMER_LIMITS.tags } };
  if (list.some((t) => t.length > CUSTOMER_LIMITS.tag)) return { key: 'customers.validation.tagTooLong', values: { max: CUSTOMER_LIMITS.tag } };
  return undefined;
}

/** Loose phone check: digits, spaces, +, -, parentheses; at least 5 digits. */
export function isPhone(value: string): boolean {
  return /^[+\d][\d\s()-]*$/.test(value.trim()) && (value.match(/\d/g)?.length ?? 0) >= 5;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/**
 * How the addresses of the form differ from those stored: rows to insert, update and delete. At most
 * one default: the first address marked default wins (the database would un-default the others too).
 */
export function addressChanges(stored: readonly AddressRecord[], edited: readonly AddressValues[]) {
  let defaultSeen = false;
  const rows = edited.map((address) => {
    const clean = cleanAddress(address);
    if (clean.is_default) {
      if (defaultSeen) clean.is_default = false;
      defaultSeen = true;
    }
    return { id: address.id, clean };
  });
  const keep = new Set(rows.map((r) => r.id).filter(Boolean));
  const remove = stored.filter((s) => !keep.has(s.id)).map((s) => s.id);
  const insert = rows.filter((r) => !r.id).map((r) => r.clean);
  const update = rows
    .filter((r) => r.id)
    .flatMap((r) => {
      const before = stored.find((s) => s.id === r.id);
      if (!before) return [];
      const changed = (Object.keys(r.clean) as (keyof typeof r.clean)[]).some((k) => (before[k] ?? null) !== r.clean[k]);
      return changed ? [{ id: r.id as string, values: r.clean }] : [];
    });
  // Un-default first so that the partial unique index never sees two defaults.
  update.sort((a, b) => Number(a.values.is_default) - Number(b.values.is_default));
  return { insert, update, remove };
}

/** One line of an address for tables and order headers. */
export function formatAddress(a: Partial<AddressRecord> | null | undefined): string {
  if (!a) return '';
  const place = [a.province, a.city, a.district, a.address_line].filter(Boolean).join(' ');
  return [a.recipient, a.phone, place].filter(Boolean).join('，');
}

/** customer_order_stats arrives as an object or a one-element array (embedded view). */
export function statsOf(record: Pick<CustomerRecord, 'customer_order_stats'> | undefined): CustomerStats | undefined {
  const s = record?.customer_order_stats;
  if (!s) return undefined;
  return Array.isArray(s) ? s[0] : s;
}
