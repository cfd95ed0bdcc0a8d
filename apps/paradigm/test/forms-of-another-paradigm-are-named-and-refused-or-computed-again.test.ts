// What a user sees when the stored forms are of another generation of paradigm-core than this one's:
// `status` says so and what to run; forms of a later one make the writing commands exit 3 with the fix,
// changing nothing; forms of none recorded are computed again by `run`.
import { join } from 'node:path';
import { GENERATION } from '@paradigm/core';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, recordFormsGenerationUnseen, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));
const LATER = GENERATION + 1;
const REFUSED =
  `the stored forms are computed by a later paradigm (forms generation ${LATER}); this one computes generation ${GENERATION}, whose forms may differ. ` +
  'Nothing was changed. Upgrade paradigm to a version at least as recent as the one that last computed them.';

const sql = (db: Database, text: string, values: unknown[] = []) => withConnection(db, (conn) => conn.query(text, values));
const formCount = async (db: Database) => ((await sql(db, 'SELECT count(*)::int AS n FROM forms')).rows[0] as { n: number }).n;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: forms of another paradigm`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['load', ...FILES], capture(db))).toBe(0);
    });
    afterAll(() => db.close());

    const status = async () => {
      const io = capture(db);
      expect(await main(['status'], io)).toBe(0);
      return io.out().split('\n').find((line) => line.startsWith('generation'));
    };

    it('none recorded before the first computation; `run` records this one, saying nothing of it', async () => {
      expect(await status()).toBe(`generation  none yet (no forms); this paradigm computes generation ${GENERATION}`);
      const io = capture(db);
      expect(await main(['run', '--progress', 'none'], io)).toBe(1); // docs/examples' lexeme 4 fails
      expect(io.err()).not.toContain('stored forms');
      expect(await status()).toBe(`generation  ${GENERATION}`);
    });

    it('forms of none recorded: status says what computes them again, and `run` does', async () => {
      await recordFormsGenerationUnseen(db, null);
      expect(await status()).toBe(`generation  unrecorded; this paradigm computes generation ${GENERATION}: \`run\` or \`recompute --all\` computes every form again`);
      const io = capture(db);
      expect(await main(['run', '--progress', 'none'], io)).toBe(1);
      expect(io.err()).toContain(
        `paradigm: the stored forms are from before paradigm recorded generations, and this paradigm computes generation ${GENERATION}, whose forms may differ: ` +
          "every pattern is queued, so every lexeme's forms are computed again\n",
      );
      expect(io.err()).toContain('paradigm: run: 14 lexemes, 60 forms'); // every lexeme but 4, which fails again
      // Recorded now: the next run says nothing of it.
      const again = capture(db);
      expect(await main(['run', '--progress', 'none'], again)).toBe(0); // nothing queued
      expect(again.err()).not.toContain('stored forms');
      expect(await status()).toBe(`generation  ${GENERATION}`);
    });

    it("a later one's: status names it; run, recompute and import exit 3 with the fix and change nothing", async () => {
      await sql(db, 'UPDATE lexicon_settings SET forms_generation = $1', [LATER]);
      expect(await status()).toBe(`generation  ${LATER}, of a later paradigm than this one (${GENERATION}): upgrade it before \`run\`, \`recompute\` or \`import\``);
      const forms = await formCount(db);
      for (const args of [['run'], ['recompute', '--all'], ['recompute', '--lexemes', '1']]) {
        const io = capture(db);
        expect(await main([...args, '--progress', 'none'], io)).toBe(3);
        expect(io.err()).toBe(`paradigm: the database ${db.description}: ${REFUSED}\n`);
      }
      const dic = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures/cross-product');
      const io = capture(db);
      expect(await main(['import', 'hunspell', `${dic}.aff`, `${dic}.dic`, '--replace', '--progress', 'none'], io)).toBe(3);
      expect(io.err()).toBe(`paradigm: the database ${db.description}: ${REFUSED}\n`);
      expect(await formCount(db)).toBe(forms);
    });
  });
}
