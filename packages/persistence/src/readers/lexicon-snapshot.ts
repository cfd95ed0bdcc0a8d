import type { Lexeme, PatternSource } from '@paradigm/core';
import type { Connection } from '../connection/connection';
import type { Database } from '../connection/database';
import { withConnection } from '../connection/with-connection';
import { readFormLimit } from '../settings/form-limit';
import { countLexemes } from './count-lexemes';
import { readPatterns } from './read-patterns';
import { streamLexicon } from './stream-lexicon';

/**
 * Begins, on one connection, a read-only transaction that sees the lexicon (patterns, lexemes and their
 * links) as of one moment: REPEATABLE READ, its snapshot taken by the first read after it holds ACCESS
 * SHARE locks on the three tables (a LOCK takes no snapshot). A snapshot taken before the locks could
 * predate a TRUNCATE that commits while the read waits for its lock, and then see the tables empty
 * (TRUNCATE is not MVCC-safe). Ended by COMMIT. One round trip.
 */
export const BEGIN_LEXICON_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; LOCK TABLE patterns, lexemes, lexeme_patterns IN ACCESS SHARE MODE';

/** The lexicon as {@link withLexiconSnapshot} reads it. */
export interface LexiconSnapshot {
  /**
   * Every pattern, by id, read on each call, as of the same moment. The snapshot keeps none: a caller that
   * needs their text only to start (compile, plan) lets it go after (hu_HU's is 27 MB).
   */
  patterns(): Promise<PatternSource[]>;
  /** The lexemes in id order, `batchSize` at a time, each with its pattern ids in position order; each call reads them again, as of the same moment. */
  lexemes(batchSize: number): AsyncGenerator<Lexeme[]>;
  /** How many lexemes there are, as of the same moment (for progress). */
  countLexemes(): Promise<number>;
  /** The lexicon's limit of forms per lexeme (`readFormLimit`: `Infinity` for none), as of the same moment. */
  formLimit(): Promise<number>;
}

/**
 * Runs `read` on the lexicon as of one moment ({@link BEGIN_LEXICON_SNAPSHOT}), so that an import, a load or
 * an edit committing meanwhile is wholly in what it reads or wholly out of it. Read page by page and
 * written out as it goes (an export), a lexicon read in separate statements could pair one moment's
 * patterns with another's lexemes. Holds one connection until `read` ends.
 */
export function withLexiconSnapshot<T>(db: Database, read: (snapshot: LexiconSnapshot) => Promise<T>): Promise<T> {
  return withConnection(db, async (conn: Connection) => {
    await conn.query(BEGIN_LEXICON_SNAPSHOT);
    try {
      return await read({ patterns: () => readPatterns(conn), lexemes: (batchSize) => streamLexicon(conn, batchSize), countLexemes: () => countLexemes(conn), formLimit: () => readFormLimit(conn) });
    } finally {
      // A failed statement leaves the transaction aborted: COMMIT ends it either way.
      await conn.query('COMMIT').catch(() => undefined);
    }
  });
}
