import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLexemes, type Database, readPatterns } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm load reports every problem with FILE:LINE:COLUMN and loads nothing`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-bad-'));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('lists the problems of the pattern file and of the lexemes file, then stops', async () => {
      const patterns = join(dir, 'nouns.patterns');
      const lexemes = join(dir, 'nouns.tsv');
      writeFileSync(patterns, 'pattern noun\nrule => N;SG\nrule suffix -a+ae => N;PL\nrul => N;DU\n');
      writeFileSync(lexemes, 'id\tlemma\tpatterns\n1\tpuella\tnoun\n2\trosa\tnoum\n');
      const io = capture(db);
      expect(await main(['load', patterns, lexemes], io)).toBe(1);
      expect(io.err()).toBe(
        `${patterns}:3:15: error: "-a+ae" can be read two ways: strip "a" and add "ae" (write -a +ae), or strip the text "a+ae" (write -"a+ae")\n` +
          `${patterns}:4:1: error: unknown line "rul"; did you mean "rule"?\n` +
          `${lexemes}:3:8: error: lexeme 2 "rosa" takes pattern "noum", which no file defines; did you mean "noun"?\n` +
          'paradigm: 3 errors, 0 warnings; nothing was loaded. `paradigm check` lists the same problems.\n',
      );
      expect(await countLexemes(db)).toBe(0);
      expect(await readPatterns(db)).toEqual([]);
    });

    it('names a missing file instead of a raw ENOENT', async () => {
      const io = capture(db);
      expect(await main(['load', join(dir, 'missing.patterns')], io)).toBe(1);
      expect(io.err()).toBe(`paradigm: ${join(dir, 'missing.patterns')}: no such file; check the path\n`);
    });
  });
}
