import { type Kysely, sql } from 'kysely';

// A TRUNCATE of `lexemes` or `lexeme_patterns` fires no row trigger, so a full rebuild registered
// meanwhile (see `0007-forms-rebuild`) never notes what it changed: the lexemes the truncate trigger of
// `0005-truncate-requeues` queues (those with live forms) would be dequeued by the swap as computed, and
// the lexemes whose forms exist only in the rebuild's new table would not be queued at all. While a
// rebuild is registered, the trigger now also queues every lexeme left and notes each as changed, so
// the swap keeps them queued and `worker run` computes them from what the TRUNCATE left (the swap drops
// the forms of lexemes that are gone). Rows already queued are left alone, also those a `run` batch is
// claiming: that batch reads the lexicon once the TRUNCATE commits. Editors take the registration row
// FOR SHARE, as the other notes do, so the swap waits for a TRUNCATE in flight. It also sets
// `forms_rebuild.lexicon_truncated`: only then does the swap look for forms of lexemes that are gone
// (an anti-join over the whole new table, which every rebuild would otherwise pay inside its exclusive
// lock). A replace with the triggers off sets both flags itself (`lexicon/replace-lexicon.ts`).
const ENQUEUE_TRUNCATED = (duringRebuild: boolean) => `CREATE OR REPLACE FUNCTION recompute_enqueue_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO recompute_queue (lexeme_id)
     SELECT lexeme_id FROM (SELECT DISTINCT lexeme_id FROM forms UNION SELECT lexeme_id FROM recompute_failures) affected
     ORDER BY lexeme_id ON CONFLICT DO NOTHING;${
       duringRebuild
         ? `
     PERFORM 1 FROM forms_rebuild FOR SHARE;
     IF FOUND THEN
       INSERT INTO recompute_queue (lexeme_id) SELECT id FROM lexemes l
       WHERE NOT EXISTS (SELECT 1 FROM recompute_queue q WHERE q.lexeme_id = l.id) ORDER BY id ON CONFLICT DO NOTHING;
       INSERT INTO forms_rebuild_changes (lexeme_id) SELECT id FROM lexemes ORDER BY id ON CONFLICT DO NOTHING;
       UPDATE forms_rebuild SET lexicon_truncated = true WHERE NOT lexicon_truncated;
     END IF;`
         : ''
     }
     RETURN NULL;
   END $$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE forms_rebuild ADD COLUMN lexicon_truncated boolean NOT NULL DEFAULT false').execute(db);
  await sql.raw(ENQUEUE_TRUNCATED(true)).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(ENQUEUE_TRUNCATED(false)).execute(db);
  await sql.raw('ALTER TABLE forms_rebuild DROP COLUMN lexicon_truncated').execute(db);
}
