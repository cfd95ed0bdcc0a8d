import { join } from 'node:path';
import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { EXAMPLES_FAILURE, queued, recomputeAll, withoutTimings } from './support/recompute';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

/** Every row of `forms`, as text, in one order. */
async function forms(db: Database): Promise<string[]> {
  return withConnection(db, async (conn) => (await conn.query<{ row: string }>('SELECT f::text AS row FROM forms f ORDER BY 1')).rows.map((r) => r.row));
}

/** Edits the lemma of every lexeme of docs/examples (each edit queues its lexeme: all 15 of them). */
async function editEveryLexeme(db: Database, suffix: string): Promise<void> {
  await withConnection(db, (conn) => conn.query('UPDATE lexemes SET lemma = lemma || $1', [suffix]));
}

async function run(db: Database, flags: readonly string[]): Promise<{ code: number; stderr: string }> {
  const io = capture(db);
  const code = await main(['run', ...flags, '--progress', 'none'], io);
  return { code, stderr: withoutTimings(io.err()) };
}

const REBUILT =
  "The queue held most of the lexicon: every lexeme's forms were rebuilt into a new table, swapped in, then what was edited meanwhile was computed " +
  '(`paradigm run --no-rebuild` keeps to batches).\n';

/** {@link EXAMPLES_FAILURE} once the failing lexeme's lemma is `lemma`. */
const failure = (lemma: string) => EXAMPLES_FAILURE.replace('"samr"', `"${lemma}"`);

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm run --rebuild-from N`, () => {
    const concurrency = dialect === 'pglite' ? 1 : 2;
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      expect(await main(['load', ...FILES, '--progress', 'none'], capture(db))).toBe(0);
      await recomputeAll(db);
    });
    afterAll(() => db.close());

    it('rebuilds a queue of at least N lexemes and 30% of the lexicon, says so, and leaves the forms recompute --all writes', async () => {
      await editEveryLexeme(db, 'x');
      const { code, stderr } = await run(db, ['--rebuild-from', '15']);
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr: `paradigm: run: 14 lexemes, 56 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 1000, concurrency ${concurrency}; ${db.description}\n` +
          REBUILT +
          failure('samrx'),
      });
      expect(await queued(db)).toEqual({ lexemes: [], patterns: [] });
      const rebuilt = await forms(db);
      await recomputeAll(db);
      expect(await forms(db)).toEqual(rebuilt);
    });

    it('drains batch by batch a queue of fewer than N lexemes, or any queue with --no-rebuild', async () => {
      let lemma = 'samrx';
      for (const flags of [['--rebuild-from', '16'], ['--no-rebuild']]) {
        await editEveryLexeme(db, 'y');
        lemma += 'y';
        const { code, stderr } = await run(db, flags);
        expect({ flags, code, stderr }).toEqual({
          flags,
          code: 1,
          stderr: `paradigm: run: 14 lexemes, 56 forms in T s (R forms/s), B batches, peak RSS M MB; writer copy, batch size 1000, concurrency ${concurrency}; ${db.description}\n` + failure(lemma),
        });
      }
    });
  });
}
