import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { startWorkbench, type Workbench } from '../src';
import { callApi } from './support/call-api';
import { loadSmallLexicon } from './support/small-lexicon';
import { waitUntil } from './support/wait-until';

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/status on ${dialect}`, () => {
    let db: Database;
    let workbench: Workbench;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, `${__filename}-${dialect}`);
      await loadSmallLexicon(db);
      workbench = await startWorkbench({ port: 0, pollMs: 50, database: db });
    });
    afterAll(async () => {
      await workbench.close();
      await db.close();
    });

    it('counts lexemes, patterns and forms, and says how the server runs', async () => {
      const response = await callApi(workbench, 'GET', '/api/status');
      expect([response.status, response.body]).toEqual([200, {
        lexemes: 5, patterns: 3, forms: 17, queue: { queued: 0, patternChanges: 0, failed: 0 }, failures: [], formLimit: 100000, rebuild: null,
        database: db.description, recompute: 'in-process', writesNeedToken: false, import: null,
      }]);
    });

    it('lists the lexemes whose recompute failed, with the reason', async () => {
      await withConnection(db, async (conn) => {
        await conn.query("INSERT INTO patterns (id, name, source, compiled_hash) VALUES (9, 'ar', 'pattern ar\nrule template C-a-C-a-C => PFV\n', 'test')");
        await conn.query("INSERT INTO lexemes (id, lemma) VALUES (6, 'rootless')");
        await conn.query('INSERT INTO lexeme_patterns (lexeme_id, pattern_id, position) VALUES (6, 9, 0)');
      });
      const status = await waitUntil(async () => {
        const body = (await callApi(workbench, 'GET', '/api/status')).body;
        return body.queue.queued === 0 && body.queue.patternChanges === 0 ? body : undefined;
      }, 'the in-process recompute to drain the queue');
      expect(status).toEqual({
        lexemes: 6, patterns: 4, forms: 17, queue: { queued: 0, patternChanges: 0, failed: 1 },
        failures: [{ lexemeId: 6, lemma: 'rootless', reason: expect.stringContaining('root') }],
        formLimit: 100000,
        rebuild: null,
        database: db.description, recompute: 'in-process', writesNeedToken: false, import: null,
      });
    });
  });
}
