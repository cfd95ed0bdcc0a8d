import type { Connection } from '../connection/connection';

/**
 * The table where kysely's migrator records the applied migrations (its default name, given to it
 * explicitly so that {@link readMigrationRecord} reads the same table without loading kysely).
 */
export const MIGRATION_TABLE = 'kysely_migration';

/**
 * The tables this folder's migrations create, in name order. A database without a record of
 * migrations that already holds one of them is another program's: the first migration to create it
 * would fail. `migrations.test.ts` checks the list against the tables a full migration leaves.
 */
export const PARADIGM_TABLES: readonly string[] = [
  'forms',
  'forms_rebuild',
  'forms_rebuild_changes',
  'forms_rebuild_claims',
  'forms_rebuild_done',
  'forms_rebuild_ranges',
  'lexeme_patterns',
  'lexemes',
  'lexicon_settings',
  'patterns',
  'recompute_failures',
  'recompute_pattern_queue',
  'recompute_queue',
  'recompute_state',
];

/** What a database records of the migrations applied to it. */
export interface MigrationRecord {
  /** The names of the applied migrations, in name order; null when there is no {@link MIGRATION_TABLE}. */
  readonly applied: readonly string[] | null;
  /** The {@link PARADIGM_TABLES} that the schema the migrations create their tables in holds, in name order. */
  readonly tables: readonly string[];
}

/**
 * Reads `conn`'s {@link MigrationRecord} in two small queries. The tables are read before the applied
 * names: a migration that commits in between (another process migrating a fresh database) is then seen
 * as applied, never as tables without a record.
 */
export async function readMigrationRecord(conn: Connection): Promise<MigrationRecord> {
  const { rows } = await conn.query<{ present: boolean; tables: string[] }>(
    `SELECT to_regclass($1) IS NOT NULL AS present,
            ARRAY(SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = current_schema() AND c.relname = ANY($2::text[]) ORDER BY 1) AS tables`,
    [MIGRATION_TABLE, PARADIGM_TABLES],
  );
  const { present, tables } = rows[0]!;
  if (!present) return { applied: null, tables };
  const applied = (await conn.query<{ name: string }>(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name COLLATE "C"`)).rows.map((row) => row.name);
  return { applied, tables };
}
