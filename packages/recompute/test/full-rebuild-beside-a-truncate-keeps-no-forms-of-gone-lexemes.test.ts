import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(20);

// `TRUNCATE lexemes` (or a `load --replace`, which truncates the lexicon) committed while a rebuild has
// computed its new table and not swapped it in yet: the TRUNCATE fires no row trigger, so the rebuild
// never hears of the lexemes it removed, and its trigger queues only the lexemes with live forms, which
// the swap then dequeues as computed. The swap must not bring back the forms of lexemes that are gone.
describe('a full rebuild whose lexemes are truncated before its swap (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 8 });
  });
  afterAll(() => db.close());

  it.each([
    ['recompute --all', {}],
    ['recompute --all --shared', { selection: SHARED }],
  ])('%s: once drained, forms holds no form of a truncated lexeme', async (_name, selection) => {
    await query(db, 'TRUNCATE lexemes, patterns CASCADE');
    await query(db, 'TRUNCATE forms, recompute_queue, recompute_pattern_queue, recompute_failures');
    await loadLexicon(db, PATTERNS, ENTRIES);
    await drain(db);
    expect((await formsInTable(db)).length).toBeGreaterThan(0);

    await recomputeAll(db, {
      ...selection,
      hooks: {
        async at(point) {
          if (point === 'rebuild-copied') await query(db, 'TRUNCATE lexemes CASCADE');
        },
      },
    });
    await drain(db);
    expect(await query(db, 'SELECT count(*)::int AS n FROM lexemes')).toEqual([{ n: 0 }]);
    expect(await formsInTable(db)).toEqual([]);
  });
});
