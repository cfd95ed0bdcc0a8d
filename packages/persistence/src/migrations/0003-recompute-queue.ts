import { type Kysely, sql } from 'kysely';
import { enqueueFunctions } from './enqueue-functions';

// The recompute queue (see `queue/queue-tables.ts`). Changes are recorded by triggers, so edits made by
// any client (psql, another service) reach the worker, not only edits made through this project.
//
// Statement-level triggers with transition tables: one INSERT ... SELECT per statement instead of one
// per row, so a COPY of a whole lexicon pays one set-based insert into the queue. Ids are inserted in
// order so concurrent writers lock queue rows in the same order (no deadlock between them).

const FUNCTIONS = enqueueFunctions('leave');

const STATEMENTS = [
  `CREATE TABLE recompute_queue (lexeme_id integer PRIMARY KEY)`,
  `CREATE TABLE recompute_pattern_queue (pattern_id integer NOT NULL, name text NOT NULL, PRIMARY KEY (pattern_id, name))`,
  `CREATE TABLE recompute_failures (lexeme_id integer PRIMARY KEY, reason text NOT NULL, failed_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE recompute_state (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), patterns_version bigint NOT NULL DEFAULT 0)`,
  `INSERT INTO recompute_state DEFAULT VALUES`,

  // lexemes: queue inserted and deleted ids, and updated rows whose content changed (a no-op UPDATE
  // queues nothing).
  FUNCTIONS[0]!,
  `CREATE TRIGGER recompute_lexemes_insert AFTER INSERT ON lexemes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexemes()`,
  `CREATE TRIGGER recompute_lexemes_update AFTER UPDATE ON lexemes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexemes()`,
  `CREATE TRIGGER recompute_lexemes_delete AFTER DELETE ON lexemes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexemes()`,

  // lexeme_patterns: any change to a lexeme's pattern list queues that lexeme (old and new owner).
  FUNCTIONS[1]!,
  `CREATE TRIGGER recompute_lexeme_patterns_insert AFTER INSERT ON lexeme_patterns REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexeme_patterns()`,
  `CREATE TRIGGER recompute_lexeme_patterns_update AFTER UPDATE ON lexeme_patterns REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexeme_patterns()`,
  `CREATE TRIGGER recompute_lexeme_patterns_delete AFTER DELETE ON lexeme_patterns REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexeme_patterns()`,

  // patterns: queue (id, name) of rows whose name or source changed, under the old and the new name
  // (continuations refer to names, so a rename affects the patterns that named either), and bump the
  // version so running workers recompile. compiled_hash updates alone queue nothing.
  FUNCTIONS[2]!,
  `CREATE TRIGGER recompute_patterns_insert AFTER INSERT ON patterns REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_patterns()`,
  `CREATE TRIGGER recompute_patterns_update AFTER UPDATE ON patterns REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_patterns()`,
  `CREATE TRIGGER recompute_patterns_delete AFTER DELETE ON patterns REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_patterns()`,
  // TRUNCATE has no transition table; the lexemes that used the patterns lose their links (TRUNCATE
  // ... CASCADE), which is a reload: the version bump is what running workers need.
  `CREATE TRIGGER recompute_patterns_truncate AFTER TRUNCATE ON patterns FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_patterns()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'DROP TRIGGER recompute_patterns_truncate ON patterns',
    'DROP TRIGGER recompute_patterns_delete ON patterns',
    'DROP TRIGGER recompute_patterns_update ON patterns',
    'DROP TRIGGER recompute_patterns_insert ON patterns',
    'DROP TRIGGER recompute_lexeme_patterns_delete ON lexeme_patterns',
    'DROP TRIGGER recompute_lexeme_patterns_update ON lexeme_patterns',
    'DROP TRIGGER recompute_lexeme_patterns_insert ON lexeme_patterns',
    'DROP TRIGGER recompute_lexemes_delete ON lexemes',
    'DROP TRIGGER recompute_lexemes_update ON lexemes',
    'DROP TRIGGER recompute_lexemes_insert ON lexemes',
    'DROP FUNCTION recompute_enqueue_patterns()',
    'DROP FUNCTION recompute_enqueue_lexeme_patterns()',
    'DROP FUNCTION recompute_enqueue_lexemes()',
    'DROP TABLE recompute_state',
    'DROP TABLE recompute_failures',
    'DROP TABLE recompute_pattern_queue',
    'DROP TABLE recompute_queue',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
