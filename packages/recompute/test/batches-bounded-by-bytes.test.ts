import { compileGrammar, DEFAULT_MAX_FORMS_PER_LEXEME, type Lexeme, type PatternSource } from '@paradigm/core';
import { BEFORE_FIRST_LEXEME_ID, type FormRows, unnestWriter } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { BATCH_BYTES, type BatchSource, computeBatches, computeWhole } from '../src/compute/compute-batch';
import { buildWorkerGrammar } from '../src/compute/worker-grammar';
import { pooledCopyRows } from '../src/pipeline/copy-batches';
import { expectedForms, formsInTable, query, useLexiconDatabase } from '../src/testing';
import { drain, recomputeAll } from './support/run-in-process';

/** 50 rules, each adding a gloss of 2,000 characters: about 100 KB of COPY text a lexeme, in 50 rows. */
const WIDE: PatternSource = {
  id: 1,
  name: 'wide',
  source: ['pattern wide', ...Array.from({ length: 50 }, (_, k) => `rule suffix +x${k} gloss +"${'<tag>'.repeat(400)}" => C${k}`)].join('\n'),
};
const ENTRIES: Lexeme[] = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, lemma: `w${i + 1}`, patterns: [1] }));
const GRAMMAR = buildWorkerGrammar([WIDE], DEFAULT_MAX_FORMS_PER_LEXEME);
/** Far more forms than the 100 lexemes make (5,000): only bytes close these batches. */
const BATCH_FORMS = 50_000;
const PAGE: BatchSource = { kind: 'range', lexemes: ENTRIES, range: { after: BEFORE_FIRST_LEXEME_ID, last: 100 } };

/** The rebuild's COPY rows (never recycled here, so no two share a buffer). */
const copyRows = pooledCopyRows();

async function batchesOf<R extends FormRows>(newRows: () => R) {
  const out = [];
  for await (const batch of computeBatches(GRAMMAR, PAGE, BATCH_FORMS, newRows)) out.push(batch);
  return out;
}

/** The bytes `newRows` counts for each lexeme's rows alone. */
async function bytesOfEach(newRows: () => FormRows): Promise<Map<number, number>> {
  const bytes = new Map<number, number>();
  for (const lexeme of ENTRIES) {
    const alone = await computeWhole(GRAMMAR, { kind: 'ids', lexemes: [lexeme], requestedIds: [lexeme.id] }, newRows);
    bytes.set(lexeme.id, alone.forms.bytes);
  }
  return bytes;
}

/** The ids of each batch a bytes budget should give: a batch closes after the lexeme that takes it to BATCH_BYTES. */
function expectedSplit(bytesOf: ReadonlyMap<number, number>): number[][] {
  const groups: number[][] = [[]];
  let bytes = 0;
  ENTRIES.forEach((lexeme, i) => {
    groups.at(-1)!.push(lexeme.id);
    bytes += bytesOf.get(lexeme.id)!;
    if (bytes >= BATCH_BYTES && i < ENTRIES.length - 1) {
      groups.push([]);
      bytes = 0;
    }
  });
  return groups;
}

const textOf = (rows: ReturnType<typeof copyRows>) => Buffer.concat(rows.chunks());

describe('batches bounded by bytes', () => {
  it('closes a batch of COPY rows after the lexeme that takes its text to BATCH_BYTES, far below the forms budget', async () => {
    const bytesOf = await bytesOfEach(copyRows);
    const groups = expectedSplit(bytesOf);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const batches = await batchesOf(copyRows);
    expect(batches.map((batch) => batch.replaceIds)).toEqual(groups);
    expect(batches.map((batch) => batch.forms.count)).toEqual(groups.map((group) => 50 * group.length));
    for (const [i, batch] of batches.entries()) {
      const bytes = textOf(batch.forms).length;
      expect(bytes).toBe(batch.replaceIds.reduce((sum, id) => sum + bytesOf.get(id)!, 0));
      if (i < batches.length - 1) expect(bytes).toBeGreaterThanOrEqual(BATCH_BYTES);
      expect(bytes - bytesOf.get(batch.replaceIds.at(-1)!)!).toBeLessThan(BATCH_BYTES);
    }
  });

  it('bounds rows in columns by their estimated bytes too', async () => {
    const groups = expectedSplit(await bytesOfEach(() => unnestWriter().newRows()));
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect((await batchesOf(() => unnestWriter().newRows())).map((batch) => batch.replaceIds)).toEqual(groups);
  });

  it('computes a whole source as one batch, past BATCH_BYTES, with the rows of the bounded batches in order', async () => {
    const whole = await computeWhole(GRAMMAR, PAGE, copyRows);
    const parts = await batchesOf(copyRows);
    expect(parts.length).toBeGreaterThan(1);
    expect(whole.replaceIds).toEqual(ENTRIES.map((lexeme) => lexeme.id));
    expect(whole.forms.count).toBe(5000);
    expect(textOf(whole.forms).equals(Buffer.concat(parts.map((part) => textOf(part.forms))))).toBe(true);
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`rows of long analyses on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, ENTRIES, [WIDE]);
    const { grammar } = compileGrammar([WIDE]);
    let groups: number[][];
    beforeAll(async () => {
      groups = expectedSplit(await bytesOfEach(copyRows));
    });

    it('a full rebuild writes them in batches bounded by bytes and leaves exactly what paradigm-core generates', async () => {
      const report = await recomputeAll(database(), { batchSize: 1000, batchForms: BATCH_FORMS });
      expect(report).toMatchObject({ lexemes: 100, forms: 5000, batches: groups.length, failed: 0 });
      expect(await formsInTable(database())).toEqual(expectedForms(grammar, ENTRIES));
      // Every row has its whole analysis: the lemma, then the gloss of 2,000 characters.
      expect(await query(database(), "SELECT count(*)::int AS n FROM forms WHERE analysis = 'w' || lexeme_id || repeat('<tag>', 400)")).toEqual([{ n: 5000 }]);
    });

    it('run writes a claim of them in parts bounded by bytes, in its one transaction', async () => {
      await query(database(), 'DELETE FROM recompute_queue');
      await query(database(), 'DELETE FROM recompute_pattern_queue');
      await query(database(), "INSERT INTO forms VALUES (4, 1, 'STALE', 'old')");
      await query(database(), 'INSERT INTO recompute_queue (lexeme_id) SELECT id FROM lexemes');
      const { report, processed } = await drain(database(), { batchSize: 1000, batchForms: BATCH_FORMS, concurrency: 1 });
      expect(processed).toEqual(ENTRIES.map((lexeme) => lexeme.id));
      expect(report).toMatchObject({ lexemes: 100, forms: 5000, batches: 1, failed: 0 });
      expect(report.timings.persist.batches).toBe(groups.length);
      expect(await formsInTable(database())).toEqual(expectedForms(grammar, ENTRIES));
    });
  });
}
