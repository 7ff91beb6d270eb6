/**
 * Rows per request when a function's whole answer is read page by page: PostgREST's max rows on Supabase
 * (supabase/config.toml max_rows), beyond which it cuts an answer without an error.
 */
export const RPC_PAGE_SIZE = 1000;
