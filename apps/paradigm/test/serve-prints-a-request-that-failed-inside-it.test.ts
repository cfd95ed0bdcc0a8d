import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { serveParadigm } from './support/paradigm-process';

const EXAMPLES = join(__dirname, '../../../docs/examples');

// The page gets a generic 500 ("its log has the details"): the one running `paradigm serve` sees what
// failed. PostgreSQL only: a second process cannot open the embedded database serve holds, to break it.
describe('paradigm serve on postgres: a request that fails inside the server is printed to stderr', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    expect(await main(['load', ...['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file))], capture(db))).toBe(0);
  });
  afterAll(() => db.close());

  it('answers 500 with the generic message and prints the method, path and error', async () => {
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    const serving = await serveParadigm(['--recompute', 'external'], { DATABASE_URL: url.toString() });
    await withConnection(db, (conn) => conn.query('ALTER TABLE forms RENAME TO forms_elsewhere'));
    let response: Response;
    try {
      response = await fetch(`${serving.url}/api/search?q=day`);
    } finally {
      await withConnection(db, (conn) => conn.query('ALTER TABLE forms_elsewhere RENAME TO forms'));
    }
    expect([response.status, await response.json()]).toEqual([500, { error: 'internal error: the server could not complete the request; its log has the details' }]);
    const ended = await serving.stop();
    expect(ended.code).toBe(0);
    expect(ended.stderr.split('\n').filter((line) => line.includes('serve:'))).toEqual(['paradigm: serve: GET /api/search failed: relation "forms" does not exist']);
  });
});
