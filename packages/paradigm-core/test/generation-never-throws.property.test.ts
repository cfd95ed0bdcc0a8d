import fc from 'fast-check';
import { compileGrammar, generateLexeme } from '@paradigm/core';
import { lexemes, patternSources } from './support/arbitraries';

describe('any valid pattern compiles, and generating with it never throws', () => {
  it('compiles without errors and gives one well-formed outcome per pattern id, forms in NFC', () => {
    fc.assert(
      fc.property(patternSources, lexemes, (sources, entries) => {
        const { grammar, errors } = compileGrammar(sources);
        expect(errors).toEqual([]);
        for (const entry of entries) {
          const outcomes = generateLexeme(grammar, entry);
          expect(outcomes.map((o) => o.patternId)).toEqual(entry.patterns);
          for (const outcome of outcomes) {
            if (outcome.kind === 'error') expect(outcome.error.message).toContain(`lexeme ${entry.id}`);
            if (outcome.kind !== 'forms') continue;
            expect(outcome.forms.length).toBeGreaterThan(0);
            for (const form of outcome.forms) {
              expect(form.surface).toBe(form.surface.normalize('NFC'));
              expect(form.analysis).toBe(form.analysis.normalize('NFC'));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
