/** Pure helpers for the category tree (unit tested in tree.test.ts). */

export type CategoryRecord = {
  id: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  /** PostgREST `products(count)` embed. */
  products?: { count: number }[];
};

export type CategoryNode = CategoryRecord & { children: CategoryNode[]; depth: number; path: string[] };

const bySortThenName = (a: CategoryRecord, b: CategoryRecord) =>
  a.sort_order - b.sort_order || a.name.localeCompare(b.name, 'zh-CN');

/** Builds the forest; rows whose parent is missing (not visible) become roots. */
export function buildTree(rows: readonly CategoryRecord[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) nodes.set(row.id, { ...row, children: [], depth: 0, path: [] });
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent_id ? nodes.get(node.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const visit = (list: CategoryNode[], depth: number, path: string[]) => {
    list.sort(bySortThenName);
    for (const node of list) {
      node.depth = depth;
      node.path = [...path, node.name];
      visit(node.children, depth + 1, node.path);
    }
  };
  visit(roots, 0, []);
  return roots;
}

/** `id` and every category below it. */
export function descendantIds(rows: readonly CategoryRecord[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.parent_id) continue;
    const list = children.get(row.parent_id) ?? [];
    list.push(row.id);
    children.set(row.parent_id, list);
  }
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue; // a cycle in bad data must not loop forever
    out.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** "食品饮料 / 乳制品" */
export function categoryPath(rows: readonly CategoryRecord[], id: string | null | undefined, separator = ' / '): string {
  if (!id) return '';
  const byId = new Map(rows.map((row) => [row.id, row]));
  const names: string[] = [];
  const seen = new Set<string>();
  let cursor = byId.get(id);
  while (cursor && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    names.unshift(cursor.name);
    cursor = cursor.parent_id ? byId.get(cursor.parent_id) : undefined;
  }
  return names.join(separator);
}

/** Direct products of a category (from the count embed). */
export const productCount = (row: CategoryRecord) => row.products?.[0]?.count ?? 0;

/** Names containing `term`, plus their ancestors so the match stays reachable in the tree. */
export function matchingWithAncestors(rows: readonly CategoryRecord[], term: string): Set<string> {
  const needle = term.trim().toLowerCase();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const out = new Set<string>();
  if (!needle) return out;
  for (const row of rows) {
    if (!row.name.toLowerCase().includes(needle)) continue;
    let cursor: CategoryRecord | undefined = row;
    while (cursor && !out.has(cursor.id)) {
      out.add(cursor.id);
      cursor = cursor.parent_id ? byId.get(cursor.parent_id) : undefined;
    }
  }
  return out;
}
