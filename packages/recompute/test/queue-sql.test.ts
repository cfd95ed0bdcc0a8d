import { claimLexemes, claimPatternChanges, clearFailures, enqueueLexemesOfPatterns, recordFailures } from '@paradigm/persistence';

// The claim is one statement; its text is the contract (graphile-worker / pg-boss style): checked
// here as text, and run against real databases by the incremental, crash and concurrency tests.
describe('recompute queue SQL', () => {
  it('claims lexemes in one DELETE ... FOR UPDATE SKIP LOCKED ... RETURNING statement that also forgets their failures and locks their forms in id order', () => {
    expect(claimLexemes(500)).toEqual({
      text:
        'WITH claimed AS (DELETE FROM recompute_queue WHERE lexeme_id IN (SELECT lexeme_id FROM recompute_queue ORDER BY lexeme_id LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING lexeme_id), ' +
        'cleared AS (DELETE FROM recompute_failures WHERE lexeme_id IN (SELECT lexeme_id FROM claimed)), ' +
        'locked AS (SELECT lexeme_id, pg_advisory_xact_lock($2::int, lexeme_id) FROM (SELECT lexeme_id FROM claimed ORDER BY lexeme_id OFFSET 0) ordered) ' +
        "SELECT coalesce((SELECT array_agg(lexeme_id ORDER BY lexeme_id) FROM locked), '{}') AS lexeme_ids, EXISTS (SELECT 1 FROM recompute_pattern_queue) AS changes_queued",
      values: [500, 0x7061_7264],
    });
  });

  it('claims pattern changes the same way', () => {
    expect(claimPatternChanges(100)).toEqual({
      text:
        'DELETE FROM recompute_pattern_queue WHERE (pattern_id, name) IN (SELECT pattern_id, name FROM recompute_pattern_queue ORDER BY pattern_id, name LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING pattern_id, name',
      values: [100],
    });
  });

  it("queues a pattern's lexemes through the lexeme_patterns pattern_id index, in id order, coalescing", () => {
    expect(enqueueLexemesOfPatterns([3, 7])).toEqual({
      text: 'INSERT INTO recompute_queue (lexeme_id) SELECT DISTINCT lexeme_id FROM lexeme_patterns WHERE pattern_id = ANY($1::int[]) ORDER BY lexeme_id ON CONFLICT DO NOTHING',
      values: [[3, 7]],
    });
  });

  it('records failures with the newest reason and clears them on success', () => {
    expect(recordFailures([4], ['why'])).toEqual({
      text:
        'INSERT INTO recompute_failures (lexeme_id, reason) SELECT * FROM unnest($1::int[], $2::text[]) ORDER BY 1 ON CONFLICT (lexeme_id) DO UPDATE SET reason = excluded.reason, failed_at = now()',
      values: [[4], ['why']],
    });
    expect(clearFailures([4, 5])).toEqual({ text: 'DELETE FROM recompute_failures WHERE lexeme_id = ANY($1::int[])', values: [[4, 5]] });
  });
});
