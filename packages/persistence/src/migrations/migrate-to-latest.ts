import type { MigrationTarget } from './migration-kysely';
import type { MigrationReport } from './migrations';

/**
 * {@link import('./migrations').migrateToLatest}, loading the migrations (and kysely) when it is called,
 * not when this package is imported: commands that open no database (`expand`, `check`, `--help`)
 * start without them.
 */
export function migrateToLatest(target: MigrationTarget): Promise<MigrationReport> {
  // A plain `require` (not `import()`, which neither jest's sandbox nor tsx's CommonJS hook resolves).
  return (require('./migrations') as typeof import('./migrations')).migrateToLatest(target);
}
