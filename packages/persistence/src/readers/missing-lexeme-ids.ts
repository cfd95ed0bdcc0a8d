import { type Queryable, withConnection } from '../connection/with-connection';

/** The ids among `ids` that no lexeme has, ascending: for a command that names lexemes by id to refuse them. */
export function missingLexemeIds(target: Queryable, ids: readonly number[]): Promise<number[]> {
  return withConnection(target, async (conn) => {
    const { rows } = await conn.query<{ id: number }>(
      'SELECT t.id FROM unnest($1::int[]) AS t(id) WHERE NOT EXISTS (SELECT 1 FROM lexemes l WHERE l.id = t.id) ORDER BY t.id',
      [ids],
    );
    return rows.map((row) => row.id);
  });
}
