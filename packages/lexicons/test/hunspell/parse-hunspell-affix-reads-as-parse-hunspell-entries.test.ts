// parseHunspellAffix reads an .aff once for many .dic texts: with the .dic itself as the one it is made
// with, its patterns (the classes as the syntax trees of their text), lexemes and lines are those
// parseHunspellEntries gives, for every import fixture the importer reads (forbidden words aside, which
// it does not read); a .dic part of those lines reads as those lexemes; an entry with morphological
// fields the reader was not made with is refused.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePatternSource } from '@paradigm/core';
import { HunspellImportError, readHunspellFiles } from '../../src';
import { parseHunspellAffix, parseHunspellEntries } from '../../src/hunspell/parse-hunspell';
import { withoutPositions } from '../support/without-positions';
import { fixture } from './hunspell-oracles';

const FIXTURES = readdirSync(join(__dirname, 'fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

function readable(name: string) {
  const files = readHunspellFiles(fixture(name).aff, fixture(name).dic);
  try {
    return { files, whole: parseHunspellEntries(files) };
  } catch (error) {
    if (error instanceof HunspellImportError) return undefined;
    throw error;
  }
}

describe('parseHunspellAffix', () => {
  it.each(FIXTURES)('%s: the patterns, lexemes and lines of parseHunspellEntries', (name) => {
    const read = readable(name);
    if (read === undefined) return expect(() => [...parseHunspellAffix(readHunspellFiles(fixture(name).aff, fixture(name).dic)).patterns]).toThrow(HunspellImportError);
    const { files, whole } = read;
    const reader = parseHunspellAffix(files);
    // The word patterns as text, the classes as the syntax trees of the text the import stores (but for
    // positions, which only messages use: see pattern-trees-equal-pattern-text).
    const patterns = [...reader.patterns];
    const isWord = (name: string) => name === 'word' || name.startsWith('word:');
    expect(patterns.map((pattern) => [pattern.id, pattern.name, 'ast' in pattern])).toEqual(whole.lexicon.patterns.map((pattern) => [pattern.id, pattern.name, !isWord(pattern.name)]));
    expect(withoutPositions(patterns.map((pattern) => ('ast' in pattern ? pattern.ast : pattern.source)))).toEqual(
      withoutPositions(whole.lexicon.patterns.map((pattern) => (isWord(pattern.name) ? pattern.source : parsePatternSource(pattern.source, { normalize: 'none' })))),
    );
    const forbidden = new Set(whole.lexicon.forbiddenWords);
    const { lexemes, lines } = reader.entries(files.dic);
    expect(lines).toEqual(whole.lines);
    // An entry of a forbidden spelling is a lexeme of no pattern in the import, as libhunspell reads it.
    expect(lexemes.map((lexeme, i) => (forbidden.has(lexeme.lemma) ? whole.lexicon.lexemes[i] : lexeme))).toEqual(whole.lexicon.lexemes);
  });

  it('reads a .dic of some of the lines as their lexemes, numbered from 1', () => {
    const files = readHunspellFiles(fixture('morph').aff, fixture('morph').dic);
    const whole = parseHunspellEntries(files);
    const text = Buffer.from(files.dic).toString('utf8').split('\n');
    const reader = parseHunspellAffix(files);
    expect([...reader.patterns].length).toBe(whole.lexicon.patterns.length);
    const part = reader.entries(Buffer.from(['2', text[2], text[1], ''].join('\n')));
    expect(part.lines).toEqual([2, 3]);
    expect(part.lexemes).toEqual([
      { ...whole.lexicon.lexemes[1], id: 1 },
      { ...whole.lexicon.lexemes[0], id: 2 },
    ]);
  });

  it('refuses an entry with morphological fields the .dic it was made with has no entry with', () => {
    const files = readHunspellFiles(fixture('morph').aff, fixture('morph').dic);
    const reader = parseHunspellAffix({ ...files, dic: Buffer.from('1\nword\n') });
    expect([...reader.patterns]).not.toHaveLength(0);
    expect(() => reader.entries(files.dic)).toThrow(/^morph\.dic:2: morphological fields that no entry of the \.dic the reader was made with carries$/);
  });

  it('gives entries their pattern ids only once the patterns have been iterated', () => {
    const files = readHunspellFiles(fixture('morph').aff, fixture('morph').dic);
    const reader = parseHunspellAffix(files);
    expect(() => reader.entries(files.dic)).toThrow(/^parseHunspellAffix: iterate the patterns before reading entries/);
  });
});
