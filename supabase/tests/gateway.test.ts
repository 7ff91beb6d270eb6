/** The API gateway behaves like Supabase's: API keys, CORS for the browser, and routing. */
import { describe, expect, it } from 'vitest';
import { stackInfo } from './helpers.ts';

describe('the API gateway', () => {
  it('answers a browser preflight with CORS headers that allow supabase-js requests', async () => {
    const response = await fetch(`${stackInfo().apiUrl}/rest/v1/profiles`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'apikey, authorization, content-type, prefer, x-client-info',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/127\.0\.0\.1:5173)$/);
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['apikey', 'authorization', 'content-type', 'prefer', 'x-client-info']) expect(allowed).toContain(header);
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('refuses requests without an API key or with a wrong one, like Kong', async () => {
    const missing = await fetch(`${stackInfo().apiUrl}/rest/v1/profiles`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ message: 'No API key found in request' });
    const wrong = await fetch(`${stackInfo().apiUrl}/rest/v1/profiles`, { headers: { apikey: 'not-a-key' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ message: 'Invalid API key' });
  });

  it('routes /rest/v1 to PostgREST and /auth/v1 to auth, with CORS on the responses', async () => {
    const rest = await fetch(`${stackInfo().apiUrl}/rest/v1/`, {
      headers: { apikey: stackInfo().anonKey, origin: 'http://127.0.0.1:5173' },
    });
    expect(rest.status).toBe(200);
    expect((await rest.json()).info?.version).toBe('12.0.2'); // the real PostgREST, answering its OpenAPI root
    expect(rest.headers.get('access-control-allow-origin')).not.toBeNull();

    const settings = await fetch(`${stackInfo().apiUrl}/auth/v1/settings`, { headers: { apikey: stackInfo().anonKey } });
    expect(settings.status).toBe(200);
    expect(await settings.json()).toMatchObject({ external: { email: true } });
  });

  it('says plainly when an Auth feature is not part of the embedded service', async () => {
    const response = await fetch(`${stackInfo().apiUrl}/auth/v1/otp`, {
      method: 'POST',
      headers: { apikey: stackInfo().anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@demo.local' }),
    });
    expect(response.status).toBe(501);
    expect(JSON.stringify(await response.json())).toContain('supabase start');
  });
});
