import { describe, expect, it } from 'vitest';
import { zhCN } from './locales/zh-CN.ts';
import { en } from './locales/en.ts';
import { RESOURCES } from '../providers/permissions.ts';

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
