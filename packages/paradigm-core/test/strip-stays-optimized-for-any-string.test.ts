// V8 checks a string's map where the generator reads its `length`, and strings come in several maps
// (one or two bytes a character, parsed and internalized, joined, sliced). A strip read the length of
// the form it strips: the first stem of a map not seen there yet (a parsed two-byte one, `šulwita`, a
// few hundred lexemes into the worker's seed) threw the optimized generator away. The strip now slices
// from the end, reading no length of the form. V8's own functions answer.
import { compileGrammar } from '@paradigm/core';
import type { PatternProgram } from '../src/compile/compiled-pattern';
import { runOperations } from '../src/generate/run-operations';
import { v8Natives } from './support/v8-optimization';

const { prepare, optimizeOnNextCall, finishOptimizing, isTurbofanned } = v8Natives;

describe('a suffix strip', () => {
  it('keeps the optimized operations for strings of a map they had not met', () => {
    const { grammar, errors } = compileGrammar([{ id: 1, name: 's', source: 'pattern s\nrule suffix -a +i => PL\n' }]);
    expect(errors).toEqual([]);
    const operations = (grammar.pattern(1) as PatternProgram).rules[0]!.operations;
    const oneByte: string[] = JSON.parse('["kala","tama","wila"]');
    const twoByte: string[] = JSON.parse('["\u0161ulwita"]');
    prepare(runOperations);
    const forms = oneByte.map((stem) => runOperations(operations, stem, undefined, true));
    optimizeOnNextCall(runOperations);
    forms.push(runOperations(operations, oneByte[0]!, undefined, true));
    finishOptimizing();
    expect(isTurbofanned(runOperations)).toBe(true);
    forms.push(runOperations(operations, twoByte[0]!, undefined, true));
    expect(isTurbofanned(runOperations)).toBe(true);
    expect(forms).toEqual(['kali', 'tami', 'wili', 'kali', '\u0161ulwiti']);
  });
});
