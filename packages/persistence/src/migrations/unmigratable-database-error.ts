import type { MigrationRecord } from './migration-record';

/** Why a database cannot be migrated by this program. */
export type UnmigratableReason =
  /** It records migrations this program does not know: a newer paradigm migrated it. */
  | { readonly kind: 'newer'; readonly unknown: readonly string[] }
  /** It holds tables of paradigm's names but records no migration: another program's database. */
  | { readonly kind: 'foreign'; readonly tables: readonly string[] };

/**
 * The database `description` cannot be brought up to date by this program, for `reason`; nothing was
 * changed in it. Raised before kysely's migrator runs, which would fail on either database only after
 * creating its own tables there.
 */
export class UnmigratableDatabaseError extends Error {
  constructor(
    readonly description: string,
    readonly reason: UnmigratableReason,
  ) {
    super(
      reason.kind === 'newer'
        ? `the database ${description} was migrated by a newer paradigm: it records migrations that this paradigm does not know: ${reason.unknown.join(', ')}. ` +
            'This paradigm is older than the database; nothing was changed. Upgrade paradigm to the version that migrated it, or a later one.'
        : `the database ${description} is not a paradigm database: it holds ${reason.tables.join(', ')} but no record of paradigm's migrations. ` +
            'Nothing was changed. Use an empty database for paradigm: set DATABASE_URL to another database (or, embedded, --data-dir to another folder).',
    );
    this.name = 'UnmigratableDatabaseError';
  }
}

/**
 * Why `record` cannot be migrated by a program that knows the migrations `known`; undefined when it can
 * (nothing applied to a database without paradigm's tables, or only known migrations).
 */
export function unmigratableReason(record: MigrationRecord, known: readonly string[]): UnmigratableReason | undefined {
  const applied = record.applied ?? [];
  if (applied.length === 0) return record.tables.length > 0 ? { kind: 'foreign', tables: record.tables } : undefined;
  const unknown = applied.filter((name) => !known.includes(name));
  return unknown.length > 0 ? { kind: 'newer', unknown } : undefined;
}
