import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileGrammar, generateLexeme, type PatternSource } from '../src';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * 40 patterns of 100,000 characters of comment each (two bytes a character: the text holds `ő`), whose
 * rules have cells and glosses of 13 or more characters (what V8 keeps as slices of the whole text) and
 * affixes as long: 8 MB of text.
 */
function sources(): PatternSource[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: i + 1,
    name: `p${i + 1}`,
    source: [
      `pattern p${i + 1}`,
      `# ${'ő'.repeat(100_000)}`,
      `rule suffix +longsuffix${i % 3}abc gloss +"<gloss-of-pattern-${i % 4}>" => CELL;OF;PATTERN;${i % 5}`,
      `rule => LEMMA;CELL;LONG;ENOUGH`,
    ].join('\n'),
  }));
}

type Options = Parameters<typeof compileGrammar>[1];

/** The grammar alone: the sources are gone with this function's frame. */
function compiled(options: Options): ReturnType<typeof compileGrammar>['grammar'] {
  return compileGrammar(sources(), options).grammar;
}

/** The heap the grammar of `sources()` keeps, in bytes, after a full collection (everything else dropped). */
function heldBy(options: Options): { bytes: number; grammar: ReturnType<typeof compiled> } {
  compiled(options); // once before measuring: the code it runs is compiled (and kept) on first use
  gc();
  const before = getHeapStatistics().used_heap_size;
  const grammar = compiled(options);
  gc();
  return { bytes: getHeapStatistics().used_heap_size - before, grammar };
}

const TEXT_BYTES = 40 * 2 * 100_000;

describe('a grammar compiled without fingerprints', () => {
  it.each(['NFC', 'none'] as const)('keeps none of its patterns\' text, where one with fingerprints keeps all of it (normalize %s)', (normalize) => {
    const kept = heldBy({ normalize });
    expect(kept.bytes).toBeGreaterThan(0.9 * TEXT_BYTES);
    const generating = heldBy({ normalize, fingerprints: false });
    expect(generating.bytes).toBeLessThan(TEXT_BYTES / 10);
    // Both alive until here, so neither was measured with the other's garbage.
    expect(kept.grammar.pattern(1)?.name).toBe('p1');
  });

  it('generates the same forms and gives the same fingerprints to onFingerprint', () => {
    const fingerprints = new Map<number, string>();
    const { grammar, errors } = compileGrammar(sources(), { fingerprints: false, onFingerprint: (id, fingerprint) => fingerprints.set(id, fingerprint) });
    const { grammar: full } = compileGrammar(sources());
    expect(errors).toEqual([]);
    for (let id = 1; id <= 40; id++) {
      const lexeme = { id, lemma: `stem${id}`, patterns: [id] };
      expect(generateLexeme(grammar, lexeme)).toEqual(generateLexeme(full, lexeme));
      expect(fingerprints.get(id)).toBe(full.pattern(id)!.fingerprint);
    }
  });

  it('says so when a fingerprint is read', () => {
    const { grammar } = compileGrammar(sources(), { fingerprints: false });
    expect(() => grammar.pattern(7)!.fingerprint).toThrow('pattern "p7" was compiled without its fingerprint (CompileOptions.fingerprints: false)');
  });
});
