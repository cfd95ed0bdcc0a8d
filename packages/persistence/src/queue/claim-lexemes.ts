import type { SqlQuery } from '../connection/sql-query';
import { QUEUE_TABLES } from './queue-tables';

/**
 * Claims up to `limit` queued lexemes in one statement: the inner `FOR UPDATE SKIP LOCKED` takes rows no
 * other transaction holds, the `DELETE` removes them, `RETURNING` hands back their ids. Run it inside the
 * transaction that replaces those lexemes' forms: both commit together, and if the worker dies the
 * rollback puts the rows back for the next claimer. Lowest ids first, so a drained batch reads lexemes
 * (and their forms' index pages) close together.
 *
 * A client that changes a claimed lexeme meanwhile waits on the deleted row in its `ON CONFLICT` check
 * until the claim commits, then re-queues it: the change is never lost, and it costs the client at most
 * one batch's transaction time.
 */
export function claimLexemes(limit: number): SqlQuery {
  return {
    text:
      `DELETE FROM ${QUEUE_TABLES.lexemes} WHERE lexeme_id IN (` +
      `SELECT lexeme_id FROM ${QUEUE_TABLES.lexemes} ORDER BY lexeme_id LIMIT $1 FOR UPDATE SKIP LOCKED` +
      `) RETURNING lexeme_id`,
    values: [limit],
  };
}
