import { type Queryable, withConnection } from '../connection/with-connection';
import { lexemeKeyCondition } from './lexeme-key';

/** Whether a lexeme has the id or lemma `key` (as a command line names a lexeme: {@link lexemeKeyCondition}). */
export function lexemeExists(target: Queryable, key: string): Promise<boolean> {
  const { condition, value } = lexemeKeyCondition(key);
  return withConnection(target, async (conn) => (await conn.query(`SELECT 1 FROM lexemes l WHERE ${condition} LIMIT 1`, [value])).rows.length > 0);
}
