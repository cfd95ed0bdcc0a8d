import type { SqlQuery } from './sql-query';
import { QUEUE_TABLES } from './queue-tables';

/**
 * Claims up to `limit` pattern changes (the same one-statement `SKIP LOCKED` claim as
 * {@link claimLexemes}); run it in the transaction that enqueues the affected lexemes, so an expansion
 * that fails leaves its changes queued.
 */
export function claimPatternChanges(limit: number): SqlQuery {
  return {
    text:
      `DELETE FROM ${QUEUE_TABLES.patterns} WHERE (pattern_id, name) IN (` +
      `SELECT pattern_id, name FROM ${QUEUE_TABLES.patterns} ORDER BY pattern_id, name LIMIT $1 FOR UPDATE SKIP LOCKED` +
      `) RETURNING pattern_id, name`,
    values: [limit],
  };
}
