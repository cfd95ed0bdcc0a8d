// Debian en_US imported, recomputed and exported with `export hunspell`: unmunch and hunspell-reader
// expand the exported pair to exactly the distinct surfaces of the forms table (166,788 words).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hunspellReaderWords, NO_DIFFERENCE, unmunchWords, wordSetDifference } from '@paradigm/lexicons/testing';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { recomputeAll } from './support/recompute';

const EN_US = { aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' };

/** The distinct non-empty surfaces of the forms table. */
async function storedWords(db: Database): Promise<string[]> {
  return withConnection(db, async (conn) => (await conn.query<{ form: string }>("SELECT DISTINCT form FROM forms WHERE form <> ''")).rows.map((row) => row.form));
}

// The round trip runs on PostgreSQL; the command's behaviour on both dialects is in
// export-hunspell-writes-plain-words-where-affixes-cannot.test.ts.
//
// Importing and recomputing 79,013 lexemes took 30 s on 2 cores at load 15 and more than the project's
// 120 s test limit at load 23, so the steps have a bound that only stops a hang.
const HANG = 20 * 60_000;

describe('postgres: en_US imported, recomputed, exported with export hunspell, expands to the stored words', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', __filename);
    dir = mkdtempSync(join(tmpdir(), 'paradigm-export-hunspell-'));
    expect(await main(['import', 'hunspell', EN_US.aff, EN_US.dic, '--no-recompute'], capture(db))).toBe(0);
    await recomputeAll(db);
  }, HANG);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('unmunch and hunspell-reader give exactly the forms table words', async () => {
    const base = join(dir, 'en_US');
    const io = capture(db);
    expect(await main(['export', 'hunspell', base, '--progress', 'none'], io)).toBe(0);
    expect(io.err()).toBe(
      `paradigm: wrote 23 affix classes to ${base}.aff and 79010 entries to ${base}.dic: 79010 lexemes as stem/FLAGS\n` +
        'paradigm: 3 lexemes make no word (no pattern, or no rule applies) and are not written\n',
    );
    // The classes keep en_US's flags; conditions carry the length Hunspell requires without FULLSTRIP.
    expect(readFileSync(`${base}.aff`, 'utf8').split('\n').slice(0, 11)).toEqual([
      '# Written by paradigm export hunspell.',
      'SET UTF-8',
      'FULLSTRIP',
      '',
      '# pattern pfx:A',
      'PFX A Y 1',
      'PFX A 0 re .',
      '',
      '# pattern pfx:I',
      'PFX I Y 1',
      'PFX I 0 in .',
    ]);
    const words = await storedWords(db);
    expect(words.length).toBe(166788);
    const paths = { aff: `${base}.aff`, dic: `${base}.dic` };
    expect(wordSetDifference(words, unmunchWords(paths))).toEqual(NO_DIFFERENCE);
    expect(wordSetDifference(words, hunspellReaderWords(paths.dic))).toEqual(NO_DIFFERENCE);
  }, HANG);
});
