import { type Kysely, sql } from 'kysely';

// A lexeme takes each pattern at most once. The same pattern twice in its list would store each of the
// pattern's forms twice, and every lookup that joins `lexeme_patterns` on (lexeme, pattern) would
// multiply its rows again; the loaders refuse such a list, and this index makes the rule hold for
// every other writer (SQL, other tools). A repeated link says nothing the first one does not, so the
// later ones are removed (their delete queues the lexeme, whose forms are then stored once).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM lexeme_patterns lp USING lexeme_patterns earlier
     WHERE earlier.lexeme_id = lp.lexeme_id AND earlier.pattern_id = lp.pattern_id AND earlier.position < lp.position`.execute(db);
  await db.schema.createIndex('lexeme_patterns_lexeme_pattern_key').unique().on('lexeme_patterns').columns(['lexeme_id', 'pattern_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('lexeme_patterns_lexeme_pattern_key').execute();
}
