/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Supabase API URL, e.g. http://127.0.0.1:54321 locally. */
  readonly VITE_SUPABASE_URL: string;
  /** The project's anon (public) key. Never a service-role key. */
  readonly VITE_SUPABASE_ANON_KEY: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
