import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { AuthError, errors } from './errors.ts';

/** Bodies are small JSON documents; anything larger is refused before it is buffered. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type JsonObject = Record<string, unknown>;

export async function readJsonBody(req: IncomingMessage): Promise<JsonObject> {
  // An oversized body is read to its end and dropped before answering 413: answering early would make
  // the server close a connection the client (or the gateway) is still writing to, turning the 413
  // into a reset. A client that keeps going far past the limit is cut off.
  const raw = await new Promise<Buffer | null>((resolve, reject) => {
    let chunks: Buffer[] | null = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) chunks = null;
      else chunks?.push(chunk);
      if (size > 64 * MAX_BODY_BYTES) req.destroy();
    });
    req.once('end', () => resolve(chunks ? Buffer.concat(chunks) : null));
    req.once('error', reject);
    req.once('close', () => reject(new AuthError(400, 'bad_request', 'Request body incomplete')));
  });
  if (raw === null) throw new AuthError(413, 'request_too_large', 'Request body too large');
  const text = raw.toString('utf8').trim();
  // GoTrue treats an empty body as `{}`: every field is then missing, which validation reports.
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw errors.badJson(e instanceof Error ? e.message : String(e));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw errors.badJson('expected a JSON object');
  }
  return parsed as JsonObject;
}

/** A string field, or undefined; any other JSON type is a client error, as in GoTrue's typed params. */
export function stringField(body: JsonObject, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw errors.badJson(`field "${name}" must be a string`);
  return value;
}

export function objectField(body: JsonObject, name: string): JsonObject | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw errors.badJson(`field "${name}" must be an object`);
  return value as JsonObject;
}

export interface ClientInfo {
  userAgent: string | null;
  ip: string | null;
}

/** What GoTrue records on a session: the user agent and the caller's address (first X-Forwarded-For). */
export function clientInfo(req: IncomingMessage): ClientInfo {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const candidate = first || req.socket.remoteAddress || '';
  return { userAgent: req.headers['user-agent'] ?? null, ip: isIP(candidate) ? candidate : null };
}

export function bearerToken(req: IncomingMessage): string {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) throw errors.noAuthorization();
  return match[1];
}
