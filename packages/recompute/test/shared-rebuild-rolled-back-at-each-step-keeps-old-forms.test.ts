import { compileGrammar } from '@paradigm/core';
import type { BatchPoint } from '../src';
import { recomputeAll, SHARED } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(20);
const STEPS: Array<[BatchPoint, number]> = [['rebuild-created', 0], ['after-write', 2], ['rebuild-copied', 0], ['rebuild-indexed', 0], ['rebuild-swapped', 0]];
const LEFT_SQL = "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild)::int AS registered, (SELECT count(*) FROM forms_rebuild_ranges)::int AS ranges";

// PGlite has one process: `shared` changes nothing there (see the test of the default rebuild).
for (const dialect of ['postgres'] as const) {
  describe(`a shared rebuild that fails at any step on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    for (const [step, number] of STEPS) {
      // What was committed before the failing step (the new table and its ranges of 3 lexemes, those
      // copied done) stays for the next shared run to resume.
      const resumable = step !== 'rebuild-created';
      it(`(at ${step}) leaves the old forms whole and ${resumable ? 'the rebuild resumable' : 'nothing behind'}; the next rebuild succeeds`, async () => {
        await query(database(), 'DELETE FROM forms');
        await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
        const old = await formsInTable(database());
        const failing = recomputeAll(database(), { selection: SHARED, hooks: {
          async at(point, batch) {
            if (point === step && batch === number) throw new Error(`stopped at ${step}`);
          },
        } });
        await expect(failing).rejects.toThrow(`stopped at ${step}`);
        expect(await formsInTable(database())).toEqual(old);
        expect(await query(database(), LEFT_SQL)).toEqual([resumable ? { next: 'forms_next', registered: 1, ranges: 7 } : { next: null, registered: 0, ranges: 0 }]);
        const report = await recomputeAll(database(), { selection: SHARED });
        expect(report).toMatchObject({ interrupted: false, failed: 0 });
        expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
        expect(await query(database(), LEFT_SQL)).toEqual([{ next: null, registered: 0, ranges: 0 }]);
      });
    }
  });
}
