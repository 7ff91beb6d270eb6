import { describe, expect, it } from 'vitest';
import { addressLine, canTrack, noteTotals, trackingLink } from './shipment.ts';

describe('shipments', () => {
  it('writes the ship-to address from province to street', () => {
    expect(addressLine({ province: '江苏省', city: '南京市', district: '鼓楼区', address_line: '中山北路88号', recipient: '黄' })).toBe('江苏省南京市鼓楼区中山北路88号');
    expect(addressLine({ province: '浙江省', city: '杭州市', address_line: '文三路 1 号' })).toBe('浙江省杭州市文三路 1 号');
    expect(addressLine(null)).toBe('');
  });

  it('only the warehouse and admins track and deliver', () => {
    expect(['admin', 'sales', 'warehouse', 'finance'].filter(canTrack)).toEqual(['admin', 'warehouse']);
  });

  it('totals a delivery note exactly', () => {
    expect(noteTotals([{ qty: 0.1, amount: 0.1 }, { qty: '0.2', amount: '0.2' }, { qty: 3 }])).toEqual({ qty: 3.3, amount: 0.3 });
    expect(noteTotals([])).toEqual({ qty: 0, amount: 0 });
  });

  it('builds tracking links from the carrier template', () => {
    expect(trackingLink('https://x.test/?n={tracking_no}', 'SF123')).toBe('https://x.test/?n=SF123');
    expect(trackingLink(null, 'SF123')).toBeNull();
    expect(trackingLink('https://x.test/{tracking_no}', null)).toBeNull();
  });
});
