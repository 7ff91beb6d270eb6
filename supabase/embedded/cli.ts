/**
 * `npm start`: the embedded stack plus the Vite dev server, in one process tree; Ctrl-C stops it all.
 * `npm run db:reset`: wipes the local database and re-applies migrations and seed.
 */
import { mkdirSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { LOCAL_ANON_KEY } from './keys.ts';
import { DEFAULT_PORTS, resetDatabase, startStack } from './stack.ts';
import { PROJECT_ROOT } from './supabase-cli.ts';
import { isListening } from './net.ts';
import { startPostgres } from './postgres.ts';

const HOME = join(PROJECT_ROOT, 'supabase', '.embedded');
const DATA_DIR = join(HOME, 'data');
const APP_PORT = 5173;

const DEMO_ACCOUNTS = [
  ['admin@demo.local', '管理员 admin'],
  ['sales@demo.local', '销售员 sales'],
  ['warehouse@demo.local', '仓库管理员 warehouse'],
  ['finance@demo.local', '财务 finance'],
];
export const DEMO_PASSWORD = 'Demo@123456';

/** Set once Ctrl-C arrives: components then report their own shutdown, which is not news. */
let stopping = false;

/** Component output goes to supabase/.embedded/logs/stack.log; the console gets only what matters. */
function openLog() {
  mkdirSync(join(HOME, 'logs'), { recursive: true });
  const file = createWriteStream(join(HOME, 'logs', 'stack.log'), { flags: 'a' });
  return (component: string, line: string) => {
    file.write(`${new Date().toISOString()} [${component}] ${line}\n`);
    if (!stopping && /\b(error|fatal|panic)\b/i.test(line) && component !== 'postgres') console.error(`[${component}] ${line}`);
  };
}

async function start() {
  const began = Date.now();
  if (await isListening(DEFAULT_PORTS.api)) {
    console.error(`Port ${DEFAULT_PORTS.api} is already in use: is the stack (or supabase start) already running?`);
    process.exit(1);
  }
  const log = openLog();
  console.log('Starting the embedded Supabase stack (Postgres 17, PostgREST 12, auth, gateway)…');

  // The dev server gets the same two variables a hosted deployment would. The ports are fixed, so
  // Vite starts (and pre-bundles dependencies, the slowest part of a first page load) while the
  // database comes up.
  process.env.VITE_SUPABASE_URL = `http://127.0.0.1:${DEFAULT_PORTS.api}`;
  process.env.VITE_SUPABASE_ANON_KEY = LOCAL_ANON_KEY;
  const { createServer } = await import('vite');
  const vite = await createServer({
    root: PROJECT_ROOT,
    server: {
      port: APP_PORT,
      strictPort: true,
      host: '127.0.0.1',
      warmup: { clientFiles: ['./src/main.tsx', './src/App.tsx', './src/pages/login/index.tsx'] },
    },
  });
  const [stack] = await Promise.all([startStack({ dataDir: DATA_DIR, ports: DEFAULT_PORTS, log }), vite.listen()]);
  if (stack.created) console.log('Created a new database, applied the migrations and the demo seed.');

  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  console.log(`
  商品销售管理系统 is ready in ${seconds} s

  App:       http://127.0.0.1:${APP_PORT}/
  API:       ${stack.apiUrl}   (/rest/v1, /auth/v1)
  Postgres:  ${stack.dbUrl}
  Logs:      supabase/.embedded/logs/stack.log

  Demo accounts (password ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map(([email, role]) => `    ${email.padEnd(24)} ${role}`).join('\n')}

  Press Ctrl-C to stop.
`);

  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await vite.close();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function reset() {
  const log = openLog();
  const dbUrl = `postgres://postgres:postgres@127.0.0.1:${DEFAULT_PORTS.db}/postgres`;
  const running = await isListening(DEFAULT_PORTS.db);
  // A running stack is reset in place; otherwise Postgres is started just for the reset.
  const postgres = running ? null : await startPostgres(DATA_DIR, DEFAULT_PORTS.db, (line) => log('postgres', line));
  try {
    if (running) {
      const probe = new pg.Client({ connectionString: dbUrl });
      await probe.connect();
      await probe.end();
    }
    await resetDatabase(dbUrl, log);
    console.log('Database reset: migrations and seed applied.');
  } finally {
    await postgres?.stop();
  }
}

const command = process.argv[2];
const run = command === 'start' ? start : command === 'reset' ? reset : null;
if (!run) {
  console.error('usage: tsx supabase/embedded/cli.ts start|reset');
  process.exit(2);
}
run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
