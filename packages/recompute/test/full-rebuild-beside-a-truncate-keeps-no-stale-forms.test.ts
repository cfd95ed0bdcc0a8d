import { type Database, replaceLexicon } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(20);

// `TRUNCATE lexemes` or `TRUNCATE lexeme_patterns` (a `load --replace` truncates the lexicon) committed
// while a rebuild has computed its new table and not swapped it in yet: the TRUNCATE fires no row
// trigger, so unless its own trigger tells the rebuild, the swap dequeues what it queued as computed and
// brings back forms of lexemes that are gone, or that no longer take their patterns.
describe('a full rebuild whose lexemes are truncated before its swap (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 8 });
  });
  afterAll(() => db.close());

  it.each([
    ['recompute --all', 'lexemes', {}],
    ['recompute --all --shared', 'lexemes', { selection: SHARED }],
    ['recompute --all', 'lexeme_patterns', {}],
    ['recompute --all --shared', 'lexeme_patterns', { selection: SHARED }],
  ])('%s, TRUNCATE %s: once drained, forms holds no form of what was truncated', async (_name, table, selection) => {
    await query(db, 'TRUNCATE lexemes, patterns CASCADE');
    await query(db, 'TRUNCATE forms, recompute_queue, recompute_pattern_queue, recompute_failures');
    await loadLexicon(db, PATTERNS, ENTRIES);
    await drain(db);
    expect((await formsInTable(db)).length).toBeGreaterThan(0);

    await recomputeAll(db, {
      ...selection,
      hooks: {
        async at(point) {
          if (point === 'rebuild-copied') await query(db, `TRUNCATE ${table} CASCADE`);
        },
      },
    });
    await drain(db);
    expect(await query(db, `SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    expect(await formsInTable(db)).toEqual([]);
  });
});

// `paradigm import` replaces the lexicon with the triggers off, so none of the notes above fire; a
// shared rebuild reads its ranges in transactions of their own, so the replace can commit between them.
describe('a shared rebuild beside a replace of the lexicon with the triggers off (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-replace`, { maxConnections: 8 });
  });
  afterAll(() => db.close());

  it('once drained, forms is what the replaced lexicon generates', async () => {
    await loadLexicon(db, PATTERNS, ENTRIES);
    await drain(db);
    const replacement = lexemes(12).map((lexeme) => ({ ...lexeme, lemma: `${lexeme.lemma}o` }));
    await recomputeAll(db, {
      selection: SHARED,
      hooks: {
        async at(point) {
          if (point === 'rebuild-copied') await replaceLexicon(db, { patterns: PATTERNS, lexemes: replacement }, { skipTriggers: true });
        },
      },
    });
    await drain(db);
    expect(await query(db, 'SELECT count(*)::int AS n FROM lexemes')).toEqual([{ n: 12 }]);
    expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
  });
});
