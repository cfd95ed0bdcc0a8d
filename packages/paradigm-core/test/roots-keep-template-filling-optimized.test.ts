// The lexemes' roots come parsed as packed arrays. The generator hands `fillSkeleton` the root as it
// came when its radicals are NFC already: a copy made by the optimized generator (`map`) was a holey
// array, a map the optimized `fillSkeleton` had not seen, and V8 threw its code away. V8's own
// functions answer: optimize `fillSkeleton` first, then the generator, and generate on.
import { generateRows, type Lexeme } from '@paradigm/core';
import { fillSkeleton } from '../src/compile/skeleton';
import { expandLexeme } from '../src/generate/expand-lexeme';
import { grammarOf } from './support/grammar';
import { v8Natives } from './support/v8-optimization';

const { prepare, optimizeOnNextCall, finishOptimizing, isTurbofanned } = v8Natives;

describe('template filling', () => {
  it('stays optimized once the generator is optimized too', () => {
    const grammar = grammarOf('pattern t\nrule template C-a-C-a-C => V\nrule template ma-C-C-uu-C => N\n');
    // JSON parsing gives packed arrays, as the readers' pages do.
    const lexemes: Lexeme[] = JSON.parse(JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: i + 1, lemma: 'x', root: ['k', 't', String.fromCharCode(98 + (i % 20))], patterns: [1] }))));
    const surfaces: string[] = [];
    const rows = { add: (_lexemeId: number, _patternId: number, _cell: string, surface: string) => void surfaces.push(surface) };
    const generate = () => {
      for (const lexeme of lexemes) generateRows(grammar, lexeme, rows);
    };
    prepare(fillSkeleton);
    prepare(expandLexeme);
    generate();
    optimizeOnNextCall(fillSkeleton);
    generate();
    finishOptimizing();
    optimizeOnNextCall(expandLexeme);
    generate();
    finishOptimizing();
    generate();
    expect([isTurbofanned(fillSkeleton), isTurbofanned(expandLexeme)]).toEqual([true, true]);
    expect(surfaces.slice(0, 2)).toEqual(['katab', 'maktuub']);
    expect(surfaces.length).toBe(4 * 50 * 2);
  });
});
