/**
 * The one place where errors become words. Everything the user sees about a failure goes through
 * `errorMessage(err, t)`: Supabase Auth error codes, PostgREST / Postgres codes, the stable machine
 * codes our SQL functions raise (DESIGN §5), HTTP statuses and network failures. A raw code or
 * SQLSTATE is never returned; anything unrecognised becomes a generic translated sentence.
 */

import { zhCN } from '../i18n/locales/zh-CN.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Codes of migrations added after the entry bundle's words were settled (the product import,
 * 20261127000420_product_import.sql): [zh-CN, en], translated here so the locale files stay as they are.
 */
export const EXTRA_CODES = {
  unknown_category: ['分类不存在。', 'No such category.'],
  ambiguous_category: ['有多个同名分类，请填写完整路径。', 'Several categories have this name; give the full path.'],
  unknown_brand: ['品牌不存在。', 'No such brand.'],
  duplicate_sku: ['导入文件中有重复的 SKU。', 'The file has the same SKU twice.'],
  duplicate_barcode: ['导入文件中有重复的条码。', 'The file has the same barcode twice.'],
} as const;
type ExtraCode = keyof typeof EXTRA_CODES;

/**
 * Machine codes raised by our database functions (as message and/or hint, DESIGN §5). The list is the
 * set of keys under errors.codes in the zh-CN resources plus EXTRA_CODES, so a code is "known" exactly when it has a
 * translation; a test checks that every code the migrations raise is known.
 */
export const MACHINE_CODES: readonly string[] = [...Object.keys(zhCN.errors.codes), ...Object.keys(EXTRA_CODES)];
export type MachineCode = keyof typeof zhCN.errors.codes | ExtraCode;

/** The sentence of an EXTRA_CODES code in the translator's language (zh-CN when it gives zh-CN's words). */
const extraCodeText = (code: ExtraCode, t: Translate) => EXTRA_CODES[code][t('errors.generic') === zhCN.errors.generic ? 0 : 1];

/** Unique constraints whose violation has a more specific explanation than "duplicate". (The catalogue's
 * and stock's named constraints are mapped to machine codes by data-provider-extras.ts.) */
const CONSTRAINT_CODES: Readonly<Record<string, MachineCode>> = {
  staff_invitations_open_email_key: 'invitation_exists',
};

/** Supabase Auth (GoTrue) `error.code`s we explain; others fall back by HTTP status, then generic. */
export const AUTH_CODES = [
  'invalid_credentials',
  'email_not_confirmed',
  'user_already_exists',
  'email_exists',
  'weak_password',
  'same_password',
  'signup_disabled',
  'email_address_invalid',
  'validation_failed',
  'user_not_found',
  'user_banned',
  'refresh_token_already_used',
  'refresh_token_not_found',
  'session_not_found',
  'session_expired',
  'bad_jwt',
  'no_authorization',
  'over_request_rate_limit',
  'over_email_send_rate_limit',
  'request_timeout',
] as const;
export type AuthCode = (typeof AUTH_CODES)[number];

/** Postgres SQLSTATE / PostgREST codes → errors.* key. */
const DB_CODES: Readonly<Record<string, string>> = {
  '42501': 'errors.forbidden', // insufficient_privilege, RLS violation
  '23505': 'errors.duplicate', // unique_violation
  '23503': 'errors.inUse', // foreign_key_violation
  '23502': 'errors.required', // not_null_violation
  '23514': 'errors.invalidValue', // check_violation
  '22P02': 'errors.invalidValue', // invalid_text_representation (bad uuid, enum, number)
  '22007': 'errors.invalidValue', // invalid_datetime_format
  '22008': 'errors.invalidValue', // datetime_field_overflow
  '22003': 'errors.invalidValue', // numeric_value_out_of_range
  '22001': 'errors.tooLong', // string_data_right_truncation
  '40001': 'errors.conflict', // serialization_failure
  '40P01': 'errors.conflict', // deadlock_detected
  '55P03': 'errors.conflict', // lock_not_available
  '57014': 'errors.timeout', // query_canceled (statement timeout)
  PGRST116: 'errors.notFound', // .single() found no row
  PGRST301: 'errors.sessionExpired', // JWT invalid / expired
  PGRST302: 'errors.sessionExpired', // anonymous access refused
  PGRST303: 'errors.sessionExpired', // JWT claims invalid / expired
};

const STATUS_KEYS: Readonly<Record<number, string>> = {
  401: 'errors.sessionExpired',
  403: 'errors.forbidden',
  404: 'errors.notFound',
  408: 'errors.timeout',
  409: 'errors.conflict',
  422: 'errors.invalidValue',
  429: 'errors.rateLimit',
  504: 'errors.timeout',
};

type ErrorLike = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  details?: unknown;
  hint?: unknown;
  status?: unknown;
  statusCode?: unknown;
};

function asErrorLike(err: unknown): ErrorLike | null {
  if (err && typeof err === 'object') return err as ErrorLike;
  return null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{3}$/.test(value)) return Number(value);
  return undefined;
}

/** Finds one of our machine codes at the start of the message (`code` or `code: …`) or in the hint. */
export function findMachineCode(err: unknown): MachineCode | undefined {
  const e = asErrorLike(err);
  if (!e) return undefined;
  for (const text of [str(e.hint), str(e.message)]) {
    if (!text) continue;
    const token = /^([a-z][a-z0-9_]*)\b/.exec(text)?.[1];
    if (token && MACHINE_CODES.includes(token)) return token as MachineCode;
  }
  if (str(e.code) === '23505') {
    const constraint = /unique constraint "([^"]+)"/.exec(str(e.message) ?? '')?.[1];
    if (constraint && CONSTRAINT_CODES[constraint]) return CONSTRAINT_CODES[constraint];
  }
  return undefined;
}

const NETWORK_PATTERNS = [
  /failed to fetch/i,
  /networkerror/i,
  /network request failed/i,
  /load failed/i,
  /fetch failed/i,
  /ECONNREFUSED/,
  /ERR_NETWORK|ERR_CONNECTION|ERR_INTERNET_DISCONNECTED/,
];

export function isNetworkError(err: unknown): boolean {
  const e = asErrorLike(err);
  if (!e) return false;
  const name = str(e.name);
  if (name === 'AuthRetryableFetchError' || name === 'FetchError') return true;
  if (e.status === 0 || e.statusCode === 0) return true;
  const message = str(e.message) ?? '';
  return NETWORK_PATTERNS.some((pattern) => pattern.test(message));
}

/** True for errors that mean the session is gone (the UI should sign the user out). */
export function isSessionError(err: unknown): boolean {
  const e = asErrorLike(err);
  if (!e) return false;
  const code = str(e.code);
  if (code && ['PGRST301', 'PGRST302', 'PGRST303', 'bad_jwt', 'session_not_found', 'session_expired',
    'refresh_token_not_found', 'refresh_token_already_used', 'no_authorization'].includes(code)) return true;
  if (num(e.status) === 401 || num(e.statusCode) === 401) return true;
  return /jwt expired/i.test(str(e.message) ?? '');
}

/** The translation key for an error, without translating it. Exported for tests. */
export function errorKey(err: unknown): string {
  const e = asErrorLike(err);
  if (!e) return typeof err === 'string' && /fetch/i.test(err) ? 'errors.network' : 'errors.generic';

  const machine = findMachineCode(e);
  if (machine) return `errors.codes.${machine}`;

  const code = str(e.code);
  if (code && (AUTH_CODES as readonly string[]).includes(code)) return `errors.auth.${code}`;
  if (code && DB_CODES[code]) return DB_CODES[code];

  if (isNetworkError(e)) return 'errors.network';

  // Older GoTrue versions send no code: recognise their best-known messages.
  const message = str(e.message) ?? '';
  if (/invalid login credentials/i.test(message)) return 'errors.auth.invalid_credentials';
  if (/user already registered/i.test(message)) return 'errors.auth.user_already_exists';
  if (/jwt expired/i.test(message)) return 'errors.sessionExpired';

  const status = num(e.status) ?? num(e.statusCode);
  if (status !== undefined) {
    if (STATUS_KEYS[status]) return STATUS_KEYS[status];
    if (status >= 500) return 'errors.server';
  }
  return 'errors.generic';
}

/** Our functions put JSON in `details` (e.g. {"line": 3, "field": "qty"}); anything else is ignored. */
function detailObject(err: unknown): Record<string, unknown> {
  const details = str(asErrorLike(err)?.details);
  if (!details?.startsWith('{')) return {};
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The sentence to show for `err`, in the current language. Never a raw code or SQLSTATE. */
export function errorMessage(err: unknown, t: Translate): string {
  const key = errorKey(err);
  const extra = key.slice('errors.codes.'.length);
  const text = key.startsWith('errors.codes.') && extra in EXTRA_CODES ? extraCodeText(extra as ExtraCode, t) : t(key);
  const line = detailObject(err).line;
  if (key.startsWith('errors.codes.') && (typeof line === 'number' || (typeof line === 'string' && /^\d+$/.test(line)))) {
    return text + t('errors.atLine', { line });
  }
  return text;
}

/** Which form field an error belongs to, when it clearly belongs to one. */
export function errorField(err: unknown): string | undefined {
  const e = asErrorLike(err);
  const machine = findMachineCode(err);
  if (machine === 'invitation_exists' || machine === 'invitation_user_exists') return 'email';
  // text_too_long and friends name the column in their JSON detail ({"field": "name", "max": 50}); so do
  // constraint violations that data-provider-extras.ts turned into machine codes.
  const detail = detailObject(err);
  if (machine && typeof detail.field === 'string' && detail.line === undefined && /^[a-z_]+$/.test(detail.field)) return detail.field;
  const code = str(e?.code);
  if (code && ['user_already_exists', 'email_exists', 'email_address_invalid'].includes(code)) return 'email';
  if (code && ['weak_password', 'same_password'].includes(code)) return 'password';
  return undefined;
}
