// paradigm-core's GENERATION numbers what it generates: a database records the generation of its forms,
// and a worker of a later one computes every lexeme again (docs/guarantees.md, *Upgrades*). This test
// holds, for the current GENERATION, a digest of every outcome of a fixed corpus: stored lexicons as
// `paradigm export tsv` writes them (Hunspell and Apertium dictionaries imported, with their affix
// classes, continuations, circumfixes, NEEDAFFIX, cross products, directions, and the docs' templates,
// ablaut and reduplication). A change to what paradigm-core generates changes the digest; the corpus is
// stored text, so a change to an importer does not.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrammar, GENERATION, generateLexeme, type Lexeme, type PatternSource } from '@paradigm/core';
import { parseNativeLexicon, readNativeFiles } from '@paradigm/lexicons';

const CORPUS = join(__dirname, 'generation-corpus');

/** The digest of the corpus's outcomes, by the GENERATION that generates them. */
const DIGESTS: Readonly<Record<number, string>> = {
  1: '6b980f3b0bc4326d9957fee11c44084a022eb63dda54dad644dcfe17d985a70b',
};

/** One line per form (every column) or failure (its code), per lexicon of the corpus, in generation order. */
function* outcomeLines(): Generator<string> {
  const lexicons = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const name of lexicons.map((entry) => entry.name).sort()) {
    const folder = join(CORPUS, name);
    const files = readdirSync(folder).sort().map((file) => join(folder, file));
    const lexicon = parseNativeLexicon(readNativeFiles(files));
    const errors = lexicon.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new Error(`${name}: ${errors.map((problem) => problem.message).join('; ')}`);
    const patterns: PatternSource[] = lexicon.patterns.map((pattern, index) => ({ id: index + 1, name: pattern.name, source: pattern.source }));
    const ids = new Map(patterns.map((pattern) => [pattern.name, pattern.id]));
    const { grammar, errors: compileErrors } = compileGrammar(patterns);
    if (compileErrors.length > 0) throw new Error(`${name}: ${compileErrors.map((error) => error.message).join('; ')}`);
    for (const native of lexicon.lexemes) {
      const lexeme: Lexeme = { ...native, patterns: native.patterns.map((pattern) => ids.get(pattern)!) };
      for (const outcome of generateLexeme(grammar, lexeme)) {
        if (outcome.kind === 'forms') for (const form of outcome.forms) yield `${name}\t${JSON.stringify(form)}`;
        else yield `${name}\t${lexeme.id}\t${outcome.kind}\t${'error' in outcome ? outcome.error.code : ''}`;
      }
    }
  }
}

describe('the reference corpus', () => {
  it('generates what the current GENERATION recorded', () => {
    const hash = createHash('sha256');
    let lines = 0;
    for (const line of outcomeLines()) {
      hash.update(`${line}\n`);
      lines++;
    }
    const digest = hash.digest('hex');
    if (digest !== DIGESTS[GENERATION]) {
      throw new Error(
        `the ${lines} outcomes of ${CORPUS} have digest ${digest}, not the one recorded for GENERATION ${GENERATION} ` +
          `(${DIGESTS[GENERATION] ?? 'none'}). If paradigm-core now generates other forms on purpose, raise GENERATION ` +
          '(packages/paradigm-core/src/generate/generation.ts), so that stored forms are computed again, and record this digest for it here; otherwise the change is a regression.',
      );
    }
    expect(lines).toBeGreaterThan(1000);
  });
});
