// `paradigm export hunspell` generates under the lexicon's form limit, as the worker computes the stored
// forms: a lexeme past it has no stored forms and is left out of the files, whose words stay the stored ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_DIFFERENCE, unmunchWords, wordSetDifference } from '@paradigm/lexicons/testing';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { recomputeAll } from './support/recompute';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export hunspell follows the lexicon's form limit`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-limit-'));
      expect(await main(['load', ...FILES], capture(db))).toBe(0);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    const storedWords = () => withConnection(db, async (conn) => (await conn.query<{ form: string }>("SELECT DISTINCT form FROM forms WHERE form <> ''")).rows.map((row) => row.form));
    /** Exports to `name`; resolves to the lines of standard error that list the lexemes left out, and the files' words (unmunch). */
    async function exported(name: string): Promise<{ leftOut: string[]; words: string[] }> {
      const base = join(dir, name);
      const io = capture(db);
      expect(await main(['export', 'hunspell', base, '--progress', 'none'], io)).toBe(0);
      const lines = io.err().split('\n');
      const from = lines.findIndex((line) => line.startsWith('paradigm: left out'));
      return { leftOut: from < 0 ? [] : lines.slice(from).filter((line) => line !== ''), words: unmunchWords({ aff: `${base}.aff`, dic: `${base}.dic` }) };
    }

    it('leaves out the lexemes past a limit of 6 forms, which the worker stores no forms for', async () => {
      expect(await main(['form-limit', '6'], capture(db))).toBe(0);
      await recomputeAll(db);
      const stored = await storedWords();
      // katab and daras make 8 words each; the rest of the lexicon 38.
      expect(stored.length).toBe(38);
      const { leftOut, words } = await exported('six');
      expect(leftOut).toEqual([
        'paradigm: left out 3 lexemes:',
        '  its generation fails, so it has no forms: pattern "tesh-verb" derives more than 6 forms for this lexeme (counting forms held back for their continuations; the limit, maxFormsPerLexeme), so its generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), or raise the limit (lexemes 1 "katab", 2 "daras")',
        '  its generation fails, so it has no forms: template "C-a-C-C-u" of pattern "tesh-noun" has 3 slots but the root "s-m" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots (lexeme 4 "samr")',
      ]);
      expect(wordSetDifference(stored, words)).toEqual(NO_DIFFERENCE);
    });

    it('writes them again once the limit is none', async () => {
      expect(await main(['form-limit', 'none'], capture(db))).toBe(0);
      await recomputeAll(db);
      const stored = await storedWords();
      expect(stored.length).toBe(54);
      const { leftOut, words } = await exported('none');
      expect(leftOut).toEqual([
        'paradigm: left out 1 lexeme:',
        '  its generation fails, so it has no forms: template "C-a-C-C-u" of pattern "tesh-noun" has 3 slots but the root "s-m" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots (lexeme 4 "samr")',
      ]);
      expect(wordSetDifference(stored, words)).toEqual(NO_DIFFERENCE);
    });
  });
}
