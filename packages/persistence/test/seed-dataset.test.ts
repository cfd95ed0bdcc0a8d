import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGrammar, generateLexeme } from '@paradigm/core';
import { datasetDir, generateLexemes, patternCatalog, writeDataset } from '@paradigm/persistence';

const digest = (dir: string) =>
  ['patterns.ndjson', 'lexemes.ndjson', 'manifest.json'].map((f) => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'));

describe('the synthetic dataset is deterministic, realistic in shape, and compiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'paradigm-dataset-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the same parameters give byte-identical files; another seed gives different ones', async () => {
    const params = { lexemes: 3000, patternsPerLexeme: 5, seed: 7 };
    const manifest = await writeDataset(params, join(root, 'a'));
    await writeDataset(params, join(root, 'b'));
    await writeDataset({ ...params, seed: 8 }, join(root, 'c'));
    expect(digest(join(root, 'a'))).toEqual(digest(join(root, 'b')));
    expect(digest(join(root, 'c'))[1]).not.toEqual(digest(join(root, 'a'))[1]);
    expect(manifest).toEqual({ generatorVersion: 1, params, patterns: 46, lexemes: 3000, links: 15000 });
    expect(datasetDir(params, '/w')).toBe('/w/.data/datasets/l3000-p5-s7');
  });

  it('every seeded pattern compiles, and every kind of pattern yields forms for some lexeme', () => {
    const catalog = patternCatalog(1);
    const { grammar, errors } = compileGrammar(catalog.map((c) => c.pattern));
    expect(errors).toEqual([]);
    expect(new Set(catalog.map((c) => c.kind))).toEqual(new Set(['template', 'suffix', 'prefix', 'ablaut', 'reduplication', 'declension', 'case', 'cross', 'rare']));
    const kindOf = new Map(catalog.map((c) => [c.pattern.id, c.kind]));
    const outcomes = new Map<string, Set<string>>();
    for (const lexeme of generateLexemes({ lexemes: 2000, patternsPerLexeme: 5, seed: 1 }, catalog)) {
      expect(lexeme.root!.length).toBeGreaterThanOrEqual(2);
      expect(lexeme.root!.length).toBeLessThanOrEqual(4);
      expect(new Set(lexeme.patterns).size).toBe(5);
      for (const outcome of generateLexeme(grammar, lexeme)) {
        const kind = kindOf.get(outcome.patternId)!;
        outcomes.set(kind, (outcomes.get(kind) ?? new Set()).add(outcome.kind));
      }
    }
    // No data errors; every assignable kind produces forms; some patterns do not apply (no-match).
    for (const [kind, seen] of outcomes) {
      expect([kind, seen.has('error')]).toEqual([kind, false]);
      if (kind !== 'rare') expect([kind, seen.has('forms')]).toEqual([kind, true]);
    }
    expect(outcomes.get('rare')).toEqual(new Set(['no-match', 'forms']));
  });
});
