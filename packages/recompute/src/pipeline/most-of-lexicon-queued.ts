import { countLexemes, type Database, queueCounts, withConnection } from '@paradigm/persistence';
import { GrammarCache } from '../compute/grammar-cache';
import { runQuery } from '../data/run-query';
import { expandPatternChanges } from './expand-pattern-changes';

/**
 * When `run` recomputes the queue by rebuilding every lexeme's forms (`recompute --all`: a new table,
 * indexes built once, a swap) instead of replacing the queued lexemes' forms batch by batch: when at
 * least `minimumLexemes` are queued and they are at least `share` of the lexicon. A pattern change that
 * reaches most lexemes is such a queue. Measured on PostgreSQL (this machine, load 1.2-1.6, one run
 * after the other), 100,000 lexemes of 210 forms after a change to the pattern every lexeme continues
 * into (24 and 27 million forms): batch by batch 108-110 s (4.1-4.5 us a form), rebuilt 31-35 s (1.3 us
 * a form of the whole lexicon); so a rebuild pays from about 30% of the lexicon.
 */
export interface RebuildThreshold {
  readonly share: number;
  readonly minimumLexemes: number;
}

/** The default {@link RebuildThreshold}: below 10,000 queued lexemes batches take seconds at most. */
export const REBUILD_THRESHOLD: RebuildThreshold = { share: 0.3, minimumLexemes: 10_000 };

/**
 * Expands the queued pattern changes (queues the lexemes they reach, as a drain does first), then tells
 * whether the queue reaches `threshold`.
 */
export async function mostOfLexiconQueued(db: Database, threshold: RebuildThreshold): Promise<boolean> {
  const grammars = new GrammarCache();
  while ((await withConnection(db, (conn) => expandPatternChanges(conn, grammars))) > 0);
  const [queued, lexemes] = await withConnection(db, async (conn) => [(await runQuery<{ queued: number }>(conn, queueCounts())).rows[0]!.queued, await countLexemes(conn)]);
  return queued >= threshold.minimumLexemes && queued >= threshold.share * lexemes;
}
