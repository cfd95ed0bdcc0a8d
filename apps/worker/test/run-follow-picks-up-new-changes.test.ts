import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { lexemes, loadLexicon, PATTERNS, query } from './support/small-lexicon';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

describe('run --follow (PostgreSQL)', () => {
  let db: Database;
  let url: string;
  beforeAll(async () => {
    const name = `${__filename}-postgres`;
    db = await createTestDatabase('postgres', name);
    url = testDatabaseUrl(name);
    await loadLexicon(db, PATTERNS, lexemes(5));
  });
  afterAll(() => db.close());

  it('keeps polling and recomputes a lexeme inserted by another client, until SIGTERM', async () => {
    // One loop, so the count below is exact: with two, one loop may claim the initial lexemes while the
    // other is still expanding the initial pattern changes, which queues them again (correct, only wasted).
    const worker = spawnWorker(['run', '--follow', '--poll-ms', '100', '--progress', 'none', '--concurrency', '1'], { DATABASE_URL: url });
    for (let i = 0; i < 100 && (await query(db, 'SELECT 1 FROM recompute_queue')).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await query(db, "INSERT INTO lexemes (id, lemma) VALUES (50, 'dog')");
    await query(db, 'INSERT INTO lexeme_patterns VALUES (50, 1, 0)');
    let rows: unknown[] = [];
    for (let i = 0; i < 100 && rows.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await query(db, "SELECT cell, form FROM forms WHERE lexeme_id = 50 AND cell = 'N;PL;GEN'");
    }
    expect(rows).toEqual([{ cell: 'N;PL;GEN', form: "dogs's" }]);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(130);
    expect(worker.stdout()).toMatch(/^run \(interrupted\): 6 lexemes, /);
  });
});
