import { describe, expect, it } from 'vitest';
import { zhCN } from './locales/zh-CN.ts';
import { en } from './locales/en.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RESOURCES } from '../providers/permissions.ts';
import { inventoryZhCN } from './areas/inventory/zh-CN.ts';
import { inventoryEn } from './areas/inventory/en.ts';
import { salesZhCN } from './areas/sales/zh-CN.ts';
import { salesEn } from './areas/sales/en.ts';
import { operationsZhCN } from './areas/operations/zh-CN.ts';
import { operationsEn } from './areas/operations/en.ts';
import { reportsZhCN } from './areas/reports/zh-CN.ts';
import { reportsEn } from './areas/reports/en.ts';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[path] = child;
    else Object.assign(out, flatten(child, path));
  }
  return out;
}

const zh = flatten(zhCN);
const english = flatten(en);

describe('translations', () => {
  it('zh-CN and en have the same keys', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh)) expect(placeholders(english[key]), key).toEqual(placeholders(zh[key]));
  });

  it('have no empty strings, and zh-CN is really Chinese where it should be', () => {
    for (const [key, text] of Object.entries({ ...zh, ...english })) expect(text.trim(), key).not.toBe('');
    expect(zh['app.title']).toBe('商品销售管理系统');
    expect(english['app.title']).toBe('Sales & Inventory');
  });

  it('cover the Refine keys the app shows', () => {
    const refineKeys = [
      'buttons.create', 'buttons.save', 'buttons.logout', 'buttons.delete', 'buttons.edit', 'buttons.cancel',
      'buttons.confirm', 'buttons.filter', 'buttons.clear', 'buttons.refresh', 'buttons.show', 'buttons.undo',
      'buttons.notAccessTitle', 'warnWhenUnsavedChanges', 'notifications.success', 'notifications.error',
      'notifications.createSuccess', 'notifications.createError', 'notifications.editSuccess', 'notifications.editError',
      'notifications.deleteSuccess', 'notifications.deleteError', 'notifications.undoable', 'pages.login.title',
      'pages.login.signin', 'pages.login.signup', 'pages.login.fields.email', 'pages.login.fields.password',
      'pages.login.errors.requiredEmail', 'pages.login.errors.validEmail', 'pages.login.errors.requiredPassword',
      'pages.register.title', 'pages.register.buttons.submit', 'pages.error.404', 'pages.error.backHome',
      'documentTitle.default', 'documentTitle.suffix', 'table.actions',
    ];
    for (const key of refineKeys) expect(zh[key], key).toBeDefined();
  });

  it('name every planned resource and every resource with a screen', () => {
    for (const resource of RESOURCES) expect(zh[`resources.${resource}`], resource).toBeDefined();
    for (const resource of ['dashboard', 'profiles', 'staff_invitations']) {
      expect(zh[`${resource}.${resource}`], `${resource} menu label`).toBeDefined();
      expect(zh[`${resource}.titles.list`], `${resource} list title`).toBeDefined();
    }
  });
});

describe('area translations (loaded with the back-office layout)', () => {
  const AREAS = [
    [inventoryZhCN, inventoryEn],
    [salesZhCN, salesEn],
    [operationsZhCN, operationsEn],
    [reportsZhCN, reportsEn],
  ] as const;
  const areaZh: Record<string, string> = {};
  const areaEn: Record<string, string> = {};
  const collisions: string[] = [];
  for (const [zhArea, enArea] of AREAS) {
    const zhFlat = flatten(zhArea);
    collisions.push(...Object.keys(zhFlat).filter((key) => key in areaZh));
    Object.assign(areaZh, zhFlat);
    Object.assign(areaEn, flatten(enArea));
  }
  const allZh = { ...zh, ...areaZh };

  it('zh-CN and en have the same keys and placeholders, none empty', () => {
    expect(Object.keys(areaEn).sort()).toEqual(Object.keys(areaZh).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(areaZh)) {
      expect(placeholders(areaEn[key]), key).toEqual(placeholders(areaZh[key]));
      expect(areaZh[key].trim(), key).not.toBe('');
      expect(areaEn[key].trim(), key).not.toBe('');
    }
  });

  it('never define one key in two areas (the later bundle would silently win)', () => {
    expect(collisions).toEqual([]);
  });

  it('never redefine a key of the entry bundle', () => {
    expect(Object.keys(areaZh).filter((key) => key in zh)).toEqual([]);
  });

  it('name, title and list every resource with a screen of the area, and the menu groups', () => {
    const screens = ['products', 'categories', 'brands', 'warehouses', 'stock_levels', 'stock_batches', 'stock_movements',
      'stock_receipts', 'stocktakes', 'transfers', 'write_offs', 'alerts', 'customers', 'sales_orders', 'shipments',
      'payments', 'returns', 'promotions', 'coupons', 'audit_log', 'reports'];
    for (const resource of screens) {
      expect(areaZh[`${resource}.${resource}`], `${resource} menu label`).toBeDefined();
      expect(areaZh[`${resource}.titles.list`], `${resource} list title`).toBeDefined();
    }
    expect(areaZh['catalogue.catalogue']).toBeDefined();
    expect(areaZh['inventory.inventory']).toBeDefined();
    for (const group of ['sales', 'fulfilment', 'marketing']) expect(areaZh[`${group}.${group}`], group).toBeDefined();
  });

  it('cover every literal translation key the screens use', () => {
    const root = resolve(import.meta.dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(root, 'components'));
    walk(join(root, 'pages'));
    const namespaces = new Set(Object.keys(allZh).map((key) => key.split('.')[0]));
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // Every quoted 'namespace.key' whose namespace is a translation namespace must exist.
      for (const match of source.matchAll(/'([a-z_]+(?:\.[a-zA-Z0-9_]+)+)'/g)) {
        const key = match[1];
        if (!namespaces.has(key.split('.')[0]) || key.endsWith('.tsx') || key.endsWith('.ts')) continue;
        if (!(key in allZh)) missing.push(`${file.slice(root.length + 1)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
