import { compileGrammar, generateLexeme } from '../src';
import { heapKeptByGrammar, TEXT_BYTES, textHeavySources } from './support/heap-kept-by-grammar';

describe('a grammar compiled without fingerprints', () => {
  it.each(['NFC', 'none'] as const)("keeps none of its patterns' text, where one with fingerprints keeps all of it (normalize %s)", (normalize) => {
    expect(heapKeptByGrammar({ normalize })).toBeGreaterThan(0.9 * TEXT_BYTES);
    expect(heapKeptByGrammar({ normalize, fingerprints: false })).toBeLessThan(TEXT_BYTES / 10);
  });

  it('generates the same forms and gives the same fingerprints to onFingerprint', () => {
    const fingerprints = new Map<number, string>();
    const { grammar, errors } = compileGrammar(textHeavySources(), { fingerprints: false, onFingerprint: (id, fingerprint) => fingerprints.set(id, fingerprint) });
    const { grammar: full } = compileGrammar(textHeavySources());
    expect(errors).toEqual([]);
    for (let id = 1; id <= 40; id++) {
      const lexeme = { id, lemma: `stem${id}`, patterns: [id] };
      expect(generateLexeme(grammar, lexeme)).toEqual(generateLexeme(full, lexeme));
      expect(fingerprints.get(id)).toBe(full.pattern(id)!.fingerprint);
    }
  });

  it('says so when a fingerprint is read', () => {
    const { grammar } = compileGrammar(textHeavySources(), { fingerprints: false });
    expect(() => grammar.pattern(7)!.fingerprint).toThrow('pattern "p7" was compiled without its fingerprint (CompileOptions.fingerprints: false)');
  });
});
