import { DEFAULT_MAX_FORMS_PER_LEXEME } from '@paradigm/core';
// The pages' lexemes come parsed as packed arrays; the batch loop reads their ids from an array of its
// own. Built by `map`, that array was holey once the loop was optimized (V8's `map` inlined), a map
// the optimized loop had not seen, and V8 threw the code away a few pages into a rebuild. V8's own
// functions answer: optimize the loop, then compute more pages.
import { BEFORE_FIRST_LEXEME_ID, unnestWriter } from '@paradigm/persistence';
import { v8Natives } from '@paradigm/persistence/testing';
import { computeBatches } from '../src/compute/compute-batch';
import { buildWorkerGrammar } from '../src/compute/worker-grammar';
import { lexemes, PATTERNS } from '../src/testing';

const { prepare, optimizeOnNextCall, finishOptimizing, isTurbofanned } = v8Natives;

describe('the batches of a page', () => {
  it('come from a loop that stays optimized page after page', async () => {
    const grammar = buildWorkerGrammar(PATTERNS, DEFAULT_MAX_FORMS_PER_LEXEME);
    const page = lexemes(20);
    const last = page.at(-1)!.id;
    let batches = 0;
    const computePage = async () => {
      const source = { kind: 'range' as const, lexemes: page, range: { after: BEFORE_FIRST_LEXEME_ID, last } };
      for await (const batch of computeBatches(grammar, source, 50, unnestWriter().newRows)) batches += batch.replaceIds.length > 0 ? 1 : 0;
    };
    prepare(computeBatches);
    await computePage();
    await computePage();
    optimizeOnNextCall(computeBatches);
    await computePage();
    finishOptimizing();
    await computePage();
    expect(isTurbofanned(computeBatches)).toBe(true);
    expect(batches).toBe(8); // four pages, each two batches of up to 50 forms
  });
});
