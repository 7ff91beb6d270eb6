import { randomBytes, randomUUID } from 'node:crypto';
import type { ClientInfo, JsonObject } from './http.ts';
import { signJwt } from './jwt.ts';
import { NIL_INSTANCE, type Queryable, type UserRow, userJson } from './users.ts';

export interface SessionRow {
  id: string;
  user_id: string;
  created_at: Date;
  not_after: Date | null;
}

export interface RefreshTokenRow {
  id: string;
  token: string;
  user_id: string;
  revoked: boolean;
  session_id: string | null;
}

export interface TokenSettings {
  jwtSecret: string;
  jwtExpirySeconds: number;
  issuer: string;
}

/** Opaque, unguessable, URL-safe: 16 random bytes. */
function newRefreshToken(): string {
  return randomBytes(16).toString('base64url');
}

export async function createSession(db: Queryable, userId: string, client: ClientInfo): Promise<SessionRow> {
  const { rows } = await db.query<SessionRow>(
    `insert into auth.sessions (id, user_id, created_at, updated_at, user_agent, ip)
     values ($1, $2, now(), now(), $3, $4::inet)
     returning id, user_id, created_at, not_after`,
    [randomUUID(), userId, client.userAgent, client.ip],
  );
  return rows[0]!;
}

export async function findSession(db: Queryable, sessionId: string): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(
    `select id, user_id, created_at, not_after from auth.sessions where id = $1`,
    [sessionId],
  );
  return rows[0] ?? null;
}

export async function insertRefreshToken(
  db: Queryable,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<string> {
  const token = newRefreshToken();
  await db.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
     values ($1, $2, $3, false, now(), now(), $4, $5)`,
    [NIL_INSTANCE, token, userId, parent, sessionId],
  );
  return token;
}

/** Locks the token row so that concurrent refreshes of one token are serialised. */
export async function lockRefreshToken(db: Queryable, token: string): Promise<RefreshTokenRow | null> {
  const { rows } = await db.query<RefreshTokenRow>(
    `select id::text, token, user_id, revoked, session_id from auth.refresh_tokens where token = $1 for update`,
    [token],
  );
  return rows[0] ?? null;
}

/**
 * Revokes the presented token; `returning` makes the update itself the guard, so of two concurrent
 * refreshes only one sees the row flip from unrevoked to revoked.
 */
export async function revokeRefreshToken(db: Queryable, tokenId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1 and revoked = false returning id`,
    [tokenId],
  );
  return rowCount === 1;
}

/** GoTrue's reuse detection: a revoked token presented again revokes the whole session's family. */
export async function revokeSessionTokens(db: Queryable, sessionId: string): Promise<void> {
  await db.query(
    `update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1 and revoked = false`,
    [sessionId],
  );
}

export async function markSessionRefreshed(db: Queryable, sessionId: string): Promise<void> {
  // refreshed_at is `timestamp` without time zone on Supabase; GoTrue writes UTC.
  await db.query(
    `update auth.sessions set refreshed_at = timezone('utc', now()), updated_at = now() where id = $1`,
    [sessionId],
  );
}

export type LogoutScope = 'global' | 'local' | 'others';

export async function logout(db: Queryable, userId: string, sessionId: string | null, scope: LogoutScope): Promise<void> {
  if (sessionId === null) {
    // A token without a session (e.g. minted by hand): GoTrue revokes all the user's refresh tokens.
    await db.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where user_id = $1`, [userId]);
    return;
  }
  if (scope === 'local') {
    // Its refresh tokens go with it (on delete cascade).
    await db.query(`delete from auth.sessions where id = $1`, [sessionId]);
  } else {
    await deleteSessions(db, userId, scope === 'others' ? sessionId : null);
  }
}

/** Ends all the user's sessions, or all but one; with none kept, session-less tokens go too. */
export async function deleteSessions(db: Queryable, userId: string, keepSessionId: string | null): Promise<void> {
  if (keepSessionId) {
    await db.query(`delete from auth.sessions where user_id = $1 and id <> $2`, [userId, keepSessionId]);
  } else {
    await db.query(`delete from auth.sessions where user_id = $1`, [userId]);
    await db.query(`delete from auth.refresh_tokens where user_id = $1`, [userId]);
  }
}

/**
 * The access token with Supabase's claims. `amr` names how the session began (always a password in
 * this service) and when, and keeps doing so across refreshes, as GoTrue's session AMR claims do.
 */
export function accessToken(user: UserRow, session: SessionRow, settings: TokenSettings): { token: string; exp: number } {
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + settings.jwtExpirySeconds;
  const claims = {
    iss: settings.issuer,
    sub: user.id,
    aud: user.aud ?? 'authenticated',
    exp,
    iat,
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role ?? 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: Math.floor(session.created_at.getTime() / 1000) }],
    session_id: session.id,
    is_anonymous: user.is_anonymous,
  };
  return { token: signJwt(claims, settings.jwtSecret), exp };
}

/** GoTrue's AccessTokenResponse. */
export async function tokenResponse(
  db: Queryable,
  user: UserRow,
  session: SessionRow,
  refreshToken: string,
  settings: TokenSettings,
): Promise<JsonObject> {
  const { token, exp } = accessToken(user, session, settings);
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: settings.jwtExpirySeconds,
    expires_at: exp,
    refresh_token: refreshToken,
    user: await userJson(db, user),
  };
}
