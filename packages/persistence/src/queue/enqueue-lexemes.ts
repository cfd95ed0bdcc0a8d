import type { SqlQuery } from './sql-query';
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
