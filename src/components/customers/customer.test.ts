import { describe, expect, it } from 'vitest';
import { addressChanges, cleanCustomer, formatAddress, isEmail, isPhone, statsOf, tagsProblem, type AddressRecord } from './customer.ts';

const stored: AddressRecord = {
  id: 'a1', customer_id: 'c1', label: '公司', recipient: '张三', phone: '13800000000', province: '浙江省', city: '杭州市',
  district: null, address_line: '文三路 1 号', postal_code: null, is_default: true,
};

describe('cleanCustomer', () => {
  it('trims text, turns empty text into null and de-duplicates tags', () => {
    expect(cleanCustomer({ name: '  杭州云启 ', phone: ' ', email: '', tags: [' VIP', 'VIP ', '', '批发'], contact_name: ' 李四 ' })).toEqual({
      kind: 'individual', name: '杭州云启', contact_name: '李四', phone: null, email: null, tags: ['VIP', '批发'], note: null, active: true,
    });
  });
});

describe('tagsProblem', () => {
  it('accepts up to 20 tags of up to 30 characters', () => {
    expect(tagsProblem(Array.from({ length: 20 }, (_, i) => `t${i}`))).toBeUndefined();
    expect(tagsProblem(['x'.repeat(30)])).toBeUndefined();
  });
  it('refuses a 21st tag and a 31-character tag', () => {
    expect(tagsProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))?.key).toBe('customers.validation.tooManyTags');
    expect(tagsProblem(['x'.repeat(31)])?.key).toBe('customers.validation.tagTooLong');
  });
});

describe('phone and email', () => {
  it('recognise usual forms', () => {
    expect(isPhone('138 0013 8000')).toBe(true);
    expect(isPhone('+86 (571) 8888-1234')).toBe(true);
    expect(isPhone('abc')).toBe(false);
    expect(isPhone('12')).toBe(false);
    expect(isEmail('a@b.cn')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
  });
});

describe('addressChanges', () => {
  it('inserts new rows, updates changed ones, deletes removed ones', () => {
    const other: AddressRecord = { ...stored, id: 'a2', is_default: false, label: '仓库' };
    const changes = addressChanges([stored, other], [
      { ...stored, address_line: '文三路 2 号' },
      { recipient: '王五', phone: '139', address_line: '新地址', is_default: false },
    ]);
    expect(changes.remove).toEqual(['a2']);
    expect(changes.insert).toHaveLength(1);
    expect(changes.insert[0]).toMatchObject({ recipient: '王五', label: null, is_default: false });
    expect(changes.update).toEqual([{ id: 'a1', values: expect.objectContaining({ address_line: '文三路 2 号', is_default: true }) }]);
  });
  it('leaves unchanged rows alone', () => {
    expect(addressChanges([stored], [{ ...stored }])).toEqual({ insert: [], update: [], remove: [] });
  });
  it('keeps one default (the first) and un-defaults before defaulting', () => {
    const other: AddressRecord = { ...stored, id: 'a2', is_default: false };
    const changes = addressChanges([stored, other], [{ ...stored, is_default: false }, { ...other, is_default: true }]);
    expect(changes.update.map((u) => [u.id, u.values.is_default])).toEqual([['a1', false], ['a2', true]]);
    const two = addressChanges([], [{ recipient: 'a', phone: '1', address_line: 'x', is_default: true }, { recipient: 'b', phone: '2', address_line: 'y', is_default: true }]);
    expect(two.insert.map((a) => a.is_default)).toEqual([true, false]);
  });
});

describe('formatAddress and statsOf', () => {
  it('formats an address on one line', () => {
    expect(formatAddress(stored)).toBe('张三，13800000000，浙江省 杭州市 文三路 1 号');
    expect(formatAddress(null)).toBe('');
  });
  it('reads the embedded stats', () => {
    const s = { order_count: 2, total_amount: 10, net_paid: 10, first_order_at: null, last_order_at: null };
    expect(statsOf({ customer_order_stats: [s] })).toBe(s);
    expect(statsOf({ customer_order_stats: [] })).toBeUndefined();
    expect(statsOf({ customer_order_stats: s })).toBe(s);
  });
});
