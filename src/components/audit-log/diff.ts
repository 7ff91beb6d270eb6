/**
 * The old/new comparison the audit viewer shows: one row per key of either side, flagged when the
 * value changed. Pure, unit tested in diff.test.ts.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type DiffRow = {
  key: string;
  old: Json | undefined;
  new: Json | undefined;
  /** insert: only new; delete: only old; update: both and different; same: unchanged. */
  change: 'added' | 'removed' | 'changed' | 'same';
};

/** Deep equality of JSON values (key order of objects does not matter). */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== typeof b) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b as object);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.hasOwn(b as object, k) && jsonEqual((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]));
  }
  return false;
}

/** Keys that change on every update and say nothing by themselves. */
export const NOISE_KEYS: readonly string[] = ['updated_at'];

/**
 * Rows of the diff of two row snapshots (either may be null: insert has no old, delete no new).
 * Changed keys first (in the row's own column order), then the unchanged ones.
 */
export function diffRecords(oldData: Record<string, Json> | null | undefined, newData: Record<string, Json> | null | undefined): DiffRow[] {
  const keys: string[] = [];
  for (const key of Object.keys(newData ?? {})) keys.push(key);
  for (const key of Object.keys(oldData ?? {})) if (!keys.includes(key)) keys.push(key);
  const rows = keys.map((key): DiffRow => {
    const hasOld = !!oldData && Object.hasOwn(oldData, key);
    const hasNew = !!newData && Object.hasOwn(newData, key);
    const o = hasOld ? oldData![key] : undefined;
    const n = hasNew ? newData![key] : undefined;
    let change: DiffRow['change'];
    if (!oldData) change = 'added';
    else if (!newData) change = 'removed';
    else if (!hasOld) change = 'added';
    else if (!hasNew) change = 'removed';
    else change = jsonEqual(o, n) ? 'same' : 'changed';
    return { key, old: o, new: n, change };
  });
  const rank = (row: DiffRow) => (row.change === 'same' ? 1 : 0);
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i).map(({ row }) => row);
}

/** The keys an update changed (noise such as updated_at left out), for the list's summary column. */
export function changedKeys(oldData: Record<string, Json> | null | undefined, newData: Record<string, Json> | null | undefined): string[] {
  if (!oldData || !newData) return [];
  return diffRecords(oldData, newData)
    .filter((row) => row.change !== 'same' && !NOISE_KEYS.includes(row.key))
    .map((row) => row.key);
}

/** A JSON value as one line of text for the diff table (null shown as ∅, strings unquoted). */
export function formatJson(value: Json | undefined): string {
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
