import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import { AuthError, errors } from './errors.ts';
import { bearerToken, clientInfo, type JsonObject, objectField, readJsonBody, stringField } from './http.ts';
import { JwtError, verifyJwt, type JwtClaims } from './jwt.ts';
import {
  createSession,
  deleteSessions,
  findSession,
  insertRefreshToken,
  lockRefreshToken,
  logout,
  type LogoutScope,
  markSessionRefreshed,
  revokeRefreshToken,
  revokeSessionTokens,
  type SessionRow,
  type TokenSettings,
  tokenResponse,
} from './sessions.ts';
import {
  assertLoadable,
  checkPasswordStrength,
  emailTaken,
  findUserByEmail,
  findUserById,
  insertUser,
  mergeUserMetadata,
  passwordMatches,
  type Queryable,
  setEmail,
  setPassword,
  touchLastSignIn,
  type UserRow,
  userJson,
  validateEmail,
} from './users.ts';

/** The endpoint handlers; server.ts routes to them. Each mirrors the GoTrue handler of the same name. */

export interface Context {
  pool: pg.Pool;
  tokens: TokenSettings;
  minPasswordLength: number;
  log: (line: string) => void;
}

interface Authenticated {
  user: UserRow;
  session: SessionRow | null;
  claims: JwtClaims;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

function pgCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** Reloads a user inside the transaction after writes (triggers may have changed the row). */
async function reload(db: Queryable, id: string): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw errors.internal('Database error loading user');
  return user;
}

// -- POST /signup ---------------------------------------------------------------------------------

export async function signup(ctx: Context, req: IncomingMessage): Promise<JsonObject> {
  const body = await readJsonBody(req);
  const rawEmail = stringField(body, 'email');
  const phone = stringField(body, 'phone');
  const password = stringField(body, 'password') ?? '';
  const data = objectField(body, 'data') ?? {};

  if (!rawEmail && !phone && !password) throw errors.notSupported('Anonymous sign-ins (signInAnonymously)');
  if (phone) throw errors.notSupported('Phone sign-ups');
  if (password === '') throw errors.validation('Signup requires a valid password');
  checkPasswordStrength(password, ctx.minPasswordLength);
  const email = validateEmail(rawEmail);

  return inTransaction(ctx.pool, async (client) => {
    if (await emailTaken(client, email)) throw errors.userExists();
    let id: string;
    try {
      id = await insertUser(client, email, password, data);
    } catch (err) {
      if (pgCode(err) === '23505') throw errors.userExists();
      // Typically an app trigger on auth.users raising: GoTrue's wording, the detail in the log.
      ctx.log(`signup insert failed: ${err instanceof Error ? err.message : String(err)}`);
      throw errors.internal('Database error saving new user');
    }
    await touchLastSignIn(client, id);
    const session = await createSession(client, id, clientInfo(req));
    const refreshToken = await insertRefreshToken(client, id, session.id, null);
    return tokenResponse(client, await reload(client, id), session, refreshToken, ctx.tokens);
  });
}

// -- POST /token?grant_type=password --------------------------------------------------------------

export async function passwordGrant(ctx: Context, req: IncomingMessage): Promise<JsonObject> {
  const body = await readJsonBody(req);
  const email = stringField(body, 'email')?.trim().toLowerCase() ?? '';
  const phone = stringField(body, 'phone');
  const password = stringField(body, 'password') ?? '';
  if (!email && phone) throw errors.notSupported('Phone sign-in');
  if (!email) throw errors.invalidCredentials();

  const found = await findUserByEmail(ctx.pool, email);
  if (!found) throw errors.invalidCredentials();
  assertLoadable(found);
  // Password first, so that ban and confirmation state are only told to someone who knows it.
  if (!(await passwordMatches(ctx.pool, found.id, password))) throw errors.invalidCredentials();
  if (found.banned) throw errors.userBanned();
  if (!found.email_confirmed_at) throw errors.emailNotConfirmed();

  return inTransaction(ctx.pool, async (client) => {
    await touchLastSignIn(client, found.id);
    const session = await createSession(client, found.id, clientInfo(req));
    const refreshToken = await insertRefreshToken(client, found.id, session.id, null);
    return tokenResponse(client, await reload(client, found.id), session, refreshToken, ctx.tokens);
  });
}

// -- POST /token?grant_type=refresh_token ---------------------------------------------------------

export async function refreshGrant(ctx: Context, req: IncomingMessage): Promise<JsonObject> {
  const body = await readJsonBody(req);
  const presented = stringField(body, 'refresh_token') ?? '';
  if (!presented) throw errors.validation('refresh_token required');

  // Reuse detection must commit its revocations, so the transaction returns the error to throw.
  const outcome = await inTransaction(ctx.pool, async (client): Promise<JsonObject | AuthError> => {
    const token = await lockRefreshToken(client, presented);
    if (!token) return errors.refreshTokenNotFound();
    const session = token.session_id ? await findSession(client, token.session_id) : null;
    const user = await findUserById(client, token.user_id);
    if (!session || !user) return errors.refreshTokenNotFound();
    assertLoadable(user);
    if (user.banned) return errors.userBanned();
    if (session.not_after && session.not_after.getTime() < Date.now()) {
      return new AuthError(400, 'session_expired', 'Invalid Refresh Token: Session Expired');
    }
    // Reuse interval 0 (config.toml): a revoked token is never honoured and betrays a stolen family.
    if (token.revoked || !(await revokeRefreshToken(client, token.id))) {
      await revokeSessionTokens(client, session.id);
      return errors.refreshTokenAlreadyUsed();
    }
    const next = await insertRefreshToken(client, user.id, session.id, token.token);
    await markSessionRefreshed(client, session.id);
    return tokenResponse(client, user, session, next, ctx.tokens);
  });
  if (outcome instanceof AuthError) throw outcome;
  return outcome;
}

// -- Bearer-authenticated endpoints ---------------------------------------------------------------

export async function authenticate(ctx: Context, req: IncomingMessage): Promise<Authenticated> {
  const bearer = bearerToken(req);
  let claims: JwtClaims;
  try {
    claims = verifyJwt(bearer, ctx.tokens.jwtSecret);
  } catch (err) {
    const detail = err instanceof JwtError ? err.message : String(err);
    throw errors.badJwt(`invalid JWT: unable to parse or verify signature, ${detail}`);
  }
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub === '') throw errors.badJwt('invalid claim: missing sub claim');
  if (!UUID.test(sub)) throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');

  const user = await findUserById(ctx.pool, sub);
  if (!user) throw errors.userNotFound();
  assertLoadable(user);

  let session: SessionRow | null = null;
  const sessionId = claims.session_id;
  if (typeof sessionId === 'string' && sessionId !== '' && sessionId !== NIL_UUID) {
    if (!UUID.test(sessionId)) throw errors.badJwt('invalid claim: session_id claim must be a UUID');
    session = await findSession(ctx.pool, sessionId);
    if (!session || session.user_id !== user.id) throw errors.sessionNotFound();
  }
  return { user, session, claims };
}

export async function updateUser(ctx: Context, req: IncomingMessage): Promise<JsonObject> {
  const { user, session } = await authenticate(ctx, req);
  const body = await readJsonBody(req);
  const rawEmail = stringField(body, 'email');
  const password = stringField(body, 'password');
  const data = objectField(body, 'data');
  if (stringField(body, 'phone')) throw errors.notSupported('Changing the phone number');
  if (objectField(body, 'app_metadata')) throw errors.notAdmin();

  const email = rawEmail ? validateEmail(rawEmail) : undefined;
  if (password !== undefined) checkPasswordStrength(password, ctx.minPasswordLength);

  return inTransaction(ctx.pool, async (client) => {
    const current = await findUserById(client, user.id, true);
    if (!current) throw errors.userNotFound();

    if (email !== undefined && email !== current.email) {
      if (await emailTaken(client, email, current.id)) throw errors.emailExists();
      try {
        await setEmail(client, current.id, email);
      } catch (err) {
        if (pgCode(err) === '23505') throw errors.emailExists();
        throw err;
      }
    }
    if (password !== undefined) {
      if (await passwordMatches(client, current.id, password)) throw errors.samePassword();
      await setPassword(client, current.id, password);
      // GoTrue's UpdatePassword: a new password ends every other session of the user.
      await deleteSessions(client, current.id, session?.id ?? null);
    }
    if (data) await mergeUserMetadata(client, current.id, data);
    return userJson(client, await reload(client, current.id));
  }).catch((err: unknown) => {
    if (err instanceof AuthError) throw err;
    // e.g. an app trigger on auth.users refusing the change: GoTrue's wording, the detail in the log.
    ctx.log(`user update failed: ${err instanceof Error ? err.message : String(err)}`);
    throw errors.internal('Database error updating user');
  });
}

export async function logoutHandler(ctx: Context, req: IncomingMessage, rawScope: string): Promise<void> {
  const { user, session } = await authenticate(ctx, req);
  // GoTrue's default is global; supabase-js always names the scope.
  const scope: LogoutScope | null =
    rawScope === '' || rawScope === 'global' ? 'global' : rawScope === 'local' || rawScope === 'others' ? rawScope : null;
  if (!scope) throw errors.validation(`Unsupported logout scope "${rawScope}"`);
  await inTransaction(ctx.pool, (client) => logout(client, user.id, session?.id ?? null, scope));
}
