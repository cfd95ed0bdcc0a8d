import type { SqlQuery } from '../connection/sql-query';
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

/**
 * One row (`pending`) if a pattern change is queued, also one another worker is expanding right now
 * (its claim has not committed); none otherwise. A worker that claimed lexemes checks this after reading
 * the grammar: the change's expansion may queue those lexemes again, so computing them first would do
 * them twice (and an expansion in progress waits for such claims, then queues every lexeme they wrote).
 */
export function pendingPatternChange(): SqlQuery {
  return { text: `SELECT 1 AS pending FROM ${QUEUE_TABLES.patterns} LIMIT 1`, values: [] };
}
