import { type Database, replaceLexicon } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { loadReplace } from './support/load-replace';
import { untilASessionWaitsFor } from './support/lock-waits';
import { drain, recomputeAll } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const REPLACEMENT = lexemes(9).map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}o` }));

/** The two replaces: `paradigm import` (triggers off) and `load --replace` / `seed --replace` (triggers on). */
const REPLACES = {
  'import --replace': (db: Database) => replaceLexicon(db, { patterns: PATTERNS, lexemes: REPLACEMENT }, { skipTriggers: true }),
  'load --replace': (db: Database) => loadReplace(db, REPLACEMENT),
};

// A plain `recompute --all` holds `forms` from the start of its transaction to its swap, so a replace
// of the lexicon that starts meanwhile takes the lexicon (and, with the triggers on, the queues) and
// waits for `forms` until the rebuild commits. The swap must not then wait for the queues to dequeue
// what it computed: the server would fail the rebuild, whose wait began last (the replace's one check
// for a cycle, `deadlock_timeout` after it began to wait, has passed: the rebuild goes on longer than
// that here). The replace empties the forms and queues every lexeme once the rebuild commits anyway.
describe('a plain full rebuild beside a replace waiting for its forms (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 8 });
  });
  afterAll(() => db.close());

  it.each(Object.keys(REPLACES) as Array<keyof typeof REPLACES>)('%s: both commit, the rebuild first, and once drained the forms are the replaced lexicon', async (name) => {
    await query(db, 'TRUNCATE lexemes, patterns CASCADE');
    await query(db, 'TRUNCATE forms, recompute_queue, recompute_pattern_queue, recompute_failures');
    await loadLexicon(db, PATTERNS, lexemes(12));
    await drain(db);
    const deadlockTimeoutMs = Number((await query<{ ms: string }>(db, "SELECT setting AS ms FROM pg_settings WHERE name = 'deadlock_timeout'"))[0]!.ms);
    const ended: string[] = [];
    const note = (what: string) => (outcome: Promise<unknown>) =>
      outcome.then(
        () => ended.push(what),
        (error: Error) => ended.push(`${what} failed: ${error.message}`),
      );

    let replace: Promise<unknown> | undefined;
    await note('rebuild')(
      recomputeAll(db, {
        hooks: {
          async at(point) {
            if (point !== 'rebuild-copied') return;
            replace = note('replace')(REPLACES[name](db));
            await untilASessionWaitsFor(db, 'forms');
            await new Promise((resolve) => setTimeout(resolve, deadlockTimeoutMs + 500));
          },
        },
      }),
    );
    await replace;

    expect(ended).toEqual(['rebuild', 'replace']);
    await drain(db);
    expect(await query(db, 'SELECT (SELECT count(*) FROM recompute_queue)::int AS l, (SELECT count(*) FROM recompute_pattern_queue)::int AS p')).toEqual([{ l: 0, p: 0 }]);
    expect(await query(db, "SELECT count(*)::int AS n, count(*) FILTER (WHERE lemma LIKE '%o')::int AS replaced FROM lexemes")).toEqual([{ n: 9, replaced: 9 }]);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  });
});
