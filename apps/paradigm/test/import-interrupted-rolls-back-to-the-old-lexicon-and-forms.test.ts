import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withConnection } from '@paradigm/persistence';
import { formsInTable } from '@paradigm/recompute/testing';
import { SMALL_DICTIONARY_FORMS } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';

const BIN = join(__dirname, '../bin/paradigm.js');
const FR = { aff: '/usr/share/hunspell/fr_FR.aff', dic: '/usr/share/hunspell/fr_FR.dic' };

// Ctrl-C while the import copies its forms: the one transaction rolls back, the old lexicon and forms
// stay, and the command says so. On PostgreSQL: an embedded database cannot be opened by this test and
// the process at once.
describe('paradigm import interrupted', () => {
  const { db: database, url: databaseUrl } = useSmallDictionaryDatabase(__filename);

  it('rolls back while copying the forms: the old lexicon and forms stay, and it exits 130 saying so', async () => {
    const child = spawn(process.execPath, [BIN, 'import', 'hunspell', FR.aff, FR.dic, '--replace', '--progress', 'lines'], { env: { ...process.env, DATABASE_URL: databaseUrl() } });
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
    expect(stderr).toContain(`paradigm: import interrupted: it rolled back, the old lexicon and forms are as they were in ${database().description}\n`);
    expect(stderr).not.toContain('paradigm: imported');
    const lexemes = await withConnection(database(), async (conn) => (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexemes')).rows[0]!.n);
    expect({ lexemes, forms: await formsInTable(database()) }).toEqual({ lexemes: 3, forms: SMALL_DICTIONARY_FORMS });
  }, 20 * 60_000);
});
