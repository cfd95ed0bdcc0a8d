import { type Queryable, withConnection } from '../connection/with-connection';
import { findFormQuery, formsWithPrefixQuery } from './form-key';

/** One stored row of a form: which lexeme, through which pattern, in which cell. */
export interface FormSource {
  readonly lexemeId: number;
  readonly patternId: number;
  readonly cell: string;
}

/** Surface lookup: every lexeme (with pattern and cell) that produces exactly `form`, of any length. */
export function findForm(target: Queryable, form: string): Promise<FormSource[]> {
  const query = findFormQuery(form);
  return withConnection(target, async (conn) => (await conn.query<FormSource>(query.text, query.values)).rows);
}

/** Up to `limit` distinct stored forms that start with `prefix`, in code point order. */
export function formsWithPrefix(target: Queryable, prefix: string, limit: number): Promise<string[]> {
  const query = formsWithPrefixQuery(prefix, limit);
  return withConnection(target, async (conn) => (await conn.query<{ form: string }>(query.text, query.values)).rows.map((row) => row.form));
}
