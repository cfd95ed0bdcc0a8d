import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { recomputeAll } from './support/recompute';

// Forms, cells, glosses and lemmas may hold a tab or a line break (the pattern language writes them
// "\t", "\n"). Printed raw, they split the rows of `show`, `analyse` and `generate` and shift their
// columns; such a text is printed as a JSON string instead, as is one starting with a quote (which
// would read as one). `--json` keeps the text as stored.
const PATTERNS = [
  'pattern odd',
  'rule suffix +"\\tx" gloss +"<a\\tb>" => N;SG',
  'rule suffix +"\\ny" => "N\\nPL"',
  'rule prefix +"\\"" => N;Q',
  'rule suffix +"\\u0085z" => N;NEL',
  '',
].join('\n');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: show, analyse and generate print a text that would break their lines as a JSON string`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-odd-text-'));
      writeFileSync(join(dir, 'odd.patterns'), PATTERNS);
      writeFileSync(join(dir, 'lexemes.tsv'), 'id\tlemma\tstem\tgloss\tpatterns\n1\tab\tab\tword\todd\n');
      const io = capture(db);
      expect(await main(['load', join(dir, 'odd.patterns'), join(dir, 'lexemes.tsv'), '--progress', 'none'], io)).toBe(0);
      // A lemma with a line break, which a lexemes file cannot hold but any SQL client can write.
      await withConnection(db, (conn) => conn.query("UPDATE lexemes SET lemma = E'a\\nb' WHERE id = 1"));
      await recomputeAll(db);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('show: one line per cell, the odd texts quoted', async () => {
      const io = capture(db);
      expect(await main(['show', '1'], io)).toBe(0);
      expect(io.out()).toBe(
        [
          '"a\\nb" (lexeme 1; stem ab; gloss word)',
          'cell     odd',
          'N;SG     "ab\\tx"',
          '"N\\nPL"  "ab\\ny"',
          'N;Q      "\\"ab"',
          'N;NEL    "ab\\u0085z"',
          '',
        ].join('\n'),
      );
    });

    it('analyse: six tab-separated fields per reading, the odd texts quoted; --json keeps them as stored', async () => {
      const io = capture(db);
      expect(await main(['analyse', 'ab\tx', 'ab\ny', 'a\tb'], io)).toBe(1);
      expect(io.out()).toBe(
        ['"ab\\tx"\t1\t"a\\nb"\tN;SG\todd\t"word<a\\tb>"', '"ab\\ny"\t1\t"a\\nb"\t"N\\nPL"\todd\tword', '"a\\tb"\t*', ''].join('\n'),
      );
      const json = capture(db);
      expect(await main(['analyse', 'ab\tx', '--json'], json)).toBe(0);
      expect(JSON.parse(json.out())).toEqual([
        { word: 'ab\tx', analyses: [{ form: 'ab\tx', lexemeId: 1, lemma: 'a\nb', cell: 'N;SG', pattern: 'odd', analysis: 'word<a\tb>' }] },
      ]);
    });

    it('generate: one line per form, the odd ones quoted', async () => {
      const io = capture(db);
      expect(await main(['generate', '1', 'N\nPL'], io)).toBe(0);
      expect(io.out()).toBe('"ab\\ny"\n');
      const plain = capture(db);
      expect(await main(['generate', '1', 'N;Q'], plain)).toBe(0);
      expect(plain.out()).toBe('"\\"ab"\n');
    });
  });
}
