import { type Kysely, sql } from 'kysely';

// The recompute queue (see `queue/queue-tables.ts`). Changes are recorded by triggers, so edits made by
// any client (psql, another service) reach the worker, not only edits made through this project.
//
// Statement-level triggers with transition tables: one INSERT ... SELECT per statement instead of one
// per row, so a COPY of a whole lexicon pays one set-based insert into the queue. Ids are inserted in
// order so concurrent writers lock queue rows in the same order (no deadlock between them).

const STATEMENTS = [
  `CREATE TABLE recompute_queue (lexeme_id integer PRIMARY KEY)`,
  `CREATE TABLE recompute_pattern_queue (pattern_id integer NOT NULL, name text NOT NULL, PRIMARY KEY (pattern_id, name))`,
  `CREATE TABLE recompute_failures (lexeme_id integer PRIMARY KEY, reason text NOT NULL, failed_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE recompute_state (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), patterns_version bigint NOT NULL DEFAULT 0)`,
  `INSERT INTO recompute_state DEFAULT VALUES`,

  // lexemes: queue inserted and deleted ids, and updated rows whose content changed (a no-op UPDATE
  // queues nothing).
  `CREATE FUNCTION recompute_enqueue_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       INSERT INTO recompute_queue (lexeme_id) SELECT id FROM new_rows ORDER BY id ON CONFLICT DO NOTHING;
     ELSIF TG_OP = 'DELETE' THEN
       INSERT INTO recompute_queue (lexeme_id) SELECT id FROM old_rows ORDER BY id ON CONFLICT DO NOTHING;
     ELSE
       INSERT INTO recompute_queue (lexeme_id)
       SELECT id FROM (
         SELECT n.id FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id WHERE o.id IS NULL OR (o.*) IS DISTINCT FROM (n.*)
         UNION
         SELECT o.id FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id WHERE n.id IS NULL
       ) changed ORDER BY id ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER recompute_lexemes_insert AFTER INSERT ON lexemes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexemes()`,
  `CREATE TRIGGER recompute_lexemes_update AFTER UPDATE ON lexemes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexemes()`,
  `CREATE TRIGGER recompute_lexemes_delete AFTER DELETE ON lexemes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexemes()`,

  // lexeme_patterns: any change to a lexeme's pattern list queues that lexeme (old and new owner).
  `CREATE FUNCTION recompute_enqueue_lexeme_patterns() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       INSERT INTO recompute_queue (lexeme_id) SELECT DISTINCT lexeme_id FROM new_rows ORDER BY lexeme_id ON CONFLICT DO NOTHING;
     ELSIF TG_OP = 'DELETE' THEN
       INSERT INTO recompute_queue (lexeme_id) SELECT DISTINCT lexeme_id FROM old_rows ORDER BY lexeme_id ON CONFLICT DO NOTHING;
     ELSE
       INSERT INTO recompute_queue (lexeme_id)
       SELECT lexeme_id FROM (SELECT lexeme_id FROM new_rows UNION SELECT lexeme_id FROM old_rows) changed
       ORDER BY lexeme_id ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER recompute_lexeme_patterns_insert AFTER INSERT ON lexeme_patterns REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexeme_patterns()`,
  `CREATE TRIGGER recompute_lexeme_patterns_update AFTER UPDATE ON lexeme_patterns REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexeme_patterns()`,
  `CREATE TRIGGER recompute_lexeme_patterns_delete AFTER DELETE ON lexeme_patterns REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_lexeme_patterns()`,

  // patterns: queue (id, name) of rows whose name or source changed, under the old and the new name
  // (continuations refer to names, so a rename affects the patterns that named either), and bump the
  // version so running workers recompile. compiled_hash updates alone queue nothing.
  `CREATE FUNCTION recompute_enqueue_patterns() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE changes bigint;
   BEGIN
     IF TG_OP = 'INSERT' THEN
       INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM new_rows ORDER BY id, name ON CONFLICT DO NOTHING;
     ELSIF TG_OP = 'DELETE' THEN
       INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM old_rows ORDER BY id, name ON CONFLICT DO NOTHING;
     ELSIF TG_OP = 'UPDATE' THEN
       -- Bump the version even when the change is already queued: a worker may have compiled the
       -- earlier edit, not this one.
       WITH changed AS (
         SELECT id, name FROM (
         SELECT o.id, o.name FROM old_rows o WHERE NOT EXISTS
           (SELECT 1 FROM new_rows n WHERE n.id = o.id AND n.name = o.name AND n.source = o.source)
         UNION
         SELECT n.id, n.name FROM new_rows n WHERE NOT EXISTS
           (SELECT 1 FROM old_rows o WHERE o.id = n.id AND o.name = n.name AND o.source = n.source)
         ) c
       ), queued AS (
         INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM changed ORDER BY id, name ON CONFLICT DO NOTHING
       )
       SELECT count(*) INTO changes FROM changed;
       IF changes = 0 THEN RETURN NULL; END IF;
     END IF;
     UPDATE recompute_state SET patterns_version = patterns_version + 1;
     RETURN NULL;
   END $$`,
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
