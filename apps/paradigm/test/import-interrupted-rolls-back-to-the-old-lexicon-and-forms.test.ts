import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import { runParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';

const BIN = join(__dirname, '../bin/paradigm.js');
const FR = { aff: '/usr/share/hunspell/fr_FR.aff', dic: '/usr/share/hunspell/fr_FR.dic' };

// Ctrl-C while the import copies its forms: the one transaction rolls back, the old lexicon and forms
// stay, and the command says so. On PostgreSQL: an embedded database cannot be opened by this test and
// the process at once.
describe('paradigm import interrupted', () => {
  let db: Database;
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-interrupted-'));
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    const address = new URL(testAdminUrl());
    address.pathname = `/${testDatabaseName(__filename)}`;
    url = address.toString();
    const { aff, dic } = writeSmallDictionary(dir);
    expect((await runParadigm(['import', 'hunspell', aff, dic, '--progress', 'none'], { DATABASE_URL: url })).code).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('rolls back while copying the forms: the old lexicon and forms stay, and it exits 130 saying so', async () => {
    const child = spawn(process.execPath, [BIN, 'import', 'hunspell', FR.aff, FR.dic, '--replace', '--progress', 'lines'], { env: { ...process.env, DATABASE_URL: url } });
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      // A progress event with forms: the lexicon's first chunk is copied, its forms are being copied.
      if (!signalled && /"event":"progress","label":"import","lexemes":[1-9]/.test(stderr)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(signalled).toBe(true);
    // Interrupted (130), not a crash: no stack trace, though the Ctrl-C may land inside a COPY.
    expect(code).toBe(130);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).toContain(`paradigm: import interrupted: it rolled back, the old lexicon and forms are as they were in ${db.description}\n`);
    expect(stderr).not.toContain('paradigm: imported');
    const lexemes = await withConnection(db, async (conn) => (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexemes')).rows[0]!.n);
    expect({ lexemes, forms: await formsInTable(db) }).toEqual({ lexemes: 3, forms: SMALL_DICTIONARY_FORMS });
  }, 20 * 60_000);
});
