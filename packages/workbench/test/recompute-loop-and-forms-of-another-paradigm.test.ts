// The server's recompute loop and forms of another generation of paradigm-core: an earlier one's it takes
// over, saying so once, and computes again; a later one's make every drain refused the same way, so
// instead of trying again at each poll, as after other errors, it says so once and ends.
import { GENERATION } from '@paradigm/core';
import { type Database, FormsGenerationError, withConnection } from '@paradigm/persistence';
import { createTestDatabase, recordFormsGenerationUnseen, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { expectedFromDatabase, formsInTable } from '@paradigm/recompute/testing';
import { WorkbenchEvents } from '../src/events/workbench-events';
import { RecomputeLoop } from '../src/recompute/recompute-loop';
import { loadSmallLexicon } from './support/small-lexicon';
import { waitUntil } from './support/wait-until';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the recompute loop on forms of another paradigm`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await loadSmallLexicon(db);
    });
    afterAll(() => db.close());

    it('reports the refusal once and ends, leaving the edit queued', async () => {
      await withConnection(db, async (conn) => {
        await conn.query('UPDATE lexicon_settings SET forms_generation = $1', [GENERATION + 1]);
        await conn.query("UPDATE lexemes SET lemma = 'dog' WHERE id = 2");
      });
      const errors: unknown[] = [];
      const loop = new RecomputeLoop(db, new WorkbenchEvents(), { pollMs: 20, rebuildFrom: null, onError: (error) => errors.push(error) });
      loop.start();
      await waitUntil(async () => (errors.length > 0 ? true : undefined), 'the refusal');
      loop.kick();
      // Ten polls' time: a loop that went on would report again.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await loop.stop();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(FormsGenerationError);
      const queued = await withConnection(db, (conn) => conn.query<{ id: number }>('SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1'));
      expect(queued.rows).toEqual([{ id: 2 }]);
    });

    it('takes forms of an earlier paradigm over, saying so once, and computes every lexeme again', async () => {
      await recordFormsGenerationUnseen(db, null);
      await withConnection(db, (conn) => conn.query("UPDATE forms SET form = form || 'x'"));
      const notices: string[] = [];
      const errors: unknown[] = [];
      const loop = new RecomputeLoop(db, new WorkbenchEvents(), { pollMs: 20, rebuildFrom: null, onError: (error) => errors.push(error), onNotice: (line) => notices.push(line) });
      loop.start();
      try {
        await waitUntil(async () => ((await formsInTable(db)).join() === (await expectedFromDatabase(db)).join() ? true : undefined), 'every form computed again');
      } finally {
        await loop.stop();
      }
      expect(errors).toEqual([]);
      expect(notices).toEqual([
        `the stored forms are from before paradigm recorded generations, and this paradigm computes generation ${GENERATION}, whose forms may differ: ` +
          "every pattern is queued, so every lexeme's forms are computed again",
      ]);
    });
  });
}
