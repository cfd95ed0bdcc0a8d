// An import reads a Hunspell dictionary's lexemes from the .dic again as it stores them
// (parseHunspellStreamed), so that no dictionary's lexemes are all held at once. Each iteration yields
// exactly the lexemes parseHunspell holds (ids, lemmas, pattern ids), with the same patterns, warnings
// and ignored flags; and every error in the files is thrown before the first lexeme is read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HunspellImportError, parseHunspell, parseHunspellStreamed, readHunspellFiles, type HunspellFiles } from '@paradigm/lexicons';
import { fixture } from './hunspell-oracles';

const FIXTURES = readdirSync(join(__dirname, 'fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

function compare(files: HunspellFiles, strict = false): void {
  const held = parseHunspell(files, { strict });
  const streamed = parseHunspellStreamed(files, { strict });
  expect(streamed.patterns).toEqual(held.patterns);
  expect(streamed.lexemeCount).toBe(held.lexemes.length);
  // As text: a deep comparison of a stock dictionary's 100,000 lexemes takes seconds.
  const expected = JSON.stringify(held.lexemes);
  expect(JSON.stringify([...streamed.lexemes])).toBe(expected);
  // Read again: the same lexemes, not the rest of a spent iterator.
  expect(JSON.stringify([...streamed.lexemes])).toBe(expected);
  expect(streamed.warnings).toEqual(held.warnings);
  expect(streamed.ignoredFlags).toEqual(held.ignoredFlags);
  expect({ format: streamed.format, source: streamed.source }).toEqual({ format: held.format, source: held.source });
}

const onDisk = (aff: string, dic: string) => readHunspellFiles(aff, dic);
const inMemory = (aff: string, dic: string): HunspellFiles => ({ aff: Buffer.from(aff, 'utf8'), dic: Buffer.from(dic, 'utf8'), affName: 't.aff', dicName: 't.dic' });

describe('an import reads the lexemes parseHunspell holds, one .dic line at a time', () => {
  for (const name of FIXTURES) {
    it(`fixture ${name}`, () => {
      const paths = fixture(name);
      compare(onDisk(paths.aff, paths.dic));
    });
  }

  it('en_US (Debian hunspell-en-us)', () => compare(onDisk('/usr/share/hunspell/en_US.aff', '/usr/share/hunspell/en_US.dic')));
  it('de_DE (FORBIDDENWORD, NEEDAFFIX)', () => compare(onDisk('/usr/share/hunspell/de_DE.aff', '/usr/share/hunspell/de_DE.dic')));
  it('hu_HU (morphological fields: a word pattern per distinct set, AF and AM aliases)', () => compare(onDisk('/usr/share/hunspell/hu_HU.aff', '/usr/share/hunspell/hu_HU.dic')));

  it('entries with the same flags but different morphological fields take their own word pattern', () => {
    const files = inMemory('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n', '4\ncat/A\tpo:noun\ndog/A\tpo:noun\nrun/A\tpo:verb\nsky/A\n');
    compare(files);
    const lexemes = [...parseHunspellStreamed(files).lexemes];
    const names = parseHunspellStreamed(files).patterns.map((pattern) => pattern.name);
    expect(lexemes.map((lexeme) => lexeme.patterns.map((id) => names[id - 1]))).toEqual([
      ['word:2', 'sfx:A'],
      ['word:2', 'sfx:A'],
      ['word:3', 'sfx:A'],
      ['word', 'sfx:A'],
    ]);
  });

  it('an error on the .dic line last read is thrown before any lexeme is', () => {
    const files = { ...inMemory('SET UTF-8\n', '3\none\ntwo\n'), dic: Buffer.concat([Buffer.from('3\none\ntwo\nthr', 'utf8'), Buffer.from([0xff, 0x0a])]) };
    expect(() => parseHunspellStreamed(files)).toThrow(HunspellImportError);
    expect(() => parseHunspellStreamed(files)).toThrow(/t\.dic:4/);
  });

  it('under --strict, a flag nothing defines is an error before any lexeme is read', () => {
    const files = inMemory('SET UTF-8\nSFX A Y 1\nSFX A 0 s .\n', '2\ncat/A\ndog/Z\n');
    expect(() => parseHunspellStreamed(files, { strict: true })).toThrow(/t\.dic:3: unknown flag "Z"/);
    compare(files);
    expect(parseHunspellStreamed(files).ignoredFlags).toEqual([{ flag: 'Z', file: 't.dic', line: 3 }]);
  });
});
