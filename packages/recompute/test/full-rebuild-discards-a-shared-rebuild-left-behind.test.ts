import { compileGrammar } from '@paradigm/core';
import { recomputeAll, SHARED } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(20);
const LEFT_SQL = "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild)::int AS registered, (SELECT count(*) FROM forms_rebuild_ranges)::int AS ranges";

describe('a plain `recompute --all` after a `--shared` one stopped halfway (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);

  it('discards the shared rebuild left behind and rebuilds every lexeme itself', async () => {
    await query(database(), 'DELETE FROM forms');
    await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
    // The shared rebuild stops after its second range: its table and 7 ranges of 3 lexemes stay committed.
    const failing = recomputeAll(database(), { selection: SHARED, hooks: {
      async at(point, batch) {
        if (point === 'after-write' && batch === 2) throw new Error('stopped');
      },
    } });
    await expect(failing).rejects.toThrow('stopped');
    expect(await query(database(), LEFT_SQL)).toEqual([{ next: 'forms_next', registered: 1, ranges: 7 }]);

    const report = await recomputeAll(database());
    expect(report).toMatchObject({ lexemes: 20, failed: 0, interrupted: false });
    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    expect(await query(database(), LEFT_SQL)).toEqual([{ next: null, registered: 0, ranges: 0 }]);
  });
});
