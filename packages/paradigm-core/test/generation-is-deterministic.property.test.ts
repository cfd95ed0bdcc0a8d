import fc from 'fast-check';
import { compileGrammar, generateInto, generateLexeme, generateRows, type Form } from '@paradigm/core';
import { lexemes, patternSources } from './support/arbitraries';

describe('the same input gives the same forms in the same order', () => {
  it('holds across recompiling, and generateInto and generateRows stream exactly what generateLexeme returns', () => {
    fc.assert(
      fc.property(patternSources, lexemes, (sources, entries) => {
        const first = compileGrammar(sources).grammar;
        const second = compileGrammar(sources).grammar;
        for (const entry of entries) {
          const outcomes = generateLexeme(first, entry);
          expect(generateLexeme(second, entry)).toEqual(outcomes);
          const streamed: Form[] = [];
          const summaries = generateInto(first, entry, (form) => streamed.push(form));
          expect(streamed).toEqual(outcomes.flatMap((o) => (o.kind === 'forms' ? o.forms : [])));
          expect(summaries).toEqual(outcomes.map((o) => (o.kind === 'forms' ? { kind: 'forms', patternId: o.patternId, count: o.forms.length } : o)));
          const rows: [number, number, string, string][] = [];
          const rowSummaries = generateRows(first, entry, { add: (lexemeId, patternId, cell, surface) => rows.push([lexemeId, patternId, cell, surface]) });
          expect(rows).toEqual(streamed.map((f) => [f.lexemeId, f.patternId, f.cell, f.surface]));
          expect(rowSummaries).toEqual(summaries);
        }
        for (const source of sources) expect(second.pattern(source.id)?.fingerprint).toBe(first.pattern(source.id)?.fingerprint);
      }),
      { numRuns: 200 },
    );
  });
});
