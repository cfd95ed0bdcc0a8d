import { type Database, loadLexicon, type PooledConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { startWorkbench, type Workbench } from '../src';
import { callApi } from './support/call-api';
import { LEXEMES, loadSmallLexicon, PATTERNS } from './support/small-lexicon';
import { versionOf } from './support/pattern-version';

// A `paradigm import --replace` that runs the moment a save commits (it waited for the save's lock)
// deletes the saved pattern at once; the save still answers with the id it stored. The database is the
// real one, each connection's COMMIT observed: the first COMMIT of a transaction that inserted into
// `patterns` is followed, on that connection, by a replace that leaves the new pattern out.
const REPLACEMENT = {
  patterns: PATTERNS.map(({ name, source }) => ({ name, source })),
  lexemes: LEXEMES.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => PATTERNS[id - 1]!.name) })),
};

function replacingAfterTheSave(db: Database): { database: Database; replaced: () => boolean } {
  let replaced = false;
  const wrap = (conn: PooledConnection): PooledConnection => {
    let insertedPattern = false;
    return new Proxy(conn, {
      get(target, property, receiver) {
        if (property !== 'query') return Reflect.get(target, property, receiver);
        return async (text: string, values?: unknown[]) => {
          const result = await target.query(text, values);
          if (/^INSERT INTO patterns/.test(text)) insertedPattern = true;
          if (text === 'COMMIT' && insertedPattern && !replaced) {
            replaced = true;
            await loadLexicon(target, REPLACEMENT, { replace: true });
          }
          if (text === 'COMMIT' || text === 'ROLLBACK') insertedPattern = false;
          return result;
        };
      },
    });
  };
  const database: Database = {
    dialect: db.dialect,
    maxConnections: db.maxConnections,
    description: db.description,
    acquire: async () => wrap(await db.acquire()),
    ...(db.openSession ? { openSession: db.openSession.bind(db) } : {}),
    close: () => db.close(),
  };
  return { database, replaced: () => replaced };
}

for (const dialect of TEST_DIALECTS) {
  describe(`PUT /api/patterns/:name while a replace follows its commit, on ${dialect}`, () => {
    let db: Database;
    let workbench: Workbench;
    let hook: ReturnType<typeof replacingAfterTheSave>;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, `${__filename}-${dialect}`);
      await loadSmallLexicon(db);
      hook = replacingAfterTheSave(db);
      workbench = await startWorkbench({ port: 0, pollMs: 50, database: hook.database });
    });
    afterAll(async () => {
      await workbench?.close();
      await db.close();
    });

    it('answers 200 with the id the save stored, though the replace has deleted the pattern since', async () => {
      const response = await callApi(workbench, 'PUT', '/api/patterns/newpat', { body: { source: 'pattern newpat\nrule => N;SG\n' } });
      expect([response.status, response.body]).toEqual([200, { id: 4, name: 'newpat', created: true, changed: true, version: versionOf('pattern newpat\nrule => N;SG\n'), queueEvent: expect.any(Number) }]);
      expect(hook.replaced()).toBe(true);
      const gone = await callApi(workbench, 'GET', '/api/patterns/newpat');
      expect([gone.status, gone.body]).toEqual([404, { error: 'no pattern named "newpat"; GET /api/patterns lists them' }]);
    });
  });
}
