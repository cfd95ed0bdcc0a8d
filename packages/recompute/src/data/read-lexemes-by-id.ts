import type { Lexeme } from '@paradigm/core';
import { type Queryable, streamLexemes } from '@paradigm/persistence';

/** The lexemes with these ids that exist, in id order (deleted ids are simply absent), in one query. */
export async function readLexemesById(target: Queryable, ids: readonly number[]): Promise<Lexeme[]> {
  if (ids.length === 0) return [];
  for await (const page of streamLexemes(target, { batchSize: ids.length, ids })) return page;
  return [];
}
