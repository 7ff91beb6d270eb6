import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { zhCN } from '../i18n/locales/zh-CN.ts';
import { en } from '../i18n/locales/en.ts';
import { errorField, errorKey, errorMessage, isSessionError, MACHINE_CODES, AUTH_CODES, type Translate } from './error-messages.ts';

async function translator(lng: 'zh-CN' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return (key, options) => instance.t(key, options ?? {}) as string;
}

/** Shapes the errors really take: PostgREST via supabase-js, @refinedev/supabase's handleError, GoTrue. */
const postgrest = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  code,
  message,
  details: null,
  hint: null,
  ...extra,
});
class AuthApiError extends Error {
  constructor(message: string, public status: number, public code?: string) {
    super(message);
    this.name = 'AuthApiError';
  }
}
class AuthRetryableFetchError extends Error {
  constructor(message: string, public status = 0) {
    super(message);
    this.name = 'AuthRetryableFetchError';
  }
}

describe('errorKey', () => {
  it.each([
    ['Supabase auth: wrong password', new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'), 'errors.auth.invalid_credentials'],
    ['Supabase auth: weak password', new AuthApiError('Password should be at least 6 characters.', 422, 'weak_password'), 'errors.auth.weak_password'],
    ['Supabase auth: email taken', new AuthApiError('User already registered', 422, 'user_already_exists'), 'errors.auth.user_already_exists'],
    ['Supabase auth: refresh token reused', new AuthApiError('Invalid Refresh Token: Already Used', 400, 'refresh_token_already_used'), 'errors.auth.refresh_token_already_used'],
    ['Supabase auth: session gone', new AuthApiError('Session from session_id claim in JWT does not exist', 403, 'session_not_found'), 'errors.auth.session_not_found'],
    ['Supabase auth: rate limit', new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'), 'errors.auth.over_request_rate_limit'],
    ['old GoTrue without code', new AuthApiError('Invalid login credentials', 400), 'errors.auth.invalid_credentials'],
    ['auth server unreachable', new AuthRetryableFetchError('Failed to fetch'), 'errors.network'],
    ['fetch TypeError (Chrome)', new TypeError('Failed to fetch'), 'errors.network'],
    ['fetch TypeError (Firefox)', new TypeError('NetworkError when attempting to fetch resource.'), 'errors.network'],
    ['fetch TypeError (Safari)', new TypeError('Load failed'), 'errors.network'],
    ['node fetch', new TypeError('fetch failed'), 'errors.network'],
    ['machine code in message and hint', postgrest('P0001', 'last_admin', { hint: 'last_admin' }), 'errors.codes.last_admin'],
    ['machine code with 42501', postgrest('42501', 'forbidden_role_change', { hint: 'forbidden_role_change' }), 'errors.codes.forbidden_role_change'],
    ['machine code only in hint', postgrest('P0001', 'Something went wrong in SQL', { hint: 'insufficient_stock' }), 'errors.codes.insufficient_stock'],
    ['machine code "code: text"', postgrest('P0001', 'invitation_user_exists: a@b.c'), 'errors.codes.invitation_user_exists'],
    ['unique violation of open invitations', postgrest('23505', 'duplicate key value violates unique constraint "staff_invitations_open_email_key"'), 'errors.codes.invitation_exists'],
    ['other unique violation', postgrest('23505', 'duplicate key value violates unique constraint "products_sku_key"'), 'errors.duplicate'],
    ['RLS violation', postgrest('42501', 'new row violates row-level security policy for table "staff_invitations"'), 'errors.forbidden'],
    ['foreign key', postgrest('23503', 'update or delete on table "x" violates foreign key constraint'), 'errors.inUse'],
    ['not null', postgrest('23502', 'null value in column "email" violates not-null constraint'), 'errors.required'],
    ['check', postgrest('23514', 'new row violates check constraint'), 'errors.invalidValue'],
    ['bad enum/uuid', postgrest('22P02', 'invalid input value for enum app_role: "boss"'), 'errors.invalidValue'],
    ['too long', postgrest('22001', 'value too long for type character varying(10)'), 'errors.tooLong'],
    ['deadlock', postgrest('40P01', 'deadlock detected'), 'errors.conflict'],
    ['statement timeout', postgrest('57014', 'canceling statement due to statement timeout'), 'errors.timeout'],
    ['no row for .single()', postgrest('PGRST116', 'JSON object requested, multiple (or no) rows returned'), 'errors.notFound'],
    ['JWT expired', postgrest('PGRST301', 'JWT expired'), 'errors.sessionExpired'],
    ['JWT claims', postgrest('PGRST303', 'JWT expired'), 'errors.sessionExpired'],
    ['unknown P0001 text', postgrest('P0001', 'some_code_nobody_translated'), 'errors.generic'],
    ['unknown SQLSTATE', postgrest('XX000', 'internal error'), 'errors.generic'],
    ['@refinedev/supabase handleError shape', { ...postgrest('23505', 'duplicate key value'), statusCode: 23505 }, 'errors.duplicate'],
    ['HTTP 429 without code', { message: 'Too Many Requests', status: 429 }, 'errors.rateLimit'],
    ['HTTP 503 without code', { message: 'Service Unavailable', status: 503 }, 'errors.server'],
    ['HTTP 403 without code', { message: 'Forbidden', statusCode: 403 }, 'errors.forbidden'],
    ['null', null, 'errors.generic'],
    ['undefined', undefined, 'errors.generic'],
    ['a string', 'boom', 'errors.generic'],
    ['a plain Error', new Error('Cannot read properties of undefined'), 'errors.generic'],
  ])('%s', (_label, error, key) => {
    expect(errorKey(error)).toBe(key);
  });
});

describe('errorMessage', () => {
  const raw = /\b(P0001|42501|23505|PGRST\d+|[a-z]+_[a-z_]+)\b/;

  it.each(['zh-CN', 'en'] as const)('never shows a raw code or SQLSTATE (%s)', async (lng) => {
    const t = await translator(lng);
    const samples: unknown[] = [
      postgrest('P0001', 'last_admin', { hint: 'last_admin' }),
      postgrest('42501', 'permission denied for table profiles'),
      postgrest('23505', 'duplicate key value violates unique constraint "x"'),
      postgrest('P0001', 'totally_unknown_code', { hint: 'totally_unknown_code' }),
      postgrest('PGRST301', 'JWT expired'),
      new AuthApiError('x', 400, 'invalid_credentials'),
      new AuthApiError('x', 400, 'some_future_auth_code'),
      new TypeError('Failed to fetch'),
      null,
      ...MACHINE_CODES.map((code) => postgrest('P0001', code, { hint: code })),
      ...AUTH_CODES.map((code) => new AuthApiError('x', 400, code)),
    ];
    for (const sample of samples) {
      const text = errorMessage(sample, t);
      expect(text.length).toBeGreaterThan(1);
      expect(text).not.toMatch(raw);
      expect(text).not.toMatch(/^errors\./);
    }
  });

  it('speaks the selected language', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en');
    const err = postgrest('P0001', 'last_admin', { hint: 'last_admin' });
    expect(errorMessage(err, zh)).toBe('至少要保留一位在职的管理员。');
    expect(errorMessage(err, en)).toBe('There must be at least one active administrator.');
    expect(errorMessage(new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'), zh)).toBe('邮箱或密码不正确。');
    expect(errorMessage(new TypeError('Failed to fetch'), en)).toMatch(/Cannot reach the server/);
  });

  it('adds the document line from JSON details, and ignores other details', async () => {
    const en = await translator('en');
    const withLine = postgrest('P0001', 'insufficient_stock', { hint: 'insufficient_stock', details: '{"line": 3, "product_id": "x"}' });
    expect(errorMessage(withLine, en)).toBe('Not enough stock available. (line 3)');
    const withText = postgrest('P0001', 'insufficient_stock', { hint: 'insufficient_stock', details: 'Key (id)=(1) is still referenced' });
    expect(errorMessage(withText, en)).toBe('Not enough stock available.');
  });
});

describe('errorField and isSessionError', () => {
  it('attaches invitation and sign-up errors to the email field', () => {
    expect(errorField(postgrest('P0001', 'invitation_user_exists', { hint: 'invitation_user_exists' }))).toBe('email');
    expect(errorField(postgrest('23505', 'duplicate key value violates unique constraint "staff_invitations_open_email_key"'))).toBe('email');
    expect(errorField(new AuthApiError('x', 422, 'user_already_exists'))).toBe('email');
    expect(errorField(new AuthApiError('x', 422, 'weak_password'))).toBe('password');
    expect(errorField(postgrest('42501', 'denied'))).toBeUndefined();
  });

  it('puts a text_too_long on its column, but not a document line\'s field', () => {
    const tooLong = postgrest('P0001', 'text_too_long', { hint: 'text_too_long', details: '{"field": "spec", "max": 200, "length": 201}' });
    expect(errorField(tooLong)).toBe('spec');
    expect(errorField(postgrest('P0001', 'invalid_quantity', { hint: 'invalid_quantity', details: '{"field": "qty", "line": 2}' }))).toBeUndefined();
    expect(errorKey(postgrest('P0001', 'category_in_use', { hint: 'category_in_use' }))).toBe('errors.codes.category_in_use');
  });

  it('recognises an expired or missing session, and only that', () => {
    expect(isSessionError(postgrest('PGRST301', 'JWT expired'))).toBe(true);
    expect(isSessionError(postgrest('PGRST303', 'JWT expired'))).toBe(true);
    expect(isSessionError({ message: 'Unauthorized', statusCode: 401 })).toBe(true);
    expect(isSessionError(new AuthApiError('x', 403, 'session_not_found'))).toBe(true);
    expect(isSessionError(postgrest('42501', 'permission denied'))).toBe(false);
    expect(isSessionError(postgrest('P0001', 'last_admin'))).toBe(false);
    expect(isSessionError(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('coverage of the database contract', () => {
  const migrations = resolve(import.meta.dirname, '../../supabase/migrations');

  it.skipIf(!existsSync(migrations))('translates every machine code the migrations raise', () => {
    const patterns = [
      /raise exception '([a-z][a-z0-9_]+)'/g,
      /(?:message|hint)\s*=\s*'([a-z][a-z0-9_]+)'/g,
      /sales_error\(\s*'([a-z][a-z0-9_]+)'/g,
      /refuse_delete_in_use\('([a-z][a-z0-9_]+)'\)/g,
      /parse_[a-z_]+\([^;]*?,\s*'([a-z][a-z0-9_]+)'\s*,\s*'[a-z_]+'/g,
    ];
    const raised = new Set<string>();
    for (const file of readdirSync(migrations).filter((name) => name.endsWith('.sql'))) {
      const sql = readFileSync(resolve(migrations, file), 'utf8');
      for (const pattern of patterns) for (const match of sql.matchAll(pattern)) raised.add(match[1]);
    }
    expect(raised.size).toBeGreaterThan(0);
    expect([...raised].filter((code) => !MACHINE_CODES.includes(code)).sort()).toEqual([]);
  });
});
