import { AuthClient } from '@supabase/auth-js';
import type { SupabaseClient } from '@supabase/supabase-js';

const url = import.meta.env.VITE_SUPABASE_URL;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY;

if (!url || !anonKey) {
  throw new Error('VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY must be set (see .env.example).');
}

/**
 * The session: Supabase Auth's own client, with the storage key and headers supabase-js would use, so
 * the login route carries auth alone (`npm run bench:bundle`). The session lives in localStorage and
 * is refreshed before it expires; there is exactly one client refreshing it.
 */
export const authClient = new AuthClient({
  url: `${url.replace(/\/+$/, '')}/auth/v1`,
  headers: { Authorization: `Bearer ${anonKey}`, apikey: anonKey },
  storageKey: `sb-${new URL(url).hostname.split('.')[0]}-auth-token`,
  persistSession: true,
  autoRefreshToken: true,
  detectSessionInUrl: true,
});

let client: Promise<SupabaseClient> | undefined;
/**
 * The browser's only way to the data: the anon key plus the signed-in user's JWT, taken from
 * `authClient` on every request. Every rule is enforced by Postgres (RLS, RPC checks). Loaded with the
 * first data request, never on the login page.
 */
export function supabaseClient(): Promise<SupabaseClient> {
  client ??= import('@supabase/supabase-js').then(({ createClient }) =>
    createClient(url, anonKey, {
      accessToken: async () => (await authClient.getSession()).data.session?.access_token ?? null,
    }),
  );
  return client;
}
