import { type Queryable, withConnection } from '../connection/with-connection';

/** The statement {@link countLexemes} runs (its one row's `n`), for a caller that sends it with others in one round trip. */
export const COUNT_LEXEMES_SQL = 'SELECT count(*)::int AS n FROM lexemes';

/** How many lexemes there are (for progress bars and ETAs). */
export function countLexemes(target: Queryable): Promise<number> {
  return withConnection(target, async (conn) => (await conn.query<{ n: number }>(COUNT_LEXEMES_SQL)).rows[0]!.n);
}

/** How many lexemes and patterns there are, in one statement: what a replace of the lexicon replaces. */
export function countLexicon(target: Queryable): Promise<{ lexemes: number; patterns: number }> {
  return withConnection(
    target,
    async (conn) => (await conn.query<{ lexemes: number; patterns: number }>('SELECT (SELECT count(*) FROM lexemes)::int AS lexemes, (SELECT count(*) FROM patterns)::int AS patterns')).rows[0]!,
  );
}
