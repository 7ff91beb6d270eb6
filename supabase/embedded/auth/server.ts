import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { AuthError, errors, sendError, sendJson } from './errors.ts';
import { authenticate, type Context, logoutHandler, passwordGrant, refreshGrant, signup, updateUser } from './handlers.ts';
import type { JsonObject } from './http.ts';
import { unsupportedFeature } from './unsupported.ts';
import { userJson } from './users.ts';

/**
 * A Supabase-Auth-compatible subset for the embedded stack: the endpoints supabase-js uses for email
 * and password accounts, over the real auth.* tables, so that the same users, seeds and JWTs work
 * with `supabase start` and hosted projects. Paths come without the /auth/v1 prefix (the gateway
 * strips it). Everything else answers 501; see unsupported.ts.
 */

export interface AuthOptions {
  port: number;
  /** Connect as supabase_auth_admin, the owner of the auth schema, as GoTrue does. */
  dbUrl: string;
  jwtSecret: string;
  jwtExpirySeconds?: number;
  /** e.g. http://127.0.0.1:54321/auth/v1 */
  issuer: string;
  minimumPasswordLength?: number;
  log?: (line: string) => void;
}

export async function startAuthServer(opts: AuthOptions): Promise<{ port: number; close(): Promise<void> }> {
  const log = opts.log ?? (() => {});
  const pool = new pg.Pool({
    connectionString: opts.dbUrl,
    max: 5,
    // Supabase sets supabase_auth_admin's search_path to `auth`; the same here means a trigger that
    // relies on `public` being on the path fails in the embedded stack just as it would in production.
    options: '-c search_path=auth',
  });
  pool.on('error', (err) => log(`idle database connection failed: ${err.message}`));
  try {
    // Fail at start, not at the first sign-in, when the database or platform.sql is missing.
    await pool.query('select 1 from auth.users limit 1');
  } catch (err) {
    await pool.end();
    throw err;
  }

  const ctx: Context = {
    pool,
    tokens: { jwtSecret: opts.jwtSecret, jwtExpirySeconds: opts.jwtExpirySeconds ?? 3600, issuer: opts.issuer },
    minPasswordLength: opts.minimumPasswordLength ?? 6,
    log,
  };

  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      if (err instanceof AuthError) {
        if (err.status >= 500) log(`${req.method} ${req.url} -> ${err.status} ${err.message}`);
        return sendError(req, res, err);
      }
      log(`${req.method} ${req.url} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendError(req, res, errors.internal('Unexpected failure, please check server logs for more information'));
    }).catch((err: unknown) => {
      // The response itself failed (client gone); nothing left to tell anyone but the log.
      log(`could not respond: ${String(err)}`);
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  }).catch(async (err: unknown) => {
    await pool.end();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  log(`listening on http://127.0.0.1:${port}`);

  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
    },
  };
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method ?? 'GET';

  const route = (allowed: string[]): boolean => {
    if (allowed.includes(method)) return true;
    throw errors.methodNotAllowed();
  };

  switch (path) {
    case '/health':
      route(['GET', 'HEAD']);
      return sendJson(res, 200, {
        version: 'embedded',
        name: 'GoTrue',
        description: 'GoTrue is a user registration and authentication API (embedded subset)',
      }, req);
    case '/settings':
      route(['GET']);
      return sendJson(res, 200, settings(), req);
    case '/.well-known/jwks.json':
      // Only a symmetric secret signs tokens, and GoTrue never publishes that: an empty key set.
      route(['GET']);
      return sendJson(res, 200, { keys: [] }, req);
    case '/signup':
      route(['POST']);
      return sendJson(res, 200, await signup(ctx, req), req);
    case '/token': {
      route(['POST']);
      const grant = url.searchParams.get('grant_type') ?? '';
      if (grant === 'password') return sendJson(res, 200, await passwordGrant(ctx, req), req);
      if (grant === 'refresh_token') return sendJson(res, 200, await refreshGrant(ctx, req), req);
      if (grant === 'pkce' || grant === 'id_token' || grant === 'web3') {
        throw errors.notSupported(`The ${grant} grant (POST /token?grant_type=${grant})`);
      }
      throw new AuthError(400, 'validation_failed', 'unsupported_grant_type');
    }
    case '/user':
      route(['GET', 'PUT']);
      if (method === 'GET') {
        const { user, claims } = await authenticate(ctx, req);
        const aud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
        if (aud !== 'authenticated') throw errors.validation("Token audience doesn't match request audience");
        return sendJson(res, 200, await userJson(ctx.pool, user), req);
      }
      return sendJson(res, 200, await updateUser(ctx, req), req);
    case '/logout': {
      route(['POST']);
      await logoutHandler(ctx, req, url.searchParams.get('scope') ?? '');
      res.writeHead(204).end();
      return;
    }
    default:
      throw errors.notSupported(unsupportedFeature(method, path));
  }
}

function settings(): JsonObject {
  const providers = ['anonymous_users', 'apple', 'azure', 'bitbucket', 'discord', 'facebook', 'figma', 'fly',
    'github', 'gitlab', 'google', 'keycloak', 'kakao', 'linkedin_oidc', 'notion', 'spotify', 'slack_oidc',
    'workos', 'twitch', 'twitter', 'zoom', 'phone'];
  return {
    external: { ...Object.fromEntries(providers.map((p) => [p, false])), email: true },
    disable_signup: false,
    mailer_autoconfirm: true,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  };
}
