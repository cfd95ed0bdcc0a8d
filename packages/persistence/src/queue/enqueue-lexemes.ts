import type { SqlQuery } from '../connection/sql-query';
import { QUEUE_TABLES } from './queue-tables';

/**
 * Queues every lexeme that takes one of `patternIds` (through the `lexeme_patterns` index on
 * `pattern_id`: work proportional to those lexemes). Ordered by id so two transactions queueing
 * overlapping sets take their row locks in the same order and cannot deadlock each other.
 */
export function enqueueLexemesOfPatterns(patternIds: readonly number[]): SqlQuery {
  return {
    text:
      `INSERT INTO ${QUEUE_TABLES.lexemes} (lexeme_id) ` +
      `SELECT DISTINCT lexeme_id FROM lexeme_patterns WHERE pattern_id = ANY($1::int[]) ORDER BY lexeme_id ` +
      `ON CONFLICT DO NOTHING`,
    values: [patternIds],
  };
}

/** Queues the given lexemes (e.g. to retry failed ones); already-queued ids are left as they are. */
export function enqueueLexemes(lexemeIds: readonly number[]): SqlQuery {
  return {
    text:
      `INSERT INTO ${QUEUE_TABLES.lexemes} (lexeme_id) ` +
      `SELECT DISTINCT id FROM unnest($1::int[]) AS t(id) ORDER BY id ON CONFLICT DO NOTHING`,
    values: [lexemeIds],
  };
}

/** Queues every lexeme that has failed and not been recomputed since. */
export function enqueueFailedLexemes(): SqlQuery {
  return {
    text:
      `INSERT INTO ${QUEUE_TABLES.lexemes} (lexeme_id) ` +
      `SELECT lexeme_id FROM ${QUEUE_TABLES.failures} ORDER BY lexeme_id ON CONFLICT DO NOTHING`,
    values: [],
  };
}

/**
 * Queues every lexeme id in `after < id <= last` that has a lexeme or forms (a full recompute's page
 * handed over to `worker run`: the forms of ids without a lexeme are removed there). Bigint bounds, as
 * a full recompute's first page starts below the integer range.
 */
export function enqueueIdRange(after: number, last: number): SqlQuery {
  return {
    text:
      `INSERT INTO ${QUEUE_TABLES.lexemes} (lexeme_id) ` +
      'SELECT id FROM (SELECT id FROM lexemes WHERE id > $1::bigint AND id <= $2::bigint ' +
      'UNION SELECT lexeme_id FROM forms WHERE lexeme_id > $1::bigint AND lexeme_id <= $2::bigint) ids ' +
      'ORDER BY id ON CONFLICT DO NOTHING',
    values: [after, last],
  };
}
