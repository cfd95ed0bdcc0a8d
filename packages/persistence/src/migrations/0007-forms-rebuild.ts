import { type Kysely, sql } from 'kysely';

// What a full rebuild of `forms` (see `rebuild/`) needs to keep the work and the edits made while it runs.
//
// A rebuild computes every lexeme from one snapshot into a new table and swaps it in. While a rebuild is
// registered (the one row of `forms_rebuild`), statement triggers note:
// - in `forms_rebuild_claims`, the lexemes `worker run` claims (a claim deletes them from
//   `recompute_queue` in the transaction that replaces their forms in the live table): the swap carries
//   their live forms over, so they are not computed twice;
// - in `forms_rebuild_changes`, the lexemes whose row or pattern list changes, and in
//   `forms_rebuild.patterns_changed` any change to `patterns`: at the swap every other queued lexeme is
//   dequeued (the rebuild computed it from its current data), these stay queued.
// Editors take the registration row FOR SHARE, so the swap (which deletes that row first) waits for the
// edits in flight and sees every change they noted. Without a rebuild each trigger costs one probe of an
// empty table per statement.
const STATEMENTS = [
  `CREATE TABLE forms_rebuild (
     singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
     backend_pid integer NOT NULL,
     started_at timestamptz NOT NULL DEFAULT now(),
     patterns_changed boolean NOT NULL DEFAULT false)`,
  // When the last rebuild committed: a rebuild that waited for another one to end skips its own work
  // if that one finished while it waited.
  `CREATE TABLE forms_rebuild_done (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), finished_at timestamptz NOT NULL)`,
  `CREATE TABLE forms_rebuild_claims (lexeme_id integer PRIMARY KEY)`,
  `CREATE TABLE forms_rebuild_changes (lexeme_id integer PRIMARY KEY)`,
  `CREATE FUNCTION forms_rebuild_note_claims() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF EXISTS (SELECT 1 FROM forms_rebuild) THEN
       INSERT INTO forms_rebuild_claims (lexeme_id) SELECT lexeme_id FROM old_rows ORDER BY lexeme_id ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER forms_rebuild_claims AFTER DELETE ON recompute_queue REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_claims()`,
  // TG_ARGV[0]: the column holding the lexeme id (lexemes.id, lexeme_patterns.lexeme_id).
  `CREATE FUNCTION forms_rebuild_note_changes() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM 1 FROM forms_rebuild FOR SHARE;
     IF NOT FOUND THEN RETURN NULL; END IF;
     IF TG_TABLE_NAME = 'patterns' THEN
       UPDATE forms_rebuild SET patterns_changed = true WHERE NOT patterns_changed;
     ELSIF TG_OP = 'INSERT' THEN
       EXECUTE format('INSERT INTO forms_rebuild_changes SELECT DISTINCT %I FROM new_rows ORDER BY 1 ON CONFLICT DO NOTHING', TG_ARGV[0]);
     ELSIF TG_OP = 'DELETE' THEN
       EXECUTE format('INSERT INTO forms_rebuild_changes SELECT DISTINCT %I FROM old_rows ORDER BY 1 ON CONFLICT DO NOTHING', TG_ARGV[0]);
     ELSE
       EXECUTE format('INSERT INTO forms_rebuild_changes SELECT %I FROM new_rows UNION SELECT %I FROM old_rows ORDER BY 1 ON CONFLICT DO NOTHING', TG_ARGV[0], TG_ARGV[0]);
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER forms_rebuild_insert AFTER INSERT ON lexemes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes('id')`,
  `CREATE TRIGGER forms_rebuild_update AFTER UPDATE ON lexemes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes('id')`,
  `CREATE TRIGGER forms_rebuild_delete AFTER DELETE ON lexemes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes('id')`,
  `CREATE TRIGGER forms_rebuild_insert AFTER INSERT ON lexeme_patterns REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes('lexeme_id')`,
  `CREATE TRIGGER forms_rebuild_update AFTER UPDATE ON lexeme_patterns REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes('lexeme_id')`,
  `CREATE TRIGGER forms_rebuild_delete AFTER DELETE ON lexeme_patterns REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes('lexeme_id')`,
  `CREATE TRIGGER forms_rebuild_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON patterns FOR EACH STATEMENT EXECUTE FUNCTION forms_rebuild_note_changes()`,
];

const TRIGGERS = [
  ['forms_rebuild_change', 'patterns'],
  ['forms_rebuild_delete', 'lexeme_patterns'],
  ['forms_rebuild_update', 'lexeme_patterns'],
  ['forms_rebuild_insert', 'lexeme_patterns'],
  ['forms_rebuild_delete', 'lexemes'],
  ['forms_rebuild_update', 'lexemes'],
  ['forms_rebuild_insert', 'lexemes'],
  ['forms_rebuild_claims', 'recompute_queue'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [trigger, table] of TRIGGERS) await sql.raw(`DROP TRIGGER ${trigger} ON ${table}`).execute(db);
  for (const statement of [
    'DROP FUNCTION forms_rebuild_note_changes()',
    'DROP FUNCTION forms_rebuild_note_claims()',
    'DROP TABLE forms_rebuild_changes',
    'DROP TABLE forms_rebuild_claims',
    'DROP TABLE forms_rebuild_done',
    'DROP TABLE forms_rebuild',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
