import { compileGrammar, generateRows, type Lexeme, type PatternSource } from '@paradigm/core';
import { type FormRows, unnestWriter } from '@paradigm/persistence';
import { computeBatches } from '../src/compute/compute-batch';
import { ROWS_ENCODED_UNCHECKED } from '../src/compute/rows-within-budget';
import { buildWorkerGrammar } from '../src/compute/worker-grammar';
import { lexemes, PATTERNS } from '../src/testing';

/** `levels` levels of 60 rules, each continuing into the next: 60^levels forms for a lexeme taking level0. */
function fanOut(levels: number): PatternSource[] {
  return Array.from({ length: levels }, (_, level) => {
    const next = level < levels - 1 ? ` > level${level + 1}` : '';
    const rules = Array.from({ length: 60 }, (_, k) => `rule suffix +${String.fromCharCode(97 + (k % 26))}${Math.floor(k / 26)} => R${k}${next}`);
    return { id: 20 + level, name: `level${level}`, source: [`pattern level${level}`, ...rules].join('\n') };
  });
}

type Row = [number, number, string, string, number, string | null];

/** The rows paradigm-core generates for `entries`, in order, lexeme by lexeme. */
function coreRows(patterns: readonly PatternSource[], entries: readonly Lexeme[]): Row[] {
  const { grammar } = compileGrammar(patterns, { maxFormsPerLexeme: Infinity });
  const rows: Row[] = [];
  for (const lexeme of entries) generateRows(grammar, lexeme, { add: (...row: Row) => rows.push(row) });
  return rows;
}

/** The `unnest` writer's rows, counting every row added (rolled back or not). */
function countingRows(): { newRows: () => FormRows & ReturnType<ReturnType<typeof unnestWriter>['newRows']>; added: () => number } {
  let added = 0;
  const newRows = () => {
    const rows = unnestWriter().newRows();
    const add = rows.add.bind(rows);
    rows.add = (...row) => {
      added += 1;
      add(...row);
    };
    return rows;
  };
  return { newRows, added: () => added };
}

async function batchesOf(patterns: readonly PatternSource[], entries: readonly Lexeme[], formLimit: number, newRows: ReturnType<typeof countingRows>['newRows']) {
  const out = [];
  const source = { kind: 'ids' as const, lexemes: entries, requestedIds: entries.map((l) => l.id) };
  for await (const batch of computeBatches(buildWorkerGrammar(patterns, formLimit), source, Infinity, newRows)) out.push(batch);
  return out;
}

const GOOD = lexemes(7);

describe('a lexeme of more rows than are encoded before it passes the form limit', () => {
  // 60 x 60 = 3,600 forms: past the rows encoded unchecked, within the limit.
  const patterns = [...PATTERNS, ...fanOut(2)];
  const big: Lexeme = { id: 4, lemma: 'big', patterns: [20] };
  const entries = GOOD.map((lexeme) => (lexeme.id === big.id ? big : lexeme));

  it('is generated whole, its rows as paradigm-core generates them, in place among the others', async () => {
    expect(coreRows(patterns, [big]).length).toBeGreaterThan(ROWS_ENCODED_UNCHECKED);
    const { newRows } = countingRows();
    const [batch, ...more] = await batchesOf(patterns, entries, 100_000, newRows);
    expect(more).toEqual([]);
    expect(batch!.failures).toEqual([]);
    expect(batch!.replaceIds).toEqual(entries.map((l) => l.id));
    const { lexemeIds, patternIds, cells, surfaces, positions, analyses } = batch!.forms;
    const rows = lexemeIds.map((id, i): Row => [id, patternIds[i]!, cells[i]!, surfaces[i]!, positions[i]!, analyses[i]!]);
    expect(rows).toEqual(coreRows(patterns, entries));
  });
});

describe('a lexeme that fails at the form limit', () => {
  // 60^3 = 216,000 forms against a limit of 100,000.
  const patterns = [...PATTERNS, ...fanOut(3)];
  const boom: Lexeme = { id: 100, lemma: 'boom', patterns: [20] };

  it('fails having encoded no more rows than those encoded unchecked; the others are written whole', async () => {
    const { newRows, added } = countingRows();
    const [batch] = await batchesOf(patterns, [...GOOD, boom], 100_000, newRows);
    expect(batch!.failures.map((failure) => failure.lexemeId)).toEqual([100]);
    expect(batch!.replaceIds).toEqual(GOOD.map((l) => l.id));
    const good = coreRows(PATTERNS, GOOD);
    expect(batch!.forms.surfaces).toEqual(good.map((row) => row[3]));
    expect(added()).toBe(good.length + ROWS_ENCODED_UNCHECKED);
  });
});
