import { type Kysely, sql } from 'kysely';

// The lexicon's limit of forms per lexeme (`lexicon_settings.max_forms_per_lexeme`, NULL for none):
// generation of a lexeme that derives more stops, and its recompute fails with the reason. It is part of
// what the forms are computed from, as the patterns are, so changing it is treated as a change to every
// pattern, by a trigger that holds for every writer (the `paradigm form-limit` command, plain SQL):
// every pattern is queued as changed (the worker queues their lexemes; a batch in flight with the old
// limit is computed again), `patterns_version` moves (a running worker recompiles), and a registered
// full rebuild is told that the patterns changed (its swap dequeues nothing). An update that leaves the
// value as it was changes nothing. The one row stays: deleting it is refused (it would change the limit
// unseen by the trigger).
const DEFAULT_LIMIT = 100_000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE lexicon_settings (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      max_forms_per_lexeme integer DEFAULT ${sql.lit(DEFAULT_LIMIT)} CHECK (max_forms_per_lexeme > 0))`.execute(db);
  await sql`INSERT INTO lexicon_settings DEFAULT VALUES`.execute(db);
  await sql`
    CREATE FUNCTION lexicon_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM old_rows o FULL JOIN new_rows n ON true
                      WHERE o.max_forms_per_lexeme IS DISTINCT FROM n.max_forms_per_lexeme) THEN
        RETURN NULL;
      END IF;
      PERFORM 1 FROM forms_rebuild FOR SHARE;
      IF FOUND THEN UPDATE forms_rebuild SET patterns_changed = true WHERE NOT patterns_changed; END IF;
      INSERT INTO recompute_pattern_queue (pattern_id, name) SELECT id, name FROM patterns ORDER BY id, name
        ON CONFLICT (pattern_id, name) DO UPDATE SET name = excluded.name WHERE false;
      UPDATE recompute_state SET patterns_version = patterns_version + 1;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER lexicon_settings_changed AFTER UPDATE ON lexicon_settings
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lexicon_settings_changed()`.execute(db);
  await sql`
    CREATE FUNCTION lexicon_settings_kept() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'lexicon_settings keeps its one row; update max_forms_per_lexeme instead (NULL for no limit)';
    END $$`.execute(db);
  await sql`CREATE TRIGGER lexicon_settings_kept BEFORE DELETE OR TRUNCATE ON lexicon_settings FOR EACH STATEMENT EXECUTE FUNCTION lexicon_settings_kept()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE lexicon_settings`.execute(db);
  await sql`DROP FUNCTION lexicon_settings_changed()`.execute(db);
  await sql`DROP FUNCTION lexicon_settings_kept()`.execute(db);
}
