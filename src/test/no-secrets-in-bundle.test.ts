/** The production build must never carry the service-role key or the JWT secret to the browser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { LOCAL_JWT_SECRET, LOCAL_SERVICE_ROLE_KEY } from '../../supabase/embedded/keys.ts';
import './stack-info.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const stack = inject('stack');

describe.skipIf(!stack.appUrl)('the production bundle (vite build)', () => {
  const { distDir, anonKey } = stack;
  const files = (stack.appUrl ? filesUnder(distDir) : []).filter((f) => /\.(js|html|css|json|map)$/.test(f));
  const contents = files.map((f) => readFileSync(f, 'utf8')).join('\n');

  it('was built and carries the anon key it needs', () => {
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(contents).toContain(anonKey);
  });

  it('contains neither the service-role key nor the JWT secret, and every JWT in it is an anon key', () => {
    expect(contents).not.toContain(LOCAL_SERVICE_ROLE_KEY);
    expect(contents).not.toContain(LOCAL_JWT_SECRET);
    // Any JWT in the bundle must be an anon key, whatever project it belongs to.
    for (const jwt of contents.match(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g) ?? []) {
      const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
      expect(payload.role).toBe('anon');
    }
  });
});
