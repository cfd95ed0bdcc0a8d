import { type Queryable, withConnection } from '../connection/with-connection';

/** How many lexemes there are (for progress bars and ETAs). */
export function countLexemes(target: Queryable): Promise<number> {
  return withConnection(target, async (conn) => (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexemes')).rows[0]!.n);
}
