import { compileGrammar, DEFAULT_MAX_FORMS_PER_LEXEME, generateLexeme, type Lexeme } from '@paradigm/core';
import { BEFORE_FIRST_LEXEME_ID, unnestWriter } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { computeBatches } from '../src/compute/compute-batch';
import { buildWorkerGrammar } from '../src/compute/worker-grammar';
import { useLexiconDatabase, expectedForms, formsInTable, lexemes, PATTERNS, query } from '../src/testing';
import { drain, recomputeAll } from './support/run-in-process';

const ENTRIES = lexemes(40);
const { grammar } = compileGrammar(PATTERNS);
/** How many forms each lexeme generates, counted with paradigm-core directly. */
const formsOf = new Map(ENTRIES.map((l) => [l.id, generateLexeme(grammar, l).reduce((n, o) => n + (o.kind === 'forms' ? o.forms.length : 0), 0)]));

/** The batches, their rows in columns (the `unnest` writer's rows) to count and compare. */
async function collect(source: Parameters<typeof computeBatches>[1], maxForms: number) {
  const out = [];
  for await (const batch of computeBatches(buildWorkerGrammar(PATTERNS, DEFAULT_MAX_FORMS_PER_LEXEME), source, maxForms, unnestWriter().newRows)) out.push(batch);
  return out;
}

/** The batches a forms budget should give: close a batch after the lexeme that reaches `maxForms`. */
function expectedSplit(ids: readonly number[], maxForms: number, present: (id: number) => boolean = () => true): number[][] {
  const groups: number[][] = [[]];
  let forms = 0;
  ids.forEach((id, i) => {
    groups.at(-1)!.push(id);
    forms += present(id) ? formsOf.get(id)! : 0;
    if (forms >= maxForms && i < ids.length - 1) {
      groups.push([]);
      forms = 0;
    }
  });
  return groups;
}

describe('batches bounded by forms', () => {
  const page: Lexeme[] = ENTRIES.slice(0, 20);
  const range = { after: BEFORE_FIRST_LEXEME_ID, last: 20 };

  it('splits a page into consecutive id ranges of about maxForms forms that cover it exactly', async () => {
    const batches = await collect({ kind: 'range', lexemes: page, range }, 10);
    const groups = expectedSplit(page.map((l) => l.id), 10);
    expect(groups.length).toBeGreaterThan(2);
    expect(batches.map((b) => b.replaceIds)).toEqual(groups);
    expect(batches.map((b) => b.forms.lexemeIds.length)).toEqual(groups.map((g) => g.reduce((n, id) => n + formsOf.get(id)!, 0)));
    // Contiguous ranges from the page's start to its end.
    expect(batches.map((b) => b.range)).toEqual(groups.map((g, i) => ({ after: i === 0 ? BEFORE_FIRST_LEXEME_ID : groups[i - 1]!.at(-1)!, last: i === groups.length - 1 ? 20 : g.at(-1)! })));
    // Every batch but the last reached the budget; none went past it by more than its last lexeme.
    for (const [i, b] of batches.entries()) {
      if (i < batches.length - 1) expect(b.forms.lexemeIds.length).toBeGreaterThanOrEqual(10);
      expect(b.forms.lexemeIds.length - formsOf.get(b.replaceIds.at(-1)!)!).toBeLessThan(10);
    }
  });

  it('gives the same rows, in the same order, as one unbounded batch', async () => {
    const whole = await collect({ kind: 'range', lexemes: page, range }, Number.MAX_SAFE_INTEGER);
    const parts = await collect({ kind: 'range', lexemes: page, range }, 7);
    expect(whole).toHaveLength(1);
    expect(parts.flatMap((b) => b.forms.surfaces)).toEqual(whole[0]!.forms.surfaces);
    expect(parts.flatMap((b) => b.forms.cells)).toEqual(whole[0]!.forms.cells);
    expect(parts.flatMap((b) => b.forms.lexemeIds)).toEqual(whole[0]!.forms.lexemeIds);
  });

  it('puts a lexeme bigger than the budget in a batch of its own, never splitting it', async () => {
    const batches = await collect({ kind: 'range', lexemes: page.slice(0, 3), range: { after: 0, last: 3 } }, 1);
    expect(batches.map((b) => b.replaceIds)).toEqual([[1], [2], [3]]);
  });

  it('splits a claim in ascending id order, ids without a lexeme replaced by nothing in their place', async () => {
    const present = ENTRIES.filter((l) => [2, 5, 6, 9].includes(l.id));
    const batches = await collect({ kind: 'ids', lexemes: present, requestedIds: [9, 5, 100, 2, 6, 3] }, 4);
    const groups = expectedSplit([2, 3, 5, 6, 9, 100], 4, (id) => present.some((l) => l.id === id));
    expect(batches.map((b) => b.replaceIds)).toEqual(groups);
    expect(batches.every((b) => b.range === undefined)).toBe(true);
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`a small forms budget on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES);

    it('full recompute writes more, smaller batches and leaves exactly what paradigm-core generates', async () => {
      await query(database(), "INSERT INTO forms VALUES (3, 3, 'STALE', 'old')");
      const report = await recomputeAll(database(), { batchSize: 10, batchForms: 12 });
      expect(await formsInTable(database())).toEqual(expectedForms(grammar, ENTRIES));
      const pages = ENTRIES.length / 10;
      const split = [0, 1, 2, 3].reduce((n, p) => n + expectedSplit(ENTRIES.slice(p * 10, p * 10 + 10).map((l) => l.id), 12).length, 0);
      expect(split).toBeGreaterThan(pages);
      // The rebuild writes a new table: no id range to close above the last lexeme, so no extra batch.
      expect(report).toMatchObject({ lexemes: ENTRIES.length, batches: split, batchForms: 12, failed: 0 });
      expect([report.timings.compute.batches, report.timings.persist.batches]).toEqual([split, split]);
    });

    it('run writes a claim in parts in its one transaction and leaves the same table', async () => {
      // Only these changes are queued (loading the lexicon queued everything).
      await query(database(), 'DELETE FROM recompute_queue');
      await query(database(), 'DELETE FROM recompute_pattern_queue');
      await query(database(), "INSERT INTO forms VALUES (4, 3, 'STALE', 'old')");
      await query(database(), 'INSERT INTO recompute_queue (lexeme_id) SELECT id FROM lexemes WHERE id <= 30');
      const { report, processed } = await drain(database(), { batchSize: 15, batchForms: 5, concurrency: 1 });
      expect(processed).toEqual(ENTRIES.slice(0, 30).map((l) => l.id));
      expect(report).toMatchObject({ lexemes: 30, batches: 2, failed: 0 });
      expect(report.timings.persist.batches).toBeGreaterThan(2); // the parts, each written on its own
      expect(await formsInTable(database())).toEqual(expectedForms(grammar, ENTRIES));
    });
  });
}
