import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Kysely, type Migration, type MigrationProvider, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';
import type { Schema } from '../schema/schema';

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
    for (const file of readdirSync(this.folder).filter((f) => MIGRATION_FILE.test(f) && !f.endsWith('.d.ts')).sort()) {
      const name = file.replace(/\.(ts|js)$/, '');
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

function migrator(db: Kysely<Schema>): Migrator {
  return new Migrator({ db, provider: new FolderMigrationProvider() });
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

/** Applies every pending migration; running it again changes nothing (applied: []). */
export async function migrateToLatest(db: Kysely<Schema>): Promise<MigrationReport> {
  return report(await migrator(db).migrateToLatest(), 'up');
}

/** Reverts the latest applied migration. */
export async function migrateDown(db: Kysely<Schema>): Promise<MigrationReport> {
  return report(await migrator(db).migrateDown(), 'down');
}

/** Reverts every migration (drops all tables this package created). */
export async function migrateToEmpty(db: Kysely<Schema>): Promise<MigrationReport> {
  return report(await migrator(db).migrateTo(NO_MIGRATIONS), 'down');
}
