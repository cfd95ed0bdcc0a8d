import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lexeme } from '@paradigm/core';
import { countLexemes, type Database, generateLexemes, patternCatalog, readPatterns, seedDatabase, streamLexemes, writeDataset } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

const PARAMS = { lexemes: 1200, patternsPerLexeme: 4, seed: 3 };

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: seeding loads the dataset files exactly`, () => {
    const root = mkdtempSync(join(tmpdir(), 'paradigm-seed-'));
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await writeDataset(PARAMS, join(root, 'd'));
    });
    afterAll(async () => {
      await db.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('the database holds the generated patterns and lexemes, in order, with their patterns', async () => {
      const counts = await seedDatabase(db, join(root, 'd'));
      const catalog = patternCatalog(PARAMS.seed);
      expect(counts).toEqual({ patterns: catalog.length, lexemes: 1200, links: 4800 });
      expect(await readPatterns(db)).toEqual(catalog.map((c) => c.pattern));
      expect(await countLexemes(db)).toBe(1200);
      const loaded: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 500 })) loaded.push(...batch);
      expect(loaded).toEqual([...generateLexemes(PARAMS, catalog)]);
    });
  });
}
