import type { SqlQuery } from '../connection/sql-query';
import { FORMS_LOCK_CLASS } from '../replace/forms-locks';
import { QUEUE_TABLES } from './queue-tables';

/** The one row {@link claimLexemes} returns. */
export interface LexemeClaim {
  /** The lexemes claimed, ascending (empty when the queue had nothing this session could take). */
  readonly lexeme_ids: number[];
  /** Whether a pattern change was queued (or being expanded) when the claim ran: expand before sleeping. */
  readonly changes_queued: boolean;
}

/**
 * Claims up to `limit` queued lexemes in one statement (one round trip; it returns one
 * {@link LexemeClaim} row): the inner `FOR UPDATE SKIP LOCKED` takes rows no other transaction holds,
 * the `DELETE` removes them, `RETURNING` hands back their ids. In the same statement it forgets the
 * claimed lexemes' earlier failures (one that fails again is recorded again in the same transaction)
 * and takes their forms' advisory locks in ascending id order (as `lockLexemeForms` does), so the
 * replace that follows needs no statement of its own for either. Run it inside the transaction that
 * replaces those lexemes' forms: all of it commits together, and if the worker dies the rollback puts
 * the rows back for the next claimer. Lowest ids first, so a drained batch reads lexemes (and their
 * forms' index pages) close together.
 *
 * A client that changes a claimed lexeme meanwhile waits on the deleted row in its `ON CONFLICT` check
 * until the claim commits, then re-queues it: the change is never lost, and it costs the client at most
 * one batch's transaction time.
 */
export function claimLexemes(limit: number): SqlQuery {
  return {
    text:
      `WITH claimed AS (DELETE FROM ${QUEUE_TABLES.lexemes} WHERE lexeme_id IN (` +
      `SELECT lexeme_id FROM ${QUEUE_TABLES.lexemes} ORDER BY lexeme_id LIMIT $1 FOR UPDATE SKIP LOCKED` +
      `) RETURNING lexeme_id), ` +
      `cleared AS (DELETE FROM ${QUEUE_TABLES.failures} WHERE lexeme_id IN (SELECT lexeme_id FROM claimed)), ` +
      // OFFSET 0 keeps the sorted subquery from being flattened, so the locks are taken in id order.
      `locked AS (SELECT lexeme_id, pg_advisory_xact_lock($2::int, lexeme_id) FROM (SELECT lexeme_id FROM claimed ORDER BY lexeme_id OFFSET 0) ordered) ` +
      `SELECT coalesce((SELECT array_agg(lexeme_id ORDER BY lexeme_id) FROM locked), '{}') AS lexeme_ids, ` +
      `EXISTS (SELECT 1 FROM ${QUEUE_TABLES.patterns}) AS changes_queued`,
    values: [limit, FORMS_LOCK_CLASS],
  };
}
