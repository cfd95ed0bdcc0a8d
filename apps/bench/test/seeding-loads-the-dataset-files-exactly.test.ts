import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lexeme } from '@paradigm/core';
import { syntheticLexicon } from '@paradigm/lexicons';
import { countLexemes, type Database, readPatterns, streamLexemes } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { datasetDir, writeDataset } from '../src/seed/dataset-files';
import { seedDatabase } from '../src/seed/seed-database';

const PARAMS = { lexemes: 1200, patternsPerLexeme: 4, seed: 3 };

const digest = (dir: string) =>
  ['patterns.ndjson', 'lexemes.ndjson', 'manifest.json'].map((f) => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'));

describe('the dataset files are deterministic', () => {
  const root = mkdtempSync(join(tmpdir(), 'paradigm-dataset-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the same parameters give byte-identical files; another seed gives different ones', async () => {
    const params = { lexemes: 3000, patternsPerLexeme: 5, seed: 7 };
    const manifest = await writeDataset(params, join(root, 'a'));
    await writeDataset(params, join(root, 'b'));
    await writeDataset({ ...params, seed: 8 }, join(root, 'c'));
    expect(digest(join(root, 'a'))).toEqual(digest(join(root, 'b')));
    expect(digest(join(root, 'c'))[1]).not.toEqual(digest(join(root, 'a'))[1]);
    expect(manifest).toEqual({ generatorVersion: 2, params, patterns: 46, lexemes: 3000, links: 15000 });
    expect(datasetDir(params, '/w')).toBe('/w/.data/datasets/l3000-p5-s7');
  });
});

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
      const lexicon = syntheticLexicon(PARAMS);
      expect(counts).toEqual({ patterns: lexicon.patterns.length, lexemes: 1200, links: 4800, hadLexemes: false });
      expect(await readPatterns(db)).toEqual(lexicon.patterns);
      expect(await countLexemes(db)).toBe(1200);
      const loaded: Lexeme[] = [];
      for await (const batch of streamLexemes(db, { batchSize: 500 })) loaded.push(...batch);
      expect(loaded).toEqual([...lexicon.lexemes]);
    });
  });
}
