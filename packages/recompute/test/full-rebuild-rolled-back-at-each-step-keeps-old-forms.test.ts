import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { BatchPoint } from '../src';
import { recomputeAll } from './support/run-in-process';
import { formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

const STEPS: Array<[BatchPoint, number]> = [['after-write', 2], ['rebuild-copied', 0], ['rebuild-indexed', 0], ['rebuild-swapped', 0]];

for (const dialect of TEST_DIALECTS) {
  describe(`a rebuild that fails at any step on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(20));

    for (const [step, number] of STEPS) {
      it(`(at ${step}) leaves the old forms whole and nothing behind; the next rebuild succeeds`, async () => {
        await query(database(), 'DELETE FROM forms');
        await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
        const old = await formsInTable(database());
        const failing = recomputeAll(database(), { hooks: {
          async at(point, batch) {
            if (point === step && batch === number) throw new Error(`stopped at ${step}`);
          },
        } });
        await expect(failing).rejects.toThrow(`stopped at ${step}`);
        expect(await formsInTable(database())).toEqual(old);
        expect(await query(database(), "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild)::int AS registered")).toEqual([{ next: null, registered: 0 }]);
        const report = await recomputeAll(database());
        expect(report).toMatchObject({ lexemes: 20, interrupted: false });
        expect(await formsInTable(database())).not.toContain('1|1|OLD|old1');
      });
    }
  });
}
