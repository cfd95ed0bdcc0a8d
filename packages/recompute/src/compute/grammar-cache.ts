import { type Connection, readPatternsVersion } from '@paradigm/persistence';
import type { PatternProblem } from './pattern-problem';
import { loadWorkerGrammar, type WorkerGrammar } from './worker-grammar';

/** A compiled grammar and the `patterns_version` read before its patterns (so the grammar is at least that new). */
export interface VersionedGrammar {
  readonly grammar: WorkerGrammar;
  readonly version: string;
}

/** The grammar of the current `patterns_version`, recompiled only when the version moves. */
export class GrammarCache {
  private latest: VersionedGrammar | undefined;

  /**
   * Reads the version, then (if it moved) the patterns: a pattern change committed between the two
   * reads is in the grammar but not in its version, so a later comparison sees a move and errs on the
   * side of recomputing.
   */
  async current(conn: Connection): Promise<VersionedGrammar> {
    const query = readPatternsVersion();
    const version = (await conn.query<{ version: string }>(query.text, query.values)).rows[0]!.version;
    return this.at(conn, version);
  }

  /** {@link current} for a `version` the caller has just read itself (in a statement that read more). */
  async at(conn: Connection, version: string): Promise<VersionedGrammar> {
    if (this.latest === undefined || version !== this.latest.version) {
      this.latest = { grammar: await loadWorkerGrammar(conn), version };
    }
    return this.latest;
  }

  /** Pattern problems of the latest grammar this run used. */
  problems(): readonly PatternProblem[] {
    return this.latest?.grammar.problems ?? [];
  }
}
