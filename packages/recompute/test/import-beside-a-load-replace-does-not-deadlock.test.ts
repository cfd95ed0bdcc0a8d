import type { Lexeme } from '@paradigm/core';
import { type Database, replaceLexicon } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { loadReplace } from './support/load-replace';
import { untilSessionsHaveWaited } from './support/lock-waits';
import { drain } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';


// `paradigm import` (the triggers off) queues its whole lexicon at the end; a `load --replace` (the
// triggers on) takes the queue with the lexicon, in the same try for its locks. An import that takes
// the lexicon first must not reach the queue only after it has read its input: a load's try holding the
// queue and waiting for the lexicon, and the import waiting for the queue, is a cycle. Both take all
// their locks before reading their input, and the load's try gives way within a fraction of a second
// (or the server fails one of the two, which then takes its locks again), so both commit, in either
// order, and once drained the forms are exactly what the last one's lexicon generates.
describe('an import and a load --replace waiting for the same lexicon (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 6 });
    await loadLexicon(db, PATTERNS, lexemes(12));
    await drain(db);
  });
  afterAll(() => db.close());

  it("both commit, and the lexicon of the one that commits last is computed exactly", async () => {
    const deadlockTimeoutMs = Number((await query<{ ms: string }>(db, "SELECT setting AS ms FROM pg_settings WHERE name = 'deadlock_timeout'"))[0]!.ms);
    const imported = lexemes(10).map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}i` }));
    const loaded = lexemes(8).map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}l` }));
    const ended: string[] = [];
    const note = (name: string) => (outcome: Promise<unknown>) =>
      outcome.then(
        () => ended.push(name),
        (error: Error) => ended.push(`${name} failed: ${error.message}`),
      );

    // A reader holds the lexicon, so both replaces wait for it: the import first.
    const reader = await db.acquire();
    let importing: Promise<unknown> | undefined;
    let loading: Promise<unknown> | undefined;
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM lexemes');
      let loadWaits!: () => void;
      const loadWaiting = new Promise<void>((resolve) => (loadWaits = resolve));
      async function* importedLexemes(): AsyncGenerator<Lexeme> {
        await loadWaiting;
        await new Promise((resolve) => setTimeout(resolve, deadlockTimeoutMs + 500));
        yield* imported;
      }
      importing = note('import')(replaceLexicon(db, { patterns: PATTERNS, lexemes: importedLexemes() }, { skipTriggers: true }));
      await untilSessionsHaveWaited(db, 1);
      loading = note('load')(loadReplace(db, loaded));
      await untilSessionsHaveWaited(db, 2);
      loadWaits();
      await reader.query('COMMIT');
    } finally {
      reader.release();
      await importing;
      await loading;
    }

    expect([...ended].sort()).toEqual(['import', 'load']);
    await drain(db);
    expect(await query(db, 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
    // The lexicon is one of the two, whole: the one that committed last, which the table shows and the
    // order the two promises settled in does not (on a busy machine the first to commit may settle last).
    const stored = await query<{ id: number; lemma: string }>(db, 'SELECT id, lemma FROM lexemes ORDER BY id');
    const last = stored[0]?.lemma.endsWith('l') ? loaded : imported;
    expect(stored).toEqual(last.map((lexeme) => ({ id: lexeme.id, lemma: lexeme.lemma })));
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  });
});
