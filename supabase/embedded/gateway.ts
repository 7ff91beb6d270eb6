import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The API gateway on :54321, doing for the embedded stack what Kong does in `supabase start`:
 * /rest/v1/* goes to PostgREST and /auth/v1/* to the auth service (prefix stripped, query kept),
 * bodies streamed both ways; requests must carry a known API key; CORS for browsers.
 */

export interface GatewayOptions {
  port: number;
  /** http://127.0.0.1:<postgrest port> */
  restUrl: string;
  authUrl: string;
  /** Accepted `apikey` values: anon and service role. */
  apiKeys: string[];
  log?: (line: string) => void;
}

interface Route {
  prefix: string;
  upstream: URL;
  /** Paths under the prefix reachable without an API key (Kong's "open" auth routes). */
  open: string[];
  /** PostgREST reads the role from Authorization, so a bare `apikey` is promoted to a bearer token. */
  apikeyAsBearer: boolean;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection and are never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const CORS_ALLOW_METHODS = 'GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS';
const CORS_ALLOW_HEADERS = [
  'authorization',
  'x-client-info',
  'apikey',
  'content-type',
  'prefer',
  'range',
  'accept-profile',
  'content-profile',
  'x-supabase-api-version',
  'accept',
  'accept-encoding',
  'x-upsert',
];
const CORS_EXPOSE_HEADERS =
  'content-range,content-profile,content-location,x-supabase-api-version,preference-applied';

export async function startGateway(opts: GatewayOptions): Promise<{ port: number; close(): Promise<void> }> {
  const log = opts.log ?? (() => {});
  const keys = new Set(opts.apiKeys);
  const routes: Route[] = [
    { prefix: '/rest/v1', upstream: new URL(opts.restUrl), open: [], apikeyAsBearer: true },
    {
      prefix: '/auth/v1',
      upstream: new URL(opts.authUrl),
      open: ['/health', '/verify', '/callback', '/authorize'],
      apikeyAsBearer: false,
    },
  ];
  // Upstream keep-alive, so that an upstream answering before it has read a whole body drains it
  // instead of closing mid-upload. Idle sockets are dropped after 2 s, before the upstreams' own
  // keep-alive timeouts (Node: 5 s), and a bodiless request that still meets a just-closed socket is
  // retried once (see forward).
  const agent = new Agent({ keepAlive: true, timeout: 2000 });

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      log(`${req.method} ${req.url} failed: ${String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'An unexpected error occurred' });
      else res.destroy();
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1);

    const route = routes.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`));
    if (!route) return sendJson(res, 404, { message: 'no Route matched with those values' });

    // Browsers send preflights without credentials, so they are answered before the key check.
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      return preflight(req, res);
    }

    const rest = path.slice(route.prefix.length) || '/';
    const { apikey, query: forwardedQuery } = extractApiKey(req.headers, query);
    if (!route.open.includes(rest.replace(/\/+$/, ''))) {
      if (!apikey) return sendJson(res, 401, { message: 'No API key found in request' }, true);
      if (!keys.has(apikey)) return sendJson(res, 401, { message: 'Invalid API key' }, true);
    }

    const headers = forwardHeaders(req, route.upstream);
    if (apikey && route.apikeyAsBearer && !req.headers.authorization) headers.authorization = `Bearer ${apikey}`;
    const basePath = route.upstream.pathname.replace(/\/+$/, '');

    const target = {
      protocol: route.upstream.protocol,
      hostname: route.upstream.hostname,
      port: route.upstream.port,
      method: req.method,
      path: `${basePath}${rest}${forwardedQuery ? `?${forwardedQuery}` : ''}`,
      headers,
      agent,
    };
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;

    const forward = (retried: boolean): void => {
      const upstreamReq = httpRequest(target, (upstreamRes) => {
        const out = stripHopByHop(upstreamRes.headers);
        Object.assign(out, corsResponseHeaders());
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, out);
        upstreamRes.pipe(res);
        upstreamRes.on('error', () => res.destroy());
      });
      upstreamReq.on('error', (err: NodeJS.ErrnoException) => {
        if (!retried && !hasBody && upstreamReq.reusedSocket && !res.headersSent &&
            (err.code === 'ECONNRESET' || err.code === 'EPIPE')) {
          return forward(true);
        }
        log(`upstream ${route.upstream.origin} for ${req.method} ${path}: ${err.message}`);
        // Discard the rest of the client's body so that its connection stays in step.
        req.unpipe(upstreamReq);
        req.resume();
        if (!res.headersSent) {
          sendJson(res, 502, { message: 'An invalid response was received from the upstream server' }, true);
        } else {
          res.destroy();
        }
      });
      // A client that goes away takes its upstream request with it.
      res.once('close', () => {
        if (!res.writableFinished) upstreamReq.destroy();
      });
      if (hasBody) req.pipe(upstreamReq);
      else upstreamReq.end();
    };
    forward(false);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
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
      agent.destroy();
    },
  };
}

/** The key from the `apikey` header or `?apikey=`; the query parameter is not passed on. */
function extractApiKey(headers: IncomingHttpHeaders, query: string): { apikey: string | undefined; query: string } {
  const header = headers.apikey;
  let apikey = Array.isArray(header) ? header[0] : header;
  const kept: string[] = [];
  for (const part of query ? query.split('&') : []) {
    const eq = part.indexOf('=');
    const name = safeDecode(eq === -1 ? part : part.slice(0, eq));
    if (name === 'apikey') {
      // PostgREST would read it as a filter on a column named apikey, so it stops here (like Kong's
      // hide_credentials).
      apikey ??= safeDecode(eq === -1 ? '' : part.slice(eq + 1));
    } else {
      kept.push(part);
    }
  }
  return { apikey: apikey || undefined, query: kept.join('&') };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function stripHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const listed = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || listed.has(name)) continue;
    out[name] = value;
  }
  return out;
}

function forwardHeaders(req: IncomingMessage, upstream: URL): OutgoingHttpHeaders {
  const headers = stripHopByHop(req.headers);
  // Like Kong (preserve_host off): the upstream sees its own host; the original goes in X-Forwarded-*.
  const originalHost = req.headers.host;
  headers.host = upstream.host;
  const remote = req.socket.remoteAddress;
  const prior = req.headers['x-forwarded-for'];
  if (remote) headers['x-forwarded-for'] = prior ? `${String(prior)}, ${remote}` : remote;
  if (originalHost) headers['x-forwarded-host'] = originalHost;
  headers['x-forwarded-proto'] ??= 'http';
  return headers;
}

function corsResponseHeaders(): OutgoingHttpHeaders {
  return { 'access-control-allow-origin': '*', 'access-control-expose-headers': CORS_EXPOSE_HEADERS };
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  // The fixed list plus whatever the browser asks for, as Kong's cors plugin echoes requested headers.
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const allowHeaders = [...new Set([...CORS_ALLOW_HEADERS, ...requested])].join(',');
  res.writeHead(200, {
    ...corsResponseHeaders(),
    'access-control-allow-methods': CORS_ALLOW_METHODS,
    'access-control-allow-headers': allowHeaders,
    'access-control-max-age': '3600',
    'content-length': '0',
  });
  res.end();
}

function sendJson(res: ServerResponse, status: number, body: unknown, cors = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...(cors ? corsResponseHeaders() : {}),
  });
  res.end(text);
}
