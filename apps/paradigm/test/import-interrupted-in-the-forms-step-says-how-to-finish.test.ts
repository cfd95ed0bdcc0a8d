import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';

const BIN = join(__dirname, '../bin/paradigm.js');
const FR = { aff: '/usr/share/hunspell/fr_FR.aff', dic: '/usr/share/hunspell/fr_FR.dic' };

// Ctrl-C once the forms step has started: the lexicon step has committed, the rebuild rolls back, and
// the command says what the database holds and what finishes the job. On PostgreSQL: an embedded
// database cannot be opened by this test and the process at once.
describe('paradigm import interrupted in the forms step', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
  });
  afterAll(() => db.close());

  it('leaves the new lexicon and an empty forms table, and names the command that computes the forms', async () => {
    const url = new URL(testAdminUrl());
    url.pathname = `/${testDatabaseName(__filename)}`;
    const child = spawn(process.execPath, [BIN, 'import', 'hunspell', FR.aff, FR.dic, '--progress', 'lines'], { env: { ...process.env, DATABASE_URL: url.toString() } });
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      // The forms step's start event: the lexicon has committed.
      if (!signalled && stderr.includes('"event":"start","label":"recompute"')) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(signalled).toBe(true);
    // Interrupted (130), not a crash: no stack trace, though the Ctrl-C may land inside the rebuild's COPY.
    expect(code).toBe(130);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).toContain(`paradigm: imported fr_FR.aff + fr_FR.dic (hunspell) into ${db.description}: 492 patterns, 84139 lexemes, 142475 lexeme-pattern links.\n`);
    expect(stderr).toContain('paradigm: the new lexicon is imported but its forms are not: the forms table is empty. Compute them with:\n  paradigm recompute --all\n');
    const counts = await withConnection(db, async (conn) => (await conn.query<{ lexemes: number; forms: number }>('SELECT (SELECT count(*)::int FROM lexemes) AS lexemes, (SELECT count(*)::int FROM forms) AS forms')).rows[0]);
    expect(counts).toEqual({ lexemes: 84139, forms: 0 });
  }, 20 * 60_000);
});
