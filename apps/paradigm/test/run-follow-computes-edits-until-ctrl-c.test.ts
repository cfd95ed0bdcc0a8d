import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { EXAMPLES_FAILURE, queued, withoutTimings } from './support/recompute';
import { until } from './support/until';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

const formsOf = (db: Database, id: number) =>
  withConnection(db, async (conn) => (await conn.query<{ form: string }>('SELECT form FROM forms WHERE lexeme_id = $1 ORDER BY form', [id])).rows.map((row) => row.form));

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm run --follow computes edits as they come, until Ctrl-C`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['load', ...FILES], capture(db))).toBe(0);
    });
    afterAll(() => db.close());

    it('drains what load queued, computes a later edit, and stops after the batch in flight on SIGINT (exit 130)', async () => {
      const io = capture(db);
      const running = main(['run', '--follow', '--progress', 'none'], io);
      await until('the queue to drain', async () => JSON.stringify(await queued(db)) === '{"lexemes":[],"patterns":[]}' && (await formsOf(db, 6)).length > 0);
      expect(await formsOf(db, 6)).toEqual(['day', 'days']);

      await withConnection(db, (conn) => conn.query("UPDATE lexemes SET lemma = 'dai' WHERE id = 6"));
      await until('the edit to be computed', async () => (await formsOf(db, 6))[0] === 'dai');
      expect(await formsOf(db, 6)).toEqual(['dai', 'dais']);

      process.emit('SIGINT', 'SIGINT');
      expect(await running).toBe(130);
      expect(withoutTimings(io.err())).toBe(
        'paradigm: SIGINT: stopping after the batch in flight (up to 10000 ms); send SIGINT again to exit now.\n' +
          `paradigm: run (interrupted): 15 lexemes, 62 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 1000, concurrency ${dialect === 'pglite' ? 1 : 2}; ${db.description}\n` +
          EXAMPLES_FAILURE,
      );
    });
  });
}
