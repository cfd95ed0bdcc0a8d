import { type Database, getWriter, readPatterns, replaceFormsInTransaction, replaceLexicon, streamLexemes, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { compiledHash } from '../src/lexicon/compiled-hash';
import { readForms, rowsOf } from './support/forms';
import { lexemes, PATTERNS } from './support/lexicon';

async function* generated(n: number) {
  yield* lexemes(n);
}

async function all(db: Database) {
  const out = [];
  for await (const batch of streamLexemes(db, { batchSize: 1000 })) out.push(...batch);
  return out;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: replaceLexicon swaps the whole lexicon in one transaction`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it('loads patterns (with compiled hashes) and streamed lexemes, in chunks, reporting progress', async () => {
      const progress: number[] = [];
      const counts = await replaceLexicon(db, { patterns: PATTERNS, lexemes: generated(2500) }, { chunkLexemes: 1000, onProgress: (n) => progress.push(n) });
      expect(counts).toEqual({ patterns: 3, lexemes: 2500, links: lexemes(2500).reduce((n, l) => n + l.patterns.length, 0), hadLexemes: false });
      expect(progress).toEqual([1000, 2000, 2500]);
      expect(await all(db)).toEqual(lexemes(2500));
      const hashes = (await withConnection(db, (conn) => conn.query('SELECT id, compiled_hash FROM patterns ORDER BY id'))).rows;
      expect(hashes).toEqual(PATTERNS.map((p) => ({ id: p.id, compiled_hash: compiledHash(p) })));
    });

    it('replaces what was there, forms included, and lets plain INSERTs pick the next id', async () => {
      await replaceFormsInTransaction(db, [1], rowsOf(getWriter('copy'), [[1, 1, 'N;SG', 'x']]));
      await replaceLexicon(db, { patterns: PATTERNS.slice(0, 1), lexemes: [{ id: 7, lemma: 'only', patterns: [1] }] });
      expect(await readPatterns(db)).toEqual(PATTERNS.slice(0, 1));
      expect(await all(db)).toEqual([{ id: 7, lemma: 'only', patterns: [1] }]);
      expect(await readForms(db)).toEqual([]);
      const inserted = (await withConnection(db, (conn) => conn.query("INSERT INTO lexemes (lemma) VALUES ('next') RETURNING id"))).rows;
      expect(inserted).toEqual([{ id: 8 }]);
    });

    it.each([false, true])('forgets the old lexicon\'s failures and queued lexemes (triggers off: %s)', async (skipTriggers) => {
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(5) });
      await withConnection(db, async (conn) => {
        await conn.query("INSERT INTO recompute_failures (lexeme_id, reason) VALUES (2, 'old'), (99, 'gone')");
        await conn.query('INSERT INTO recompute_queue (lexeme_id) VALUES (1), (4), (99) ON CONFLICT DO NOTHING');
      });
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: lexemes(2) }, { skipTriggers });
      const left = await withConnection(db, async (conn) => ({
        failures: (await conn.query('SELECT lexeme_id FROM recompute_failures')).rows,
        queued: (await conn.query('SELECT lexeme_id FROM recompute_queue ORDER BY 1')).rows,
      }));
      // The new lexemes are queued (by the triggers, or all at once without them), nothing of the old one.
      expect(left).toEqual({ failures: [], queued: [{ lexeme_id: 1 }, { lexeme_id: 2 }] });
    });

    it('a lexeme naming an unknown pattern rolls everything back, naming the lexeme and the pattern', async () => {
      const before = await all(db);
      await expect(
        replaceLexicon(db, { patterns: PATTERNS, lexemes: [{ id: 1, lemma: 'a', patterns: [1] }, { id: 2, lemma: 'bad', patterns: [2, 99] }] }),
      ).rejects.toThrow('Lexeme 2 ("bad") takes pattern id 99, which is not among the lexicon\'s patterns; add the pattern or fix the lexeme.');
      expect(await all(db)).toEqual(before);
      expect(await withConnection(db, async (c) => (await c.query('SELECT 1 AS ok')).rows)).toEqual([{ ok: 1 }]);
    });
  });
}
