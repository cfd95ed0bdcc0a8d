import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandApertium } from '@paradigm/lexicons';
import { type Database, readPatterns, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Lexeme } from '@paradigm/core';
import { main, RECOMPUTE_COMMAND } from '../src';
import { capture } from './support/capture';

const file = join(__dirname, 'fixtures', 'small.dix');

for (const dialect of TEST_DIALECTS) {
  describe(`lexicon import apertium FILE.dix (${dialect})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('stores patterns and lexemes that regenerate the dictionary, empties forms and prints the recompute command', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', file], io)).toBe(0);
      expect(io.err()).toBe(
        `lexicon: imported ${file} (apertium) into ${db.description}: 5 patterns, 3 lexemes, 4 lexeme-pattern links.\n` +
          `The forms table is empty now. Generate the forms (with the same DATABASE_URL or PARADIGM_DATA_DIR, if you set one):\n  ${RECOMPUTE_COMMAND}\n`,
      );
      const patterns = await readPatterns(db);
      expect(patterns.map((p) => p.name)).toEqual(['case', 'house__n', 'house__n:LR', 'house__n:both:LR', 'entry:adv']);
      const lexemes: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 100 })) lexemes.push(...batch);
      expect(lexemes.map((l) => [l.lemma, l.stem, l.gloss, l.patterns])).toEqual([
        ['house', 'house', 'house', [2]],
        ['ox', 'ox', 'ox', [3, 4]],
        ['soon', 'soon', 'soon', [5]],
      ]);
      const stored = [...expandApertium({ format: 'apertium', source: 'db', patterns, lexemes })];
      expect(stored.join('\n')).toBe((await expandFile()).trimEnd());
      const { rows } = await db.acquire().then(async (conn) => {
        try {
          return await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms');
        } finally {
          conn.release();
        }
      });
      expect(rows[0].n).toBe(0);
    });

    it('leaves the stored lexicon alone when the file has errors', async () => {
      const io = capture(db);
      expect(await main(['import', 'apertium', join(__dirname, 'fixtures', 'undefined-pardef.dix')], io)).toBe(1);
      expect((await readPatterns(db)).length).toBe(5);
    });
  });
}

async function expandFile(): Promise<string> {
  const io = capture();
  await main(['expand', 'apertium', file], io);
  return io.out();
}

describe('lexicon import apertium of a pardef whose name no database index holds', () => {
  it('exits 1 naming the file, the name and its length, before it opens the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-long-name-'));
    try {
      const name = `n${'x'.repeat(1000)}`;
      const dix = join(dir, 'long.dix');
      writeFileSync(dix, `<dictionary><pardefs><pardef n="${name}"><e><p><l>a</l><r>a</r></p></e></pardef></pardefs><section id="main" type="standard"><e lm="b"><i>b</i><par n="${name}"/></e></section></dictionary>\n`);
      // No database is given: opening one would fail the test.
      const io = capture();
      expect(await main(['import', 'apertium', dix], io)).toBe(1);
      expect(io.err()).toBe(
        `${dix}: the pattern "n${'x'.repeat(59)}... (941 more characters)", named after a pardef of the file, is 1001 bytes long in UTF-8, ` +
          'longer than the 1000 a pattern name may have in the database; shorten that name in the file\nlexicon: stopped; nothing was imported.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
