import type { SqlQuery } from '../connection/sql-query';
import { QUEUE_TABLES } from './queue-tables';

/**
 * Records lexemes whose recompute failed, with why (one reason per id, same order). A lexeme that fails
 * again gets its newest reason. The row is how a failure survives the queue entry that carried it:
 * `worker run --retry-failed` queues these lexemes again.
 */
export function recordFailures(lexemeIds: readonly number[], reasons: readonly string[]): SqlQuery {
  return {
    text:
      `INSERT INTO ${QUEUE_TABLES.failures} (lexeme_id, reason) ` +
      `SELECT * FROM unnest($1::int[], $2::text[]) ORDER BY 1 ` +
      `ON CONFLICT (lexeme_id) DO UPDATE SET reason = excluded.reason, failed_at = now()`,
    values: [lexemeIds, reasons],
  };
}

/** Forgets earlier failures of lexemes that have now been recomputed successfully. */
export function clearFailures(lexemeIds: readonly number[]): SqlQuery {
  return {
    text: `DELETE FROM ${QUEUE_TABLES.failures} WHERE lexeme_id = ANY($1::int[])`,
    values: [lexemeIds],
  };
}

/** The number of lexemes queued and failed, for progress and summaries. */
export function queueCounts(): SqlQuery {
  return {
    text:
      `SELECT (SELECT count(*) FROM ${QUEUE_TABLES.lexemes})::int AS queued, ` +
      `(SELECT count(*) FROM ${QUEUE_TABLES.patterns})::int AS pattern_changes, ` +
      `(SELECT count(*) FROM ${QUEUE_TABLES.failures})::int AS failed`,
    values: [],
  };
}

/** The counter every change to `patterns` bumps; a worker recompiles when it differs from its own. */
export function readPatternsVersion(): SqlQuery {
  return { text: `SELECT patterns_version::text AS version FROM ${QUEUE_TABLES.state}`, values: [] };
}
