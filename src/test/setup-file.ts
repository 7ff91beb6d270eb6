import { afterAll } from 'vitest';
import { closeDb } from '../../supabase/tests/helpers.ts';

// Every test file that touched the database releases its connections.
afterAll(closeDb);
