import { join } from 'node:path';
import { GENERATION } from '@paradigm/core';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { recomputeAll } from './support/recompute';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));
/** Why the recompute failed docs/examples' lexeme 4 (its root has two radicals), as recorded in recompute_failures. */
const REASON =
  'lexeme 4 "samr", pattern "tesh-noun" (id 3): template "C-a-C-C-u" of pattern "tesh-noun" has 3 slots but the root "s-m" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm analyse, generate and status answer from the stored forms`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['load', ...FILES], capture(db))).toBe(0);
      await recomputeAll(db);
    });
    afterAll(() => db.close());

    it('analyse prints every reading of each word, tab-separated, and "*" for none (exit 1)', async () => {
      const io = capture(db);
      expect(await main(['analyse', 'kitāb', 'Walks', 'tries'], io)).toBe(1);
      expect(io.out()).toBe(
        'kitāb\t1\tkatab\tV;PFV\ttesh-verb\twrite<v><pfv>\n' +
          'kitāb\t1\tkatab\tV;PFV;3;SG\ttesh-verb\twrite<v><pfv><3sg>\n' +
          'Walks\t*\n' +
          'tries\t11\ttry\tV;PRS;3;SG\ten-verb\ttry<vblex><pri><p3><sg>\n',
      );
    });

    it('analyse --ignore-case finds forms whatever their case; --json gives objects', async () => {
      const io = capture(db);
      expect(await main(['analyse', 'Walks', '--ignore-case', '--json'], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual([
        { word: 'Walks', analyses: [{ form: 'walks', lexemeId: 10, lemma: 'walk', cell: 'V;PRS;3;SG', pattern: 'en-verb', analysis: 'walk<vblex><pri><p3><sg>' }] },
      ]);
    });

    it('generate prints the forms of one cell; a cell with none, or a lexeme that does not exist, exits 1 and says so', async () => {
      const io = capture(db);
      expect(await main(['generate', 'flee', 'V;PST'], io)).toBe(0);
      expect(io.out()).toBe('fled\n');
      const none = capture(db);
      expect(await main(['generate', 'flee', 'N;PL'], none)).toBe(1);
      expect(none.err()).toBe('paradigm: no stored form of "flee" has the cell "N;PL"; `paradigm show flee` lists its cells\n');
      const nothing = capture(db);
      expect(await main(['generate', 'fleee', 'V;PST'], nothing)).toBe(1);
      expect(nothing.err()).toBe(`paradigm: no lexeme has the id or lemma "fleee" in ${db.description}\n`);
    });

    it('status prints the counts, the queue and the failures the recompute recorded, with their reasons', async () => {
      const io = capture(db);
      expect(await main(['status'], io)).toBe(0);
      expect(io.out()).toBe(
        [
          `database    ${db.description}`,
          'lexemes     15',
          'patterns    8',
          'forms       60',
          'queued      0 lexemes, 0 pattern changes',
          'rebuild     none',
          'failed      1',
          'form limit  100000 forms per lexeme',
          `generation  ${GENERATION}`,
          `  ${REASON}`,
          '',
        ].join('\n'),
      );
      const json = capture(db);
      expect(await main(['status', '--json'], json)).toBe(0);
      expect(JSON.parse(json.out())).toEqual({
        database: db.description, lexemes: 15, patterns: 8, forms: 60, queuedLexemes: 0, queuedPatterns: 0, failed: 1, formLimit: 100000,
        formsGeneration: GENERATION, failures: [{ lexemeId: 4, lemma: 'samr', reason: REASON }], rebuild: null,
      });
    });
  });
}
