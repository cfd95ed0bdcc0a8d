import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, type Dialect, openDatabase } from '@paradigm/persistence';
import { createTestDatabase, createTestFolder, TEST_DIALECTS, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { type Serving, serveParadigm } from './support/paradigm-process';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

/** The lexicon loaded (forms not computed yet: `load` queues them) in a database of this test's own; how a process reaches it. */
async function loadedDatabase(dialect: Dialect): Promise<{ env: Record<string, string>; args: string[]; description: string; drop: () => Promise<void> }> {
  if (dialect === 'postgres') {
    const db: Database = await createTestDatabase('postgres', __filename);
    expect(await main(['load', ...FILES], capture(db))).toBe(0);
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    return { env: { DATABASE_URL: url.toString() }, args: [], description: db.description, drop: () => db.close() };
  }
  // The embedded database opens in one process only: load it here, close it, then let serve open it.
  const dataDir = createTestFolder(__filename);
  const db = await openDatabase({ dialect: 'pglite', dataDir });
  try {
    expect(await main(['load', ...FILES], capture(db))).toBe(0);
  } finally {
    await db.close();
  }
  return { env: { DATABASE_URL: '' }, args: ['--data-dir', dataDir], description: `pglite:${dataDir}`, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** GET `path` from the server, parsed. */
async function get(serving: Serving, path: string): Promise<any> {
  const response = await fetch(serving.url + path);
  expect(response.status).toBe(200);
  return response.json();
}

/** Reads the status every 100 ms until `done` holds, for at most two minutes (a bound on a hang, not a speed requirement). */
async function statusWhen(serving: Serving, done: (status: any) => boolean): Promise<any> {
  for (let waited = 0; ; waited += 100) {
    const status = await get(serving, '/api/status');
    if (done(status)) return status;
    if (waited > 120_000) throw new Error(`still waiting after two minutes; the status is ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const dialect of TEST_DIALECTS) {
  describe(`paradigm serve as a process on ${dialect} (the database the other commands use)`, () => {
    let database: Awaited<ReturnType<typeof loadedDatabase>>;
    let serving: Serving;
    beforeAll(async () => {
      database = await loadedDatabase(dialect);
      serving = await serveParadigm(database.args, database.env);
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('binds 127.0.0.1, names the database, computes what load queued, and answers status and search', async () => {
      expect([new URL(serving.url).hostname, serving.database]).toEqual(['127.0.0.1', database.description]);
      const status = await statusWhen(serving, (s) => s.queue.queued === 0 && s.forms > 0);
      expect({ ...status, failures: status.failures.map((f: { lexemeId: number }) => f.lexemeId) }).toEqual({
        lexemes: 15,
        patterns: 8,
        forms: 60,
        queue: { queued: 0, patternChanges: 0, failed: 1 },
        failures: [4],
        formLimit: 100000,
        rebuild: null,
        database: database.description,
        recompute: 'in-process',
        writesNeedToken: false,
        import: null,
      });
      expect(await get(serving, '/api/search?q=day')).toEqual({
        query: 'day',
        offset: 0,
        more: false,
        forms: [
          { form: 'day', lexemeId: 6, lemma: 'day', cell: 'N;SG', patternId: 4, pattern: 'en-noun', analysis: 'day<n><sg>' },
          { form: 'days', lexemeId: 6, lemma: 'day', cell: 'N;PL', patternId: 4, pattern: 'en-noun', analysis: 'day<n><pl>' },
        ],
      });
      const page = await fetch(`${serving.url}/`);
      expect([page.status, page.headers.get('content-type'), (await page.text()).startsWith('<!doctype html>')]).toEqual([200, 'text/html; charset=utf-8', true]);
    });

    it('stops on Ctrl-C with exit 0', async () => {
      const ended = await serving.stop();
      expect([ended.code, ended.stderr]).toEqual([0, 'paradigm: SIGINT: stopping after the batch in flight (up to 10000 ms); send SIGINT again to exit now.\n']);
    });
  });
}
