import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { runParadigm } from './support/paradigm-process';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

// The process around the engine (its own stderr, the heap limit, the database it opens from
// DATABASE_URL) on PostgreSQL: an embedded database cannot be opened by this test and the process at once.
describe('paradigm run as a process, with JSON progress lines on standard error', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    expect(await main(['load', ...FILES], capture(db))).toBe(0);
  });
  afterAll(() => db.close());

  it('prints start and done events with the counts, then the summary, and exits 1 for the lexeme that fails', async () => {
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    const { code, stdout, stderr } = await runParadigm(['run', '--progress', 'lines'], { DATABASE_URL: url.toString() });
    const events = stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(events.map(({ event, label }) => `${event} ${label}`)).toEqual([
      'start run',
      ...events.slice(1, -1).map(() => 'progress run'),
      'done run',
    ]);
    expect(events.at(-1)).toMatchObject({ lexemes: 14, forms: 60, failed: 1 });
    expect(stderr).toContain('paradigm: run: 14 lexemes, 60 forms in ');
  });
});
