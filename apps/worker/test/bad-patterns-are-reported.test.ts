import { lexemes, PATTERNS, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const BAD_PATTERNS = [
  ...PATTERNS,
  { id: 6, name: 'broken', source: 'pattern broken\nrule suffix +x => N;PL [bogus]\n' },
  { id: 7, name: 'uses-broken', source: 'pattern uses-broken\nrule => X > broken\n' },
];
const ENTRIES = [
  ...lexemes(3),
  { id: 100, lemma: 'broke', patterns: [6] },
  { id: 101, lemma: 'qatal', root: ['q', 't'], patterns: [4] },
  { id: 102, lemma: 'via', patterns: [7] },
];

describe('bad patterns and ungeneratable lexemes (PostgreSQL, CLI)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES, BAD_PATTERNS);
  const url = testDatabaseUrl(`${__filename}-postgres`);
  beforeAll(() => query(database(), "INSERT INTO forms VALUES (100, 6, 'OLD', 'kept100'), (101, 4, 'OLD', 'kept101'), (102, 7, 'OLD', 'kept102')"));

  it('are reported with lexeme, pattern and why; their old forms stay; the rest is written; exit code 1', async () => {
    const worker = spawnWorker(['recompute', '--all', '--progress', 'none'], { DATABASE_URL: url });
    expect((await worker.exited).code).toBe(1);
    const [first, ...rest] = worker.stdout().split('\n');
    // A full rebuild writes with one COPY on one connection, whatever --concurrency says.
    expect(first).toMatch(/^recompute: 3 lexemes, 11 forms in \d+\.\d\d s \(\d+ forms\/s\), 1 batch, peak RSS \d+ MB; writer copy, batch size 1000, concurrency 1; postgres:\/\/\S+\/paradigm_t_\w+$/);
    expect(rest).toEqual([
      'pattern "broken" (id 6) left out: pattern "broken", line 2, column 25: unknown option "bogus"',
      'pattern "uses-broken" (id 7) left out: pattern "uses-broken", line 2, column 13: continues with "broken", which has errors of its own; fix that pattern first',
      'failed: lexeme 100 "broke", pattern "broken" (id 6): the pattern does not compile: pattern "broken", line 2, column 25: unknown option "bogus"; old forms kept',
      'failed: lexeme 101 "qatal", pattern "ar-verb" (id 4): template "C-a-C-a-C" of pattern "ar-verb" has 3 slots but the root "q-t" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots; old forms kept',
      'failed: lexeme 102 "via", pattern "uses-broken" (id 7): the pattern does not compile: pattern "uses-broken", line 2, column 13: continues with "broken", which has errors of its own; fix that pattern first; old forms kept',
      '3 lexemes failed, 2 patterns left out. Fix them, then `worker run` picks up the edits (or `worker run --retry-failed` retries the failed lexemes).',
      '',
    ]);
    expect(await query(database(), 'SELECT lexeme_id, form FROM forms WHERE lexeme_id >= 100 ORDER BY 1')).toEqual([
      { lexeme_id: 100, form: 'kept100' },
      { lexeme_id: 101, form: 'kept101' },
      { lexeme_id: 102, form: 'kept102' },
    ]);
    expect(await query(database(), 'SELECT count(*)::int AS n FROM forms WHERE lexeme_id < 100')).toEqual([{ n: 11 }]);
    expect(await query(database(), 'SELECT lexeme_id FROM recompute_failures ORDER BY 1')).toEqual([{ lexeme_id: 100 }, { lexeme_id: 101 }, { lexeme_id: 102 }]);
  });

  it('fixing the pattern lets `run` recompute its lexemes, including those that continue into it, and clears their failures', async () => {
    // Forget the initial load's queue entries: only the fix below should be worked off.
    await query(database(), 'DELETE FROM recompute_queue');
    await query(database(), 'DELETE FROM recompute_pattern_queue');
    await query(database(), "UPDATE patterns SET source = 'pattern broken\nrule suffix +x => N;PL\n' WHERE id = 6");
    const worker = spawnWorker(['run', '--progress', 'none'], { DATABASE_URL: url });
    expect({ code: (await worker.exited).code, stdout: worker.stdout() }).toEqual({ code: 0, stdout: expect.stringMatching(/^run: 2 lexemes, 3 forms in /) });
    expect(await query(database(), 'SELECT lexeme_id, cell, form FROM forms WHERE lexeme_id IN (100, 102) ORDER BY 1, 2')).toEqual([
      { lexeme_id: 100, cell: 'N;PL', form: 'brokex' },
      { lexeme_id: 102, cell: 'X', form: 'via' },
      { lexeme_id: 102, cell: 'X;N;PL', form: 'viax' },
    ]);
    expect(await query(database(), 'SELECT lexeme_id FROM recompute_failures ORDER BY 1')).toEqual([{ lexeme_id: 101 }]);
  });
});
