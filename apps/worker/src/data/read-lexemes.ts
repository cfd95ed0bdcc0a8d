import type { Lexeme } from '@paradigm/core';
import type { Connection } from '@paradigm/persistence';

interface LexemeRow {
  id: number;
  lemma: string;
  stem: string | null;
  root: string[] | null;
  gloss: string | null;
  patterns: number[];
}

// One statement per page: the pattern list comes from a correlated array_agg over the lexeme_patterns
// primary key (lexeme_id, position), so a page costs one index range scan per lexeme and no join sort.
const SELECT_LEXEME =
  'SELECT l.id, l.lemma, l.stem, l.root, l.gloss, ' +
  'coalesce((SELECT array_agg(lp.pattern_id ORDER BY lp.position) FROM lexeme_patterns lp WHERE lp.lexeme_id = l.id), ' +
  "'{}'::int[]) AS patterns FROM lexemes l ";

/**
 * The next page of lexemes after `afterId` in id order (keyset pagination: each page is an index range
 * scan, however deep into the lexicon, and nothing holds the whole lexicon).
 */
export async function readLexemesAfter(conn: Connection, afterId: number, limit: number): Promise<Lexeme[]> {
  const result = await conn.query<LexemeRow>(`${SELECT_LEXEME}WHERE l.id > $1 ORDER BY l.id LIMIT $2`, [afterId, limit]);
  return result.rows.map(toLexeme);
}

/** The lexemes with these ids that exist, in id order (deleted ids are simply absent). */
export async function readLexemesById(conn: Connection, ids: readonly number[]): Promise<Lexeme[]> {
  if (ids.length === 0) return [];
  const result = await conn.query<LexemeRow>(`${SELECT_LEXEME}WHERE l.id = ANY($1::int[]) ORDER BY l.id`, [ids]);
  return result.rows.map(toLexeme);
}

/** How many lexemes there are. */
export async function countLexemes(conn: Connection): Promise<number> {
  const result = await conn.query<{ count: number }>('SELECT count(*)::int AS count FROM lexemes');
  return result.rows[0].count;
}

function toLexeme(row: LexemeRow): Lexeme {
  return {
    id: row.id,
    lemma: row.lemma,
    ...(row.stem !== null ? { stem: row.stem } : {}),
    ...(row.root !== null ? { root: row.root } : {}),
    ...(row.gloss !== null ? { gloss: row.gloss } : {}),
    patterns: row.patterns,
  };
}
