import type { Lexeme, PatternSource } from '@paradigm/core';
import type { Database, Dialect } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { loadLexicon, PATTERNS } from './small-lexicon';

/**
 * Inside a Jest `describe`: a test database of `dialect` (named after `file`) holding `patterns` (default
 * {@link PATTERNS}) and `entries`, created before the block's tests and closed after them. Call the result to get it.
 */
export function useLexiconDatabase(dialect: Dialect, file: string, entries: readonly Lexeme[], patterns: readonly PatternSource[] = PATTERNS): () => Database {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, `${file}-${dialect}`);
    await loadLexicon(db, patterns, entries);
  });
  afterAll(() => db.close());
  return () => db;
}
