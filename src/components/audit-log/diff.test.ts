import { describe, expect, it } from 'vitest';
import { changedKeys, diffRecords, formatJson, jsonEqual } from './diff.ts';

describe('audit diff', () => {
  it('compares JSON deeply, ignoring key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual(null, undefined)).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
  });

  it('marks changed keys of an update and puts them first', () => {
    const rows = diffRecords({ id: 'x', name: 'A', active: true, updated_at: 't1' }, { id: 'x', name: 'A', active: false, updated_at: 't2' });
    expect(rows.map((r) => [r.key, r.change])).toEqual([
      ['active', 'changed'],
      ['updated_at', 'changed'],
      ['id', 'same'],
      ['name', 'same'],
    ]);
    expect(rows[0]).toMatchObject({ old: true, new: false });
  });

  it('an insert has only added keys, a delete only removed ones', () => {
    expect(diffRecords(null, { id: 1, a: 2 }).every((r) => r.change === 'added')).toBe(true);
    expect(diffRecords({ id: 1, a: 2 }, null).every((r) => r.change === 'removed')).toBe(true);
  });

  it('a key present on one side only is added or removed', () => {
    const rows = diffRecords({ id: 1, gone: 1 }, { id: 1, fresh: 2 });
    expect(rows.find((r) => r.key === 'gone')?.change).toBe('removed');
    expect(rows.find((r) => r.key === 'fresh')?.change).toBe('added');
  });

  it('lists the keys an update changed, without updated_at', () => {
    expect(changedKeys({ a: 1, b: { x: 1 }, updated_at: 1 }, { a: 1, b: { x: 2 }, updated_at: 2 })).toEqual(['b']);
    expect(changedKeys(null, { a: 1 })).toEqual([]);
  });

  it('formats values on one line', () => {
    expect(formatJson(null)).toBe('∅');
    expect(formatJson('abc')).toBe('abc');
    expect(formatJson({ a: [1] })).toBe('{"a":[1]}');
    expect(formatJson(12.5)).toBe('12.5');
    expect(formatJson(undefined)).toBe('');
  });
});
