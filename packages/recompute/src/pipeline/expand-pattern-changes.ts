import { claimPatternChanges, type Connection, enqueueLexemesOfPatterns } from '@paradigm/persistence';
import type { GrammarCache } from '../compute/grammar-cache';
import { runQuery } from '../data/run-query';

/** Pattern changes expanded per transaction. */
const PATTERN_CHANGES_PER_CLAIM = 100;

/**
 * Claims pattern changes and queues the lexemes they affect, in one transaction. Resolves to the
 * number of changes expanded (0 when there were none).
 */
export async function expandPatternChanges(conn: Connection, grammars: GrammarCache): Promise<number> {
  return conn.transaction(async (tx) => {
    const changes = (await runQuery<{ pattern_id: number; name: string }>(tx, claimPatternChanges(PATTERN_CHANGES_PER_CLAIM))).rows;
    if (changes.length === 0) return 0;
    const { grammar } = await grammars.current(tx);
    const patternIds = grammar.dependents(changes.map((change) => ({ id: change.pattern_id, name: change.name })));
    if (patternIds.length > 0) await runQuery(tx, enqueueLexemesOfPatterns(patternIds));
    return changes.length;
  });
}
