import { createHmac, timingSafeEqual } from 'node:crypto';

/** HS256 JWTs with node:crypto: the shared secret is the one PostgREST verifies with. */

export type JwtClaims = Record<string, unknown>;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function hmac(secret: string, data: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

export function signJwt(claims: JwtClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = hmac(secret, `${HEADER}.${payload}`).toString('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

export class JwtError extends Error {}

/** Verifies signature (HS256 only, like GoTrue's parser), `exp` and `nbf`; returns the claims. */
export function verifyJwt(token: string, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('token contains an invalid number of segments');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: unknown;
  let claims: unknown;
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    throw new JwtError('token is malformed');
  }
  if (!isObject(header) || header.alg !== 'HS256') throw new JwtError('signing method is invalid');
  const expected = hmac(secret, `${headerPart}.${payloadPart}`);
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new JwtError('signature is invalid');
  }
  if (!isObject(claims)) throw new JwtError('token is malformed');
  if (typeof claims.exp === 'number' && nowSeconds >= claims.exp) {
    throw new JwtError(`token has expired`);
  }
  if (typeof claims.nbf === 'number' && nowSeconds < claims.nbf) throw new JwtError('token is not valid yet');
  return claims;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
