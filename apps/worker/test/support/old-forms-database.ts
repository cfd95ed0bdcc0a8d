import type { Lexeme } from '@paradigm/core';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { formsInTable, loadLexicon, PATTERNS, query } from '@paradigm/recompute/testing';
import { testDatabaseUrl } from './spawn-worker';

/** Each index of `forms` with its definition, to compare before and after a rebuild. */
export const INDEXES_SQL = "SELECT indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '') AS index FROM pg_indexes WHERE tablename = 'forms' ORDER BY 1";

/** What {@link useOldFormsDatabase} sets up, once its `beforeAll` ran. */
export interface OldFormsDatabase {
  readonly db: Database;
  /** For a spawned worker. */
  readonly url: string;
  /** The old forms, as `formsInTable` lists them. */
  readonly old: string[];
  readonly indexes: unknown[];
}

/**
 * A PostgreSQL database of the test file (`beforeAll`/`afterAll`) holding `entries` and old forms that
 * differ from what the lexicon generates, so a partial swap would show.
 */
export function useOldFormsDatabase(testFile: string, entries: readonly Lexeme[]): () => OldFormsDatabase {
  let state: OldFormsDatabase | undefined;
  beforeAll(async () => {
    const name = `${testFile}-postgres`;
    const db = await createTestDatabase('postgres', name);
    await loadLexicon(db, PATTERNS, entries);
    await query(db, "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
    state = { db, url: testDatabaseUrl(name), old: await formsInTable(db), indexes: await query(db, INDEXES_SQL) };
  });
  afterAll(() => state?.db.close());
  return () => {
    if (!state) throw new Error('useOldFormsDatabase: the database is set up in beforeAll');
    return state;
  };
}
