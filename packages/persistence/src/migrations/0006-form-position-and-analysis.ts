import { type Kysely, sql } from 'kysely';

// What display and analysis need from a stored form: `position`, its place among its lexeme's forms of
// that pattern in generation order (the author's rule order, continuations after their parent), so a
// paradigm prints as written; `analysis`, the analysis tape when a rule added to it (an Apertium
// entry's `<n><pl>`), NULL when it is the lexeme's gloss unchanged (read `coalesce(analysis, gloss,
// lemma)`), so patterns without glosses store nothing extra. Forms written before this migration
// have neither: their lexemes are queued so the worker rewrites them.
//
// `paradigm show walk` and `generate walk N;PL` find lexemes by lemma: a hash index, because it serves
// equality only, which is all they ask, and, unlike a btree, takes a lemma of any length.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE forms ADD COLUMN position integer NOT NULL DEFAULT 0, ADD COLUMN analysis text`.execute(db);
  await sql`CREATE INDEX lexemes_lemma_idx ON lexemes USING hash (lemma)`.execute(db);
  await sql`INSERT INTO recompute_queue (lexeme_id)
            SELECT l.id FROM lexemes l WHERE EXISTS (SELECT 1 FROM forms f WHERE f.lexeme_id = l.id) ORDER BY l.id
            ON CONFLICT DO NOTHING`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX lexemes_lemma_idx`.execute(db);
  await sql`ALTER TABLE forms DROP COLUMN analysis, DROP COLUMN position`.execute(db);
}
