import type { MigrationTarget } from './migration-kysely';
import type { MigrationReport } from './migrations';

/**
 * {@link import('./migrations').migrateToLatest}, loading the migrations (and kysely) when it is called,
 * not when this package is imported: commands that open no database (`expand`, `check`, `--help`)
 * start without them.
 */
export async function migrateToLatest(target: MigrationTarget): Promise<MigrationReport> {
  return (await import('./migrations')).migrateToLatest(target);
}
