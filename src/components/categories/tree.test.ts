import { describe, expect, it } from 'vitest';
import { buildTree, categoryPath, descendantIds, matchingWithAncestors, productCount, type CategoryRecord } from './tree.ts';

const row = (id: string, name: string, parent_id: string | null, sort_order = 0, count = 0): CategoryRecord => ({
  id, name, parent_id, sort_order, products: [{ count }],
});
const rows = [
  row('food', '食品饮料', null, 1),
  row('dairy', '乳制品', 'food', 1, 3),
  row('drinks', '饮料', 'food', 2, 2),
  row('milk', '鲜奶', 'dairy', 0, 1),
  row('home', '日用百货', null, 2),
  row('digital', '数码配件', null, 0),
];

describe('category tree helpers', () => {
  it('builds the forest sorted by sort order, with depth and path', () => {
    const tree = buildTree(rows);
    expect(tree.map((n) => n.name)).toEqual(['数码配件', '食品饮料', '日用百货']);
    const food = tree[1];
    expect(food.children.map((n) => n.name)).toEqual(['乳制品', '饮料']);
    expect(food.children[0].children[0]).toMatchObject({ name: '鲜奶', depth: 2, path: ['食品饮料', '乳制品', '鲜奶'] });
  });

  it('keeps rows whose parent is not visible as roots', () => {
    expect(buildTree([row('x', 'X', 'missing')]).map((n) => n.id)).toEqual(['x']);
  });

  it('lists a category and everything below it, and survives a cycle in bad data', () => {
    expect([...descendantIds(rows, 'food')].sort()).toEqual(['dairy', 'drinks', 'food', 'milk']);
    expect([...descendantIds(rows, 'milk')]).toEqual(['milk']);
    const cyclic = [row('a', 'A', 'b'), row('b', 'B', 'a')];
    expect([...descendantIds(cyclic, 'a')].sort()).toEqual(['a', 'b']);
    expect(categoryPath(cyclic, 'a')).toBe('B / A');
  });

  it('writes the full path and finds matches with their ancestors', () => {
    expect(categoryPath(rows, 'milk')).toBe('食品饮料 / 乳制品 / 鲜奶');
    expect(categoryPath(rows, null)).toBe('');
    expect([...matchingWithAncestors(rows, '奶')].sort()).toEqual(['dairy', 'food', 'milk']);
    expect(matchingWithAncestors(rows, '  ').size).toBe(0);
    expect(productCount(rows[1])).toBe(3);
  });
});
