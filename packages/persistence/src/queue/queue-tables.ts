/**
 * Names of the recompute queue's tables (created by the `recompute-queue` migration).
 *
 * - `recompute_queue(lexeme_id)`: lexemes whose forms may be stale. Triggers on `lexemes` and
 *   `lexeme_patterns` fill it; the primary key plus `ON CONFLICT DO NOTHING` coalesces repeated changes.
 * - `recompute_pattern_queue(pattern_id, name)`: patterns whose name or source changed. A worker expands
 *   each entry into the lexemes that use the pattern directly or through a continuation, so an edit costs
 *   work proportional to those lexemes, not to the lexicon.
 * - `recompute_failures(lexeme_id, reason, failed_at)`: lexemes whose last recompute failed; their old
 *   forms were kept. A later successful recompute of the lexeme removes its row.
 * - `recompute_state(patterns_version)`: one row, bumped by every change to `patterns`, so a long-running
 *   worker knows when to recompile its grammar.
 */
export const QUEUE_TABLES = {
  lexemes: 'recompute_queue',
  patterns: 'recompute_pattern_queue',
  failures: 'recompute_failures',
  state: 'recompute_state',
} as const;

/**
 * The channel the queues' triggers notify on every insert (the `queue-notify` migration); `worker run
 * --follow` listens on it to wake at once instead of at its next poll.
 */
export const QUEUE_CHANNEL = 'paradigm_recompute';
