// The classes handed to paradigm-core as syntax trees (what `lexicon expand hunspell` compiles) are the
// pattern text an import stores, as paradigm-core parses it: the same trees but for positions (which only
// messages use), the same fingerprints once compiled, the same unknown flags reported in the same order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrammar, parsePatternSource } from '@paradigm/core';
import { readHunspellFiles } from '@paradigm/lexicons';
import { parseAffFile } from '../../src/hunspell/aff-file';
import { affixPatternSources, eachAffixPatternTree, UnknownFlags } from '../../src/hunspell/build-lexicon';
import { byteString, declaredEncoding, fieldDecoder } from '../../src/hunspell/text-encoding';
import { withoutPositions } from '../support/without-positions';
import { fixture } from './hunspell-oracles';

const FIXTURES = readdirSync(join(__dirname, 'fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

function compare(paths: { aff: string; dic: string }): void {
  const files = readHunspellFiles(paths.aff, paths.dic);
  const { set } = declaredEncoding(files.aff);
  const aff = parseAffFile(byteString(files.aff, files.affName), set, fieldDecoder(set, 'SET', files.affName), files.affName);
  const textUnknown = new UnknownFlags('ignore', files.affName);
  const treeUnknown = new UnknownFlags('ignore', files.affName);
  const sources = affixPatternSources(aff, files.affName, textUnknown);
  const trees = [...eachAffixPatternTree(aff, files.affName, treeUnknown)];
  expect(trees.map((tree) => tree.name)).toEqual(sources.map((source) => source.name));
  expect(withoutPositions(trees.map((tree) => tree.ast))).toEqual(withoutPositions(sources.map((source) => parsePatternSource(source.source, { normalize: 'none' }))));
  expect(treeUnknown.ignored).toEqual(textUnknown.ignored);
  const compiled = (patterns: readonly object[]): string[] => {
    const { grammar, errors } = compileGrammar(patterns.map((pattern, index) => ({ id: index + 1, ...pattern }) as never), { normalize: 'none' });
    expect(errors).toEqual([]);
    return [...grammar.patterns()].map((pattern) => `${pattern.name} ${pattern.continuations.join(',')} ${pattern.fingerprint}`);
  };
  expect(compiled(trees)).toEqual(compiled(sources));
}

describe('the classes as syntax trees are the pattern text an import stores', () => {
  for (const name of FIXTURES) it(`fixture ${name}`, () => compare(fixture(name)));
  for (const name of ['en_US', 'de_DE', 'fr_FR']) {
    it(`${name} (Debian)`, () => compare({ aff: `/usr/share/hunspell/${name}.aff`, dic: `/usr/share/hunspell/${name}.dic` }));
  }
});
