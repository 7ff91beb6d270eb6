/**
 * `npm run gen:types`: writes src/types/database.types.ts from the schema the migrations build, with
 * the same engine `supabase gen types` uses (@supabase/postgrest-typegen), without Docker. It builds
 * the schema in a throw-away Postgres so the result never depends on local data.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { introspect } from '@supabase/postgrest-typegen/introspection';
import { generateTypescript, sortGeneratorMetadata } from '@supabase/postgrest-typegen/generation';
import { freePort } from './net.ts';
import { runSql, scratchDir, startPostgres } from './postgres.ts';
import { PLATFORM_SQL } from './stack.ts';
import { PROJECT_ROOT, pushMigrations } from './supabase-cli.ts';

export const TYPES_FILE = join(PROJECT_ROOT, 'src', 'types', 'database.types.ts');

/** The TypeScript types of the API schema of the database at `dbUrl`. */
export async function generateTypes(dbUrl: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  try {
    const metadata = await introspect(pool, { includedSchemas: ['public'] });
    return await generateTypescript(sortGeneratorMetadata(metadata), { postgrestVersion: '12' });
  } finally {
    await pool.end();
  }
}

async function main() {
  const home = scratchDir('sales-backoffice-typegen');
  const postgres = await startPostgres(join(home, 'data'), await freePort(), () => {});
  try {
    await runSql(postgres.url(), PLATFORM_SQL);
    await pushMigrations(postgres.url(), false, () => {});
    writeFileSync(TYPES_FILE, await generateTypes(postgres.url()));
    console.log(`wrote ${TYPES_FILE}`);
  } finally {
    await postgres.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

// Run as a script (npm run gen:types), not when a test imports generateTypes.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
