import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { errors } from './errors.ts';
import type { JsonObject } from './http.ts';

/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export const NIL_INSTANCE = '00000000-0000-0000-0000-000000000000';
const AUDIENCE = 'authenticated';
/** bcrypt reads at most 72 bytes, so GoTrue refuses longer passwords instead of silently truncating. */
const MAX_PASSWORD_BYTES = 72;

export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  email_confirmed_at: Date | null;
  invited_at: Date | null;
  confirmation_token: string | null;
  confirmation_sent_at: Date | null;
  recovery_token: string | null;
  recovery_sent_at: Date | null;
  email_change_token_new: string | null;
  email_change: string | null;
  email_change_sent_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: JsonObject | null;
  raw_user_meta_data: JsonObject | null;
  created_at: Date | null;
  updated_at: Date | null;
  phone: string | null;
  phone_confirmed_at: Date | null;
  confirmed_at: Date | null;
  banned_until: Date | null;
  is_anonymous: boolean;
  /** Computed in SQL so that the clock is the database's. */
  banned: boolean;
}

interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: JsonObject;
  provider: string;
  last_sign_in_at: Date | null;
  created_at: Date | null;
  updated_at: Date | null;
  email: string | null;
}

// The password hash never leaves the database: it is compared there with pgcrypto.
const USER_COLUMNS = `id, aud, role, email, email_confirmed_at, invited_at, confirmation_token,
  confirmation_sent_at, recovery_token, recovery_sent_at, email_change_token_new, email_change,
  email_change_sent_at, last_sign_in_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  phone, phone_confirmed_at, confirmed_at, banned_until, is_anonymous,
  coalesce(banned_until > now(), false) as banned`;

// -- Validation, with GoTrue's messages --------------------------------------------------------------

// checkmail's pattern, which GoTrue uses to validate addresses.
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Returns the address trimmed and lower-cased, the form stored in auth.users. */
export function validateEmail(raw: string | undefined): string {
  const email = (raw ?? '').trim().toLowerCase();
  if (email === '') throw errors.validation('An email address is required');
  if (email.length > 255) throw errors.validation('An email address is too long');
  if (!EMAIL_PATTERN.test(email)) throw errors.validation('Unable to validate email address: invalid format');
  return email;
}

export function checkPasswordStrength(password: string, minLength: number): void {
  // GoTrue measures bytes (Go's len), which is also what bcrypt sees.
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes > MAX_PASSWORD_BYTES) {
    throw errors.validation(`Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`, 422);
  }
  if (bytes < minLength) throw errors.weakPassword(minLength);
}

/**
 * Real Supabase Auth scans these columns into Go strings and fails on NULL with "Database error
 * querying schema". Refusing such rows here keeps seeds that work on the embedded stack working on a
 * real project too.
 */
export function assertLoadable(user: UserRow): void {
  if (
    user.confirmation_token === null ||
    user.recovery_token === null ||
    user.email_change_token_new === null ||
    user.email_change === null
  ) {
    throw errors.internal('Database error querying schema');
  }
}

// -- Reads ------------------------------------------------------------------------------------------

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  // Same lookup as GoTrue's FindUserByEmailAndAudience: instance, audience, not an SSO user.
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users
      where instance_id = $1 and lower(email) = $2 and aud = $3 and is_sso_user = false`,
    [NIL_INSTANCE, email.toLowerCase(), AUDIENCE],
  );
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string, forUpdate = false): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where id = $1${forUpdate ? ' for update' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function passwordMatches(db: Queryable, userId: string, password: string): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>(
    `select coalesce(encrypted_password <> '' and encrypted_password = extensions.crypt($2, encrypted_password), false) as ok
       from auth.users where id = $1`,
    [userId, password],
  );
  return rows[0]?.ok === true;
}

export async function emailTaken(db: Queryable, email: string, exceptUserId?: string): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from auth.users
      where lower(email) = $1 and aud = $2 and is_sso_user = false and ($3::uuid is null or id <> $3::uuid)`,
    [email, AUDIENCE, exceptUserId ?? null],
  );
  return rows.length > 0;
}

async function identitiesOf(db: Queryable, userId: string): Promise<IdentityRow[]> {
  const { rows } = await db.query<IdentityRow>(
    `select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, email
       from auth.identities where user_id = $1 order by created_at, id`,
    [userId],
  );
  return rows;
}

// -- Writes -----------------------------------------------------------------------------------------

/**
 * Inserts the user and its email identity the way GoTrue's signup does with autoconfirm on. The
 * caller runs this in a transaction; app triggers on auth.users fire here.
 */
export async function insertUser(db: Queryable, email: string, password: string, data: JsonObject): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into auth.users (
       instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       confirmation_token, recovery_token, email_change_token_new, email_change,
       raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at, is_anonymous)
     values ($1, $2, $3, $3, $4, extensions.crypt($5, extensions.gen_salt('bf')), now(),
       '', '', '', '', $6::jsonb, $7::jsonb, false, now(), now(), false)`,
    [NIL_INSTANCE, id, AUDIENCE, email, password, { provider: 'email', providers: ['email'] }, data],
  );
  // GoTrue copies signup data into identity_data for keys the provider claims do not set.
  const identityData: JsonObject = { ...data, sub: id, email, email_verified: true, phone_verified: false };
  await db.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
     values ($1, $2, $3::jsonb, 'email', now(), now(), now())`,
    [id, id, identityData],
  );
  return id;
}

export async function touchLastSignIn(db: Queryable, userId: string): Promise<void> {
  await db.query(`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`, [userId]);
}

export async function setPassword(db: Queryable, userId: string, password: string): Promise<void> {
  await db.query(
    `update auth.users
        set encrypted_password = extensions.crypt($2, extensions.gen_salt('bf')),
            reauthentication_token = '', reauthentication_sent_at = null, updated_at = now()
      where id = $1`,
    [userId, password],
  );
}

/** GoTrue's UpdateUserMetaData: keys are merged in; a null value removes the key. */
export async function mergeUserMetadata(db: Queryable, userId: string, data: JsonObject): Promise<void> {
  const removed = Object.keys(data).filter((key) => data[key] === null);
  const added = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
  await db.query(
    `update auth.users
        set raw_user_meta_data = (coalesce(raw_user_meta_data, '{}'::jsonb) || $2::jsonb) - $3::text[],
            updated_at = now()
      where id = $1`,
    [userId, added, removed],
  );
}

/** Email change applied at once (no confirmation mail in the embedded stack), identity kept in step. */
export async function setEmail(db: Queryable, userId: string, email: string): Promise<void> {
  await db.query(`update auth.users set email = $2, email_change = '', updated_at = now() where id = $1`, [
    userId,
    email,
  ]);
  await db.query(
    `update auth.identities
        set identity_data = identity_data || jsonb_build_object('email', $2::text), updated_at = now()
      where user_id = $1 and provider = 'email'`,
    [userId, email],
  );
}

// -- JSON -------------------------------------------------------------------------------------------

function iso(value: Date | null): string | undefined {
  return value ? value.toISOString() : undefined;
}

/** The user object as GoTrue serialises it (omitempty fields left out when unset). */
export async function userJson(db: Queryable, user: UserRow): Promise<JsonObject> {
  const identities = await identitiesOf(db, user.id);
  const json: JsonObject = {
    id: user.id,
    aud: user.aud ?? '',
    role: user.role ?? '',
    email: user.email ?? '',
    email_confirmed_at: iso(user.email_confirmed_at),
    invited_at: iso(user.invited_at),
    phone: user.phone ?? '',
    phone_confirmed_at: iso(user.phone_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at),
    confirmed_at: iso(user.confirmed_at),
    recovery_sent_at: iso(user.recovery_sent_at),
    new_email: user.email_change || undefined,
    email_change_sent_at: iso(user.email_change_sent_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: identities.map((identity) => ({
      identity_id: identity.id,
      id: identity.provider_id,
      user_id: identity.user_id,
      identity_data: identity.identity_data,
      provider: identity.provider,
      last_sign_in_at: iso(identity.last_sign_in_at),
      created_at: iso(identity.created_at),
      updated_at: iso(identity.updated_at),
      email: identity.email ?? undefined,
    })),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    banned_until: iso(user.banned_until),
    is_anonymous: user.is_anonymous,
  };
  return json;
}
