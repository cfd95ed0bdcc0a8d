import { countLexemes, type Database, queueCounts, sharedRebuildPending, withConnection } from '@paradigm/persistence';
import type { GrammarCache } from '../compute/grammar-cache';
import type { RebuildThreshold } from '../config/worker-config';
import { runQuery } from '../data/run-query';
import { expandPatternChanges } from './expand-pattern-changes';

/**
 * Expands the queued pattern changes (queues the lexemes they reach, as a drain does first) with the
 * grammar of `grammars` (which keeps it for the drain that follows), then tells whether the queue
 * reaches `threshold` (see {@link RebuildThreshold}).
 */
export async function mostOfLexiconQueued(db: Database, threshold: RebuildThreshold, grammars: GrammarCache): Promise<boolean> {
  while ((await withConnection(db, (conn) => expandPatternChanges(conn, grammars))) > 0);
  return queueReachesThreshold(db, threshold);
}

/**
 * Whether the lexemes queued now reach `threshold` (pattern changes not yet expanded aside), and no
 * shared rebuild is registered, which a rebuild of this process would discard (see `sharedRebuildPending`).
 */
export function queueReachesThreshold(db: Database, threshold: RebuildThreshold): Promise<boolean> {
  return withConnection(db, async (conn) => {
    const queued = (await runQuery<{ queued: number }>(conn, queueCounts())).rows[0]!.queued;
    // The lexicon is counted only for a queue that may reach the threshold: most runs find a few lexemes queued.
    return queued >= threshold.minimumLexemes && queued >= threshold.share * (await countLexemes(conn)) && !(await sharedRebuildPending(conn));
  });
}
