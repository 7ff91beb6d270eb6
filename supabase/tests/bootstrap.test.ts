/**
 * A production install starts with an empty database: the first person to sign up becomes admin,
 * the next ones wait for an administrator. Runs its own stack without the demo seed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../embedded/postgres.ts';
import { startStack, type Stack } from '../embedded/stack.ts';
import { newClient } from './helpers.ts';

let stack: Stack;
let home: string;

beforeAll(async () => {
  home = scratchDir('sales-backoffice-bootstrap');
  stack = await startStack({ dataDir: join(home, 'data'), seed: false });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('bootstrapping an empty install', () => {
  it('of several people signing up at the same moment, exactly one becomes admin', async () => {
    const clients = Array.from({ length: 5 }, () => newClient(stack.anonKey, stack.apiUrl));
    const signUps = await Promise.all(
      clients.map((c, i) => c.auth.signUp({ email: `founder${i}@shop.example`, password: 'founder-pass-1' })),
    );
    expect(signUps.map((s) => s.error)).toEqual([null, null, null, null, null]);
    const roles = await Promise.all(clients.map(async (c) => (await c.rpc('my_role')).data));
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
    expect(roles.filter((r) => r === null)).toHaveLength(4);
  });

  it('whoever signs up after that waits for an administrator', async () => {
    const later = newClient(stack.anonKey, stack.apiUrl);
    expect((await later.auth.signUp({ email: 'clerk@shop.example', password: 'clerk-pass-1' })).error).toBeNull();
    expect((await later.rpc('my_role')).data).toBeNull();
  });
});
