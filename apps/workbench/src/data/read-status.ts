import type { Database, SqlQuery } from '@paradigm/persistence';
import { readQueueDepth } from '../events/queue-watcher';
import type { QueueDepth } from '../events/workbench-events';
import { runQuery } from './run-query';

/** A lexeme whose recompute failed, and why. */
export interface FailureRow {
  readonly lexemeId: number;
  readonly lemma: string | null;
  readonly reason: string;
  readonly failedAt: string;
}

/** What the status panel shows. */
export interface LexiconStatus {
  readonly lexemes: number;
  readonly patterns: number;
  readonly forms: number;
  readonly queue: QueueDepth;
  /** The most recent failures (at most {@link RECENT_FAILURES}); `queue.failed` counts them all. */
  readonly failures: readonly FailureRow[];
}

export const RECENT_FAILURES = 20;

function countsQuery(): SqlQuery {
  return {
    text: 'SELECT (SELECT count(*) FROM lexemes)::int AS lexemes, (SELECT count(*) FROM patterns)::int AS patterns, (SELECT count(*) FROM forms)::int AS forms',
    values: [],
  };
}

function failuresQuery(limit: number): SqlQuery {
  return {
    text:
      'SELECT f.lexeme_id AS "lexemeId", l.lemma, f.reason, to_char(f.failed_at AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS"Z"\') AS "failedAt" ' +
      'FROM recompute_failures f LEFT JOIN lexemes l ON l.id = f.lexeme_id ORDER BY f.failed_at DESC, f.lexeme_id LIMIT $1',
    values: [limit],
  };
}

/** Counts, queue depth and recent failures. */
export async function readStatus(db: Database): Promise<LexiconStatus> {
  const [counts] = await runQuery<{ lexemes: number; patterns: number; forms: number }>(db, countsQuery());
  const queue = await readQueueDepth(db);
  const failures = await runQuery<FailureRow>(db, failuresQuery(RECENT_FAILURES));
  return { ...counts, queue, failures };
}
