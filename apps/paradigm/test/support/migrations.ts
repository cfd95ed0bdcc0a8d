import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The names of persistence's migrations, in the order they apply. */
export const MIGRATIONS = readdirSync(join(__dirname, '../../../../packages/persistence/src/migrations'))
  .filter((file) => /^\d{4}-.*\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
