import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, readPatterns, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { nestedDix } from './support/small-dictionary';

const DIX = join(__dirname, '../../lexicon/test/fixtures/small.dix');

/**
 * Suffix class A of 400 rules, each going on to class B of 300: a word of class A derives 120,400 forms,
 * more than the limit for one lexeme. `words` such words, after one plain word.
 */
function multiplyingHunspell(dir: string, words: number): { aff: string; dic: string } {
  const aff = join(dir, 'm.aff');
  const dic = join(dir, 'm.dic');
  const a = Array.from({ length: 400 }, (_, i) => `SFX A 0 a${i}/B .`);
  const b = Array.from({ length: 300 }, (_, i) => `SFX B 0 b${i} .`);
  writeFileSync(aff, ['SET UTF-8', 'SFX A Y 400', ...a, 'SFX B Y 300', ...b, ''].join('\n'));
  // The blank line (read past) puts entry n on line n + 2: a failure names the line, not the entry's number.
  writeFileSync(dic, [String(words + 1), 'plain', '', ...Array.from({ length: words }, (_, i) => `w${i}/A`), ''].join('\n'));
  return { aff, dic };
}

// A lexeme past the limit of forms is a failure of the import like any other: the one transaction rolls
// back and the old lexicon and forms stay, where committing would leave lexemes without their forms.
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm import of a dictionary with lexemes that cannot be generated`, () => {
    let db: Database;
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-import-failing-'));
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['import', 'apertium', DIX, '--progress', 'none'], capture(db))).toBe(0);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    async function lexicon() {
      const lexemes = await withConnection(db, async (conn) => (await conn.query<{ id: number; lemma: string }>('SELECT id, lemma FROM lexemes ORDER BY id')).rows);
      const failures = await withConnection(db, async (conn) => (await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM recompute_failures')).rows[0]!.n);
      return { patterns: await readPatterns(db), lexemes, forms: await formsInTable(db), failures };
    }

    it('an Apertium entry past the limit: exit 1 naming it and where its <e> is, and the old lexicon and forms stay', async () => {
      const before = await lexicon();
      expect(before.forms).toHaveLength(11);
      const file = join(dir, 'nested.dix');
      writeFileSync(file, nestedDix(17));
      const io = capture(db);
      expect(await main(['import', 'apertium', file, '--replace', '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: ${file}:5:1: lexeme 2 "big", pattern "q0" (id 18): more than 100000 forms, the lexicon's form limit, so the generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), or raise the limit with \`paradigm form-limit N\` (or none), which sets lexicon_settings.max_forms_per_lexeme\n` +
          `the import rolled back, as lexemes of ${file} could not be generated (1 failed): the old lexicon and forms are as they were in ${db.description}.\n` +
          'Fix those entries; or load the lexicon without its forms, and the recompute records each failure, which `paradigm status` lists:\n' +
          `  paradigm import apertium ${file} --replace --no-recompute\n` +
          '  paradigm recompute --all\n',
      );
      expect(await lexicon()).toEqual(before);
    });

    it('Hunspell words past the limit: it stops after 20 failures, naming each .dic line, and the old lexicon and forms stay', async () => {
      const before = await lexicon();
      const { aff, dic } = multiplyingHunspell(dir, 30);
      const io = capture(db);
      expect(await main(['import', 'hunspell', aff, dic, '--replace', '--progress', 'none'], io)).toBe(1);
      const source = 'm.aff + m.dic';
      const lines = io.err().replace(/^paradigm: /, '').split('\n');
      // Failures are counted after each batch of forms, so the import stops after 20 or a few more.
      const failed = lines.filter((line) => line.startsWith('m.dic:')).length;
      expect(failed).toBeGreaterThanOrEqual(20);
      expect(failed).toBeLessThan(30);
      const limit =
        "more than 100000 forms, the lexicon's form limit, so the generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), " +
        'or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme';
      expect(lines).toEqual([
        ...Array.from({ length: failed }, (_, i) => `m.dic:${i + 4}: lexeme ${i + 2} "w${i}", pattern "sfx:A" (id 2): ${limit}`),
        `the import rolled back, as lexemes of ${source} could not be generated (it stopped after ${failed} failures): the old lexicon and forms are as they were in ${db.description}.`,
        'Fix those entries; or load the lexicon without its forms, and the recompute records each failure, which `paradigm status` lists:',
        `  paradigm import hunspell ${aff} ${dic} --replace --no-recompute`,
        '  paradigm recompute --all',
        '',
      ]);
      expect(await lexicon()).toEqual(before);
    });
  });
}
