/** The committed database types must describe the schema the migrations build. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPES_FILE, generateTypes } from '../embedded/gen-types.ts';
import { stackInfo } from './helpers.ts';

describe('src/types/database.types.ts', () => {
  it('is what `npm run gen:types` generates from the current migrations (run it if this fails)', async () => {
    const fresh = await generateTypes(stackInfo().dbUrl);
    expect(readFileSync(TYPES_FILE, 'utf8') === fresh, 'stale: run npm run gen:types and commit the result').toBe(true);
  });
});
