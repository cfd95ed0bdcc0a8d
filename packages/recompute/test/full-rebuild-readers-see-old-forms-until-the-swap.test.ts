import { compileGrammar } from '@paradigm/core';
import type { BatchPoint } from '../src';
import { recomputeAll } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, PATTERNS, query, useLexiconDatabase } from '../src/testing';

const ENTRIES = lexemes(30);

// A reader on its own connection (PostgreSQL; PGlite has one connection, held by the rebuild).
describe('a reader during `recompute --all` (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);

  it('sees the old, complete set of forms at every step until the swap commits, then exactly the new set', async () => {
    await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
    const old = await formsInTable(database());
    const seen: Array<[BatchPoint, boolean]> = [];
    const report = await recomputeAll(database(), { hooks: {
      async at(point) {
        if (point === 'rebuild-swapped') return; // forms is locked until the commit
        seen.push([point, JSON.stringify(await formsInTable(database())) === JSON.stringify(old)]);
      },
    } });
    expect(report).toMatchObject({ lexemes: 30, failed: 0, interrupted: false });
    // The new table created, ten pages of three lexemes, then the two steps before the swap, then the commit.
    expect(seen).toEqual([
      ['rebuild-created', true],
      ...Array.from({ length: 10 }, (): [BatchPoint, boolean] => ['after-write', true]),
      ['rebuild-copied', true],
      ['rebuild-indexed', true],
      ['after-commit', false],
    ]);
    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
  });
});
