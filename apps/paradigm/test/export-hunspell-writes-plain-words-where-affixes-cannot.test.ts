// `paradigm export hunspell` on the sample lexicon of docs/examples (templates, ablaut, reduplication):
// affix patterns as classes, the rest as plain words, each reason listed; the files expand (unmunch,
// hunspell-reader) to the forms a recompute stores. --strict refuses and writes nothing; errors name the
// file or the argument.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hunspellReaderWords, NO_DIFFERENCE, unmunchWords, wordSetDifference } from '@paradigm/lexicons/testing';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { recomputeAll } from './support/recompute';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

const TEMPLATE = 'a template cannot be said in Hunspell, whose rules only strip and add text at one end of a word';
const ABLAUT = 'an ablaut cannot be said in Hunspell, whose rules only strip and add text at one end of a word';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export hunspell writes classes and plain words that expand to the stored forms`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-hunspell-'));
      expect(await main(['load', ...FILES], capture(db))).toBe(0);
      await recomputeAll(db);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('lists what became plain words and what was left out; unmunch and hunspell-reader give the stored words', async () => {
      const base = join(dir, 'examples');
      const io = capture(db);
      expect(await main(['export', 'hunspell', base, '--progress', 'lines'], io)).toBe(0);
      const lines = io.err().split('\n');
      // Both readings of the lexicon show their progress: every lexeme, and the words generated (each distinct word of a lexeme once).
      const progress = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { event: string; label: string; lexemes: number; total: number; forms: number });
      expect(progress.map(({ event, label, lexemes, total, forms }) => [event, label, lexemes, total, forms])).toEqual([
        ['start', 'export hunspell: what the .aff needs', 0, 15, 0],
        ['done', 'export hunspell: what the .aff needs', 15, 15, 54],
        ['start', 'export hunspell: .dic, read back', 0, 15, 0],
        ['done', 'export hunspell: .dic, read back', 15, 15, 54],
      ]);
      expect(lines.filter((line) => !line.startsWith('{')).join('\n')).toBe(
        `paradigm: wrote 3 affix classes to ${base}.aff and 34 entries to ${base}.dic: 11 lexemes as stem/FLAGS, 23 plain words (of 6 lexemes)\n` +
          'paradigm: plain words, which Hunspell affix rules cannot make, for 6 lexemes:\n' +
          `  pattern "tesh-verb" line 4: ${TEMPLATE} (lexemes 1 "katab", 2 "daras")\n` +
          `  pattern "tesh-noun" line 3: ${TEMPLATE} (lexeme 3 "kalbu")\n` +
          `  pattern "en-ee" line 3: ${ABLAUT} (lexemes 13 "flee", 15 "feed")\n` +
          `  pattern "en-strong" line 4: ${ABLAUT} (lexeme 14 "sing")\n` +
          'paradigm: left out 1 lexeme:\n' +
          '  its generation fails, so it has no forms: template "C-a-C-C-u" of pattern "tesh-noun" has 3 slots but the root "s-m" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots (lexeme 4 "samr")\n',
      );
      const stored = await withConnection(db, async (conn) => (await conn.query<{ form: string }>("SELECT DISTINCT form FROM forms WHERE form <> ''")).rows.map((row) => row.form));
      expect(stored.length).toBe(54);
      const paths = { aff: `${base}.aff`, dic: `${base}.dic` };
      expect(wordSetDifference(stored, unmunchWords(paths))).toEqual(NO_DIFFERENCE);
      expect(wordSetDifference(stored, hunspellReaderWords(paths.dic))).toEqual(NO_DIFFERENCE);
    });

    it('writes FILE.aff and FILE.dic given in either order, replacing them with --force', async () => {
      const paths = { aff: join(dir, 'two.aff'), dic: join(dir, 'two.dic') };
      for (const flags of [[], ['--force']]) expect(await main(['export', 'hunspell', paths.dic, paths.aff, ...flags], capture(db))).toBe(0);
      expect([readFileSync(paths.aff, 'utf8'), readFileSync(paths.dic, 'utf8')]).toEqual([readFileSync(join(dir, 'examples.aff'), 'utf8'), readFileSync(join(dir, 'examples.dic'), 'utf8')]);
    });

    it('--strict refuses the first lexeme affix rules cannot make and writes nothing', async () => {
      const base = join(dir, 'strict');
      const io = capture(db);
      expect(await main(['export', 'hunspell', base, '--strict', '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toBe(`paradigm: lexeme 1 "katab": pattern "tesh-verb" line 4: ${TEMPLATE}; without --strict its words are written as plain words\nnothing was written\n`);
      expect([existsSync(`${base}.aff`), existsSync(`${base}.dic`)]).toEqual([false, false]);
    });

    it('names a file it cannot write, and a bad pair of paths', async () => {
      const missing = join(dir, 'no-such-folder', 'x');
      const io = capture(db);
      expect(await main(['export', 'hunspell', missing, '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toBe(`paradigm: cannot write ${missing}.aff: its folder does not exist; create the folder or give another path\n`);
      const usage = capture(db);
      expect(await main(['export', 'hunspell', 'a.aff', 'b.txt'], usage)).toBe(2);
      expect(usage.err()).toBe('paradigm: export hunspell takes a base name (writing BASE.aff and BASE.dic), or one FILE.aff and one FILE.dic; got a.aff b.txt\n');
    });
  });
}
