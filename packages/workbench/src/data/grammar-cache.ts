import { compileGrammar, type GrammarResult, type PatternSource } from '@paradigm/core';
import { type Database, readPatterns, readPatternsVersion, withConnection } from '@paradigm/persistence';

/** The stored patterns, compiled, as of one `patterns_version`. */
export interface CompiledLexicon {
  readonly version: string;
  readonly sources: readonly PatternSource[];
  readonly byName: ReadonlyMap<string, PatternSource>;
  readonly result: GrammarResult;
}

/**
 * The stored patterns compiled once per `patterns_version` (every change to `patterns` bumps it), for
 * the lexeme table's rule order, a pattern's continuations and checks against the other patterns.
 */
export class GrammarCache {
  private cached: CompiledLexicon | undefined;
  private loading: Promise<CompiledLexicon> | undefined;

  constructor(private readonly db: Database) {}

  async current(): Promise<CompiledLexicon> {
    const versionQuery = readPatternsVersion();
    const { version, sources } = await withConnection(this.db, async (conn) => {
      const current = (await conn.query<{ version: string }>(versionQuery.text, versionQuery.values)).rows[0].version;
      if (current === this.cached?.version) return { version: current, sources: undefined };
      return { version: current, sources: await readPatterns(conn) };
    });
    if (sources === undefined) return this.cached!;
    this.loading ??= Promise.resolve().then(() => {
      const compiled = { version, sources, byName: new Map(sources.map((s) => [s.name, s])), result: compileGrammar(sources) };
      this.cached = compiled;
      this.loading = undefined;
      return compiled;
    });
    return this.loading;
  }
}
