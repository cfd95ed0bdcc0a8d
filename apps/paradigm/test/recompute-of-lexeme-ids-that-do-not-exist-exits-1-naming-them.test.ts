import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { query } from '@paradigm/recompute/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { queued, withoutTimings } from './support/recompute';

const DIX = join(__dirname, '../../lexicon/test/fixtures/small.dix');

// `recompute --lexemes` names lexemes: an id that names none is a mistake, said as `show` says it (exit
// 1), and the whole command is refused, the lexemes that exist among the ids left uncomputed too.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm recompute --lexemes with ids that no lexeme has`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['import', 'apertium', DIX, '--no-recompute'], capture(db))).toBe(0);
    });
    afterAll(() => db.close());

    const state = async () => ({ forms: await query(db, 'SELECT count(*)::int AS n FROM forms'), queue: await queued(db) });
    const refusal = (ids: string) =>
      `paradigm: no lexeme has the ${ids} in ${db.description}; nothing was computed. Give the ids of existing lexemes (paradigm show LEMMA prints each lexeme of a lemma with its id).\n`;

    it('one unknown id: exit 1 naming it, nothing computed', async () => {
      const before = await state();
      expect(before).toEqual({ forms: [{ n: 0 }], queue: { lexemes: [1, 2, 3], patterns: [] } });
      const io = capture(db);
      expect(await main(['recompute', '--lexemes', '999999', '--progress', 'none'], io)).toBe(1);
      expect({ out: io.out(), err: io.err() }).toEqual({ out: '', err: refusal('id 999999') });
      expect(await state()).toEqual(before);
    });

    it('unknown ids among known ones: exit 1 naming the unknown ones, the known ones not computed either', async () => {
      const before = await state();
      const io = capture(db);
      expect(await main(['recompute', '--lexemes', '999999,1,888888', '--progress', 'none'], io)).toBe(1);
      expect({ out: io.out(), err: io.err() }).toEqual({ out: '', err: refusal('ids 888888, 999999') });
      expect(await state()).toEqual(before);
    });

    it('known ids only: computed as before', async () => {
      const io = capture(db);
      expect(await main(['recompute', '--lexemes', '1,3', '--progress', 'none'], io)).toBe(0);
      expect(withoutTimings(io.err())).toMatch(/^paradigm: recompute: 2 lexemes, [1-9]\d* forms in T s/);
      expect((await state()).forms).not.toEqual([{ n: 0 }]);
    });
  });
}
