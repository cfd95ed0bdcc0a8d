import type { Lexeme } from '@paradigm/core';
import { BEFORE_FIRST_LEXEME_ID, type Database, replaceLexicon, streamLexicon } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { lexemes, PATTERNS } from './support/lexicon';

const LEXEMES = lexemes(1003);

async function collect(pages: AsyncIterable<Lexeme[]>): Promise<{ sizes: number[]; all: Lexeme[] }> {
  const sizes: number[] = [];
  const all: Lexeme[] = [];
  for await (const page of pages) {
    sizes.push(page.length);
    all.push(...page);
  }
  return { sizes, all };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: streamLexicon reads every lexeme through one cursor of the caller's transaction, page by page`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await replaceLexicon(db, { patterns: PATTERNS, lexemes: LEXEMES });
    });
    afterAll(() => db.close());

    it('every lexeme once, in id order, with its patterns in position order, in full pages then the rest', async () => {
      const read = await db.acquire();
      try {
        const { sizes, all } = await read.transaction((tx) => collect(streamLexicon(tx, 100)));
        expect(sizes).toEqual([...Array(10).fill(100), 3]);
        expect(all).toEqual(LEXEMES);
      } finally {
        read.release();
      }
    });

    it('a page size that divides the count ends without an empty page; the cursor is closed, so the same transaction can read again', async () => {
      const read = await db.acquire();
      try {
        const sizes = await read.transaction(async (tx) => [(await collect(streamLexicon(tx, 1003))).sizes, (await collect(streamLexicon(tx, 2000))).sizes]);
        expect(sizes).toEqual([[1003], [1003]]);
      } finally {
        read.release();
      }
    });

    it('a caller that stops early leaves the cursor closed', async () => {
      const read = await db.acquire();
      try {
        const ids = await read.transaction(async (tx) => {
          for await (const page of streamLexicon(tx, 10)) if (page[0]!.id === 1) break;
          return (await collect(streamLexicon(tx, 600))).all.map((lexeme) => lexeme.id);
        });
        expect(ids).toEqual(LEXEMES.map((lexeme) => lexeme.id));
      } finally {
        read.release();
      }
    });

    it('a range reads exactly the lexemes with after < id <= last', async () => {
      const read = await db.acquire();
      try {
        const { sizes, all } = await read.transaction((tx) => collect(streamLexicon(tx, 40, { after: 900, last: 1000 })));
        expect(sizes).toEqual([40, 40, 20]);
        expect(all).toEqual(LEXEMES.slice(900, 1000));
        const from = await read.transaction((tx) => collect(streamLexicon(tx, 2, { after: BEFORE_FIRST_LEXEME_ID, last: 3 })));
        expect(from.all).toEqual(LEXEMES.slice(0, 3));
      } finally {
        read.release();
      }
    });

    it('rejects a page size that is not a positive integer', async () => {
      const read = await db.acquire();
      try {
        await expect(read.transaction((tx) => collect(streamLexicon(tx, 0)))).rejects.toThrow('streamLexicon: batchSize must be a positive integer, got 0');
      } finally {
        read.release();
      }
    });
  });
}
