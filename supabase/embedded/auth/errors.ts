import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Errors shaped like Supabase Auth (GoTrue) `HTTPError`s. auth-js turns them into `AuthApiError`s
 * whose `code` and `message` come from the body, so both body formats below must stay exact.
 */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra top-level body fields, e.g. `weak_password: { reasons }`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const API_VERSION_HEADER = 'x-supabase-api-version';
const API_VERSION_2024 = '2024-01-01';

/**
 * GoTrue picks the newest API version not later than the one the client asks for. Only one dated
 * version exists (2024-01-01); anything older, missing or malformed means the initial version.
 */
export function requestedApiVersion(req: IncomingMessage): string | null {
  const raw = req.headers[API_VERSION_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || time < Date.parse(`${API_VERSION_2024}T00:00:00Z`)) return null;
  return API_VERSION_2024;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, req?: IncomingMessage): void {
  const text = JSON.stringify(body);
  const version = req ? requestedApiVersion(req) : null;
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...(version ? { [API_VERSION_HEADER]: version } : {}),
  });
  res.end(text);
}

/**
 * 2024-01-01 clients (supabase-js sends the header) get `{code, message}` plus the version header,
 * which auth-js needs to read `code` as the error code; older ones get `{code: status, error_code, msg}`.
 */
export function sendError(req: IncomingMessage, res: ServerResponse, err: AuthError): void {
  const body = requestedApiVersion(req)
    ? { code: err.code, message: err.message, ...err.extra }
    : { code: err.status, error_code: err.code, msg: err.message, ...err.extra };
  sendJson(res, err.status, body, req);
}

// The GoTrue errors this service raises, by name, so handlers read like the Go source.
export const errors = {
  badJson: (detail: string) => new AuthError(400, 'bad_json', `Could not parse request body as JSON: ${detail}`),
  validation: (msg: string, status = 400) => new AuthError(status, 'validation_failed', msg),
  weakPassword: (min: number) =>
    new AuthError(422, 'weak_password', `Password should be at least ${min} characters.`, {
      weak_password: { reasons: ['length'] },
    }),
  userExists: () => new AuthError(422, 'user_already_exists', 'User already registered'),
  emailExists: () =>
    new AuthError(422, 'email_exists', 'A user with this email address has already been registered'),
  samePassword: () =>
    new AuthError(422, 'same_password', 'New password should be different from the old password.'),
  invalidCredentials: () => new AuthError(400, 'invalid_credentials', 'Invalid login credentials'),
  emailNotConfirmed: () => new AuthError(400, 'email_not_confirmed', 'Email not confirmed'),
  userBanned: () => new AuthError(400, 'user_banned', 'User is banned'),
  refreshTokenNotFound: () =>
    new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'),
  refreshTokenAlreadyUsed: () =>
    new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
  noAuthorization: () => new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token'),
  badJwt: (detail: string) => new AuthError(403, 'bad_jwt', detail),
  sessionNotFound: () =>
    new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist'),
  userNotFound: () => new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist'),
  notAdmin: () => new AuthError(403, 'not_admin', 'Updating app_metadata requires admin privileges'),
  internal: (msg: string) => new AuthError(500, 'unexpected_failure', msg),
  notSupported: (what: string) =>
    new AuthError(
      501,
      'not_implemented',
      `${what} is not supported by the embedded auth service; use \`supabase start\` or a hosted project`,
    ),
  methodNotAllowed: () => new AuthError(405, 'method_not_allowed', 'Method Not Allowed'),
};
