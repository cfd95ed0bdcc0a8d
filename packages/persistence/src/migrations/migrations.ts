import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Migration, MigrationProvider, MigrationResultSet, Migrator } from 'kysely';
import type { MigrationTarget } from './migration-kysely';
import { MIGRATION_TABLE, type MigrationRecord, readMigrationRecord } from './migration-record';
import { UnmigratableDatabaseError, unmigratableReason } from './unmigratable-database-error';

/** Migration files are `NNNN-name.ts` in this folder (`.js` once built), applied in name order. */
const MIGRATION_FILE = /^\d{4}-[a-z0-9-]+\.(ts|js)$/;

/**
 * Finds the migrations next to this file. Any package module may add one by dropping a file here; each
 * exports `up(db)` and `down(db)`. Loaded with `require`, so it works the same under tsx, ts-jest and
 * the built `dist/`.
 */
export class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string = __dirname) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of migrationFiles(this.folder)) {
      const name = migrationName(file);
      if (migrations[name]) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(resolve(this.folder, file)) as Partial<Migration>;
      if (typeof module.up !== 'function') {
        throw new Error(`Migration ${join(this.folder, file)} exports no up(db) function; export async function up(db) and down(db).`);
      }
      migrations[name] = module as Migration;
    }
    return migrations;
  }
}

function migrationFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => MIGRATION_FILE.test(f) && !f.endsWith('.d.ts'))
    .sort();
}

const migrationName = (file: string) => file.replace(/\.(ts|js)$/, '');

/**
 * Whether `target` has recorded exactly the migrations of this folder as applied, read with two small
 * queries on one of its connections. Opening an up-to-date database then skips kysely's migrator,
 * which took its lock table, introspected the catalog and opened four sessions of its own on
 * PostgreSQL: 80-200 ms of server CPU per process start, measured on `recompute --all` at loads 5-16. Anything else
 * (no table yet, a pending migration, one this code does not know) is for {@link migrateToLatest} to apply or refuse.
 */
export async function isMigrated(target: MigrationTarget, folder: string = __dirname): Promise<boolean> {
  const { applied } = await recordOf(target);
  const known = knownMigrations(folder);
  return applied !== null && applied.length === known.length && applied.every((name, i) => name === known[i]);
}

async function recordOf(target: MigrationTarget): Promise<MigrationRecord> {
  const conn = await target.acquire();
  try {
    return await readMigrationRecord(conn);
  } finally {
    conn.release();
  }
}

/** The names of this folder's migrations, in the order they apply. */
function knownMigrations(folder: string): string[] {
  return [...new Set(migrationFiles(folder).map(migrationName))];
}

/**
 * Raises an {@link UnmigratableDatabaseError} when `target` records migrations this folder does not
 * have, or holds paradigm's tables without a record of migrations; reads only, so such a database is
 * left as it was (kysely's migrator creates its tables before it finds either).
 */
async function refuseUnmigratable(target: MigrationTarget): Promise<void> {
  const reason = unmigratableReason(await recordOf(target), knownMigrations(__dirname));
  if (reason) throw new UnmigratableDatabaseError(target.description, reason);
}

/**
 * Runs kysely's migrator with the migrations of this folder on `target`. kysely (some 260 modules) is
 * loaded here, on first use: opening an up-to-date database never needs it, and every command opens one.
 */
async function migrate(target: MigrationTarget, run: (migrator: Migrator, noMigrations: typeof import('kysely').NO_MIGRATIONS) => Promise<MigrationResultSet>, direction: 'up' | 'down'): Promise<MigrationReport> {
  // `require`, not `import()`: under tsx's CommonJS hook a dynamic import bypasses it and cannot load a .ts file.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Migrator, NO_MIGRATIONS } = require('kysely') as typeof import('kysely');
  const { migrationKysely } = require('./migration-kysely') as typeof import('./migration-kysely');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const db = migrationKysely(target);
  try {
    return report(await run(new Migrator({ db, provider: new FolderMigrationProvider(), migrationTableName: MIGRATION_TABLE }), NO_MIGRATIONS), direction);
  } finally {
    await db.destroy();
  }
}

/** What a migration run did: the names applied (or reverted), in order. */
export interface MigrationReport {
  readonly applied: readonly string[];
}

function report(result: MigrationResultSet, direction: 'up' | 'down'): MigrationReport {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const error = result.error as Error;
    throw new Error(`Migration ${failed?.migrationName ?? '(setup)'} (${direction}) failed: ${error.message}`, { cause: error });
  }
  return { applied: (result.results ?? []).map((r) => r.migrationName) };
}

/**
 * Applies every pending migration to `target` (a `Database`, or any source of its connections); running
 * it again changes nothing (applied: []). `openDatabase` calls it unless told `migrate: false`. A
 * database migrated by a newer paradigm, or another program's, is refused unchanged ({@link UnmigratableDatabaseError}).
 */
export async function migrateToLatest(target: MigrationTarget): Promise<MigrationReport> {
  await refuseUnmigratable(target);
  return migrate(target, (migrator) => migrator.migrateToLatest(), 'up');
}

/** Reverts the latest applied migration. */
export function migrateDown(target: MigrationTarget): Promise<MigrationReport> {
  return migrate(target, (migrator) => migrator.migrateDown(), 'down');
}

/** Reverts the migrations applied after `name` (a migration's file name without its extension), latest first. */
export function migrateDownTo(target: MigrationTarget, name: string): Promise<MigrationReport> {
  return migrate(target, (migrator) => migrator.migrateTo(name), 'down');
}

/** Reverts every migration (drops all tables this package created). */
export function migrateToEmpty(target: MigrationTarget): Promise<MigrationReport> {
  return migrate(target, (migrator, noMigrations) => migrator.migrateTo(noMigrations), 'down');
}
