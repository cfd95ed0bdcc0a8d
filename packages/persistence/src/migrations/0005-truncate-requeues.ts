import { type Kysely, sql } from 'kysely';

// TRUNCATE fires no row or transition-table trigger, so the `recompute-queue` triggers never see the
// lexemes it removes, and their forms would stay forever (`forms` has no foreign key, see the `forms`
// migration). A statement trigger on each table queues every lexeme that has forms (and every failed
// one): after `TRUNCATE lexemes` none of them exists any more, after `TRUNCATE lexeme_patterns` none
// takes a pattern, and `worker run` replaces each with what it now generates (nothing, or new forms for
// lexemes inserted meanwhile, which their own INSERT trigger queued). The forms are written by the
// worker as for any other change, under its per-lexeme locks; the trigger only reads `forms` (one
// index-only scan of `forms_lexeme_id_idx`). `TRUNCATE lexemes CASCADE` fires both triggers; the
// second finds everything queued already.
const STATEMENTS = [
  `CREATE FUNCTION recompute_enqueue_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO recompute_queue (lexeme_id)
     SELECT lexeme_id FROM (SELECT DISTINCT lexeme_id FROM forms UNION SELECT lexeme_id FROM recompute_failures) affected
     ORDER BY lexeme_id ON CONFLICT DO NOTHING;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER recompute_lexemes_truncate AFTER TRUNCATE ON lexemes FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_truncated()`,
  `CREATE TRIGGER recompute_lexeme_patterns_truncate AFTER TRUNCATE ON lexeme_patterns FOR EACH STATEMENT EXECUTE FUNCTION recompute_enqueue_truncated()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'DROP TRIGGER recompute_lexeme_patterns_truncate ON lexeme_patterns',
    'DROP TRIGGER recompute_lexemes_truncate ON lexemes',
    'DROP FUNCTION recompute_enqueue_truncated()',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
