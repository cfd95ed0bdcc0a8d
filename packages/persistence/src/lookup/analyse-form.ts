import { type Queryable, withConnection } from '../connection/with-connection';
import { analyseFormQuery } from './form-lookup';

/** One reading of a surface form. */
export interface Analysis {
  /** The stored form (differs from the word asked for only in case, with `ignoreCase`). */
  readonly form: string;
  readonly lexemeId: number;
  readonly lemma: string;
  readonly cell: string;
  readonly pattern: string;
  /** The analysis tape: the lexeme's gloss (else lemma) followed by what the rules glossed. */
  readonly analysis: string;
}

/**
 * Every reading of `word` among the stored forms, by lexeme, pattern and generation order; empty when
 * no form equals it. Exact by default (an index lookup); `ignoreCase` compares lower-cased text and
 * reads the whole table.
 */
export function analyseForm(target: Queryable, word: string, options: { readonly ignoreCase?: boolean } = {}): Promise<Analysis[]> {
  const query = analyseFormQuery(word, options);
  return withConnection(target, async (conn) => (await conn.query<Analysis>(query.text, query.values)).rows);
}
