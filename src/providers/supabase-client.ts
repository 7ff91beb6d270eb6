import { createClient } from '@supabase/supabase-js';

const url = import.meta.env.VITE_SUPABASE_URL;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY;

if (!url || !anonKey) {
  throw new Error('VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY must be set (see .env.example).');
}

/**
 * The browser's only way to the backend: the anon key plus the signed-in user's JWT. Every rule is
 * enforced by Postgres (RLS, RPC checks); the session lives in localStorage and supabase-js
 * refreshes it before it expires.
 */
export const supabaseClient = createClient(url, anonKey, {
  auth: {
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: true,
  },
});
