import { compileGrammar, generateLexeme, narrowGrammar } from '@paradigm/core';

describe('narrowGrammar keeps the patterns asked for and those they continue into', () => {
  const { grammar, errors } = compileGrammar(
    [
      { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL > case\n' },
      { id: 2, name: 'case', source: "pattern case\nrule => NOM\nrule suffix +'s => GEN > clitic\n" },
      { id: 3, name: 'clitic', source: 'pattern clitic\nrule => PLAIN\nrule suffix +ta => CLITIC\n' },
      { id: 4, name: 'verb', source: 'pattern verb\nrule => V;INF\nrule suffix +ing => V;PTCP > clitic\n' },
      { id: 5, name: 'adj', source: 'pattern adj\nrule suffix +er => ADJ;CMP\n' },
    ],
    { maxFormsPerLexeme: 50 },
  );
  const forms = (of: typeof grammar, patterns: number[]) => {
    const outcomes = generateLexeme(of, { id: 7, lemma: 'cat', patterns });
    return {
      forms: outcomes.flatMap((outcome) => (outcome.kind === 'forms' ? outcome.forms.map((form) => `${form.surface} ${form.cell}`) : [])),
      errors: outcomes.flatMap((outcome) => (outcome.kind === 'error' ? [outcome.error.code] : [])),
    };
  };

  it('takes the continuations, directly or not, and leaves the rest', () => {
    expect(errors).toEqual([]);
    const narrowed = narrowGrammar(grammar, [1]);
    expect([...narrowed.patterns()].map((pattern) => pattern.name)).toEqual(['noun', 'case', 'clitic']);
    expect([...narrowGrammar(grammar, [4, 5]).patterns()].map((pattern) => pattern.name)).toEqual(['clitic', 'verb', 'adj']);
    expect(narrowGrammar(grammar, []).size).toBe(0);
    // An id the grammar does not have is passed over.
    expect([...narrowGrammar(grammar, [99, 3]).patterns()].map((pattern) => pattern.name)).toEqual(['clitic']);
  });

  it('generates what the whole grammar does for a lexeme of those patterns, under the same limits', () => {
    const narrowed = narrowGrammar(grammar, [1]);
    expect([narrowed.normalize, narrowed.maxFormsPerLexeme, narrowed.maxCharsPerLexeme]).toEqual([grammar.normalize, grammar.maxFormsPerLexeme, grammar.maxCharsPerLexeme]);
    expect(forms(narrowed, [1])).toEqual(forms(grammar, [1]));
    expect(forms(narrowed, [1])).toEqual({
      forms: ['cat N;SG', 'cats N;PL', 'cats N;PL;NOM', "cats's N;PL;GEN", "cats's N;PL;GEN;PLAIN", "cats'sta N;PL;GEN;CLITIC"],
      errors: [],
    });
  });

  it('finds a pattern it let go unknown, as the whole grammar finds one it never had', () => {
    const narrowed = narrowGrammar(grammar, [1]);
    expect(forms(narrowed, [5])).toEqual(forms(grammar, [99]));
    expect(forms(narrowed, [5])).toEqual({ forms: [], errors: ['unknown-pattern'] });
  });
});
