import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { withoutTimings } from './support/recompute';

const DIX = join(__dirname, '../../lexicon/test/fixtures/small.dix');

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm recompute --all computes the forms an import leaves empty`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['import', 'apertium', DIX, '--no-recompute'], capture(db))).toBe(0);
    });
    afterAll(() => db.close());

    const formsOf = async (lemma: string) => {
      const io = capture(db);
      expect(await main(['generate', lemma, 'n;pl;gen'], io)).toBe(0);
      return io.out();
    };

    it('needs --all or --lexemes, and says so (exit 2)', async () => {
      const io = capture(db);
      expect(await main(['recompute'], io)).toBe(2);
      expect(io.err()).toBe('paradigm: recompute needs --all (every lexeme) or --lexemes ID,ID,... (exactly these); see --help\n');
    });

    it('--all writes every lexeme\'s forms and prints the summary', async () => {
      const io = capture(db);
      expect(await main(['recompute', '--all', '--progress', 'none'], io)).toBe(0);
      expect(withoutTimings(io.err())).toBe(
        `paradigm: recompute: 3 lexemes, 11 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 1000, concurrency 1; ${db.description}\n`,
      );
      expect(await formsOf('house')).toBe("houses's\n");
      const status = capture(db);
      expect(await main(['status', '--json'], status)).toBe(0);
      expect(JSON.parse(status.out())).toMatchObject({ lexemes: 3, forms: 11, queuedLexemes: 0, failed: 0 });
    });

    it('--lexemes recomputes exactly those lexemes', async () => {
      const io = capture(db);
      expect(await main(['recompute', '--lexemes', '2,1,2', '--progress', 'none'], io)).toBe(0);
      expect(withoutTimings(io.err())).toMatch(/^paradigm: recompute: 2 lexemes, 10 forms in T s /);
    });

    it('names a bad --lexemes value (exit 2)', async () => {
      const io = capture(db);
      expect(await main(['recompute', '--lexemes', '1,x'], io)).toBe(2);
      expect(io.err()).toBe(`paradigm: option '--lexemes <ids>' argument '1,x' is invalid. expects comma-separated lexeme ids from 1 to 2147483647 like 1,2,3; got "x".\n(add --help for usage)\n`);
    });
  });
}
