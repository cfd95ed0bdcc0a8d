// HunspellWriter reads a lexicon twice and writes it a chunk at a time (what `paradigm export hunspell`
// does with a lexicon too large to hold): the files and notes are those of formatHunspell on the whole.
import { join } from 'node:path';
import { formatHunspell, HunspellWriter, NativeExportError, type NativeLexeme, parseNativeLexicon, readNativeFiles } from '../../src';

const EXAMPLES = join(__dirname, '../../../../docs/examples');

function inChunks(patterns: Parameters<typeof formatHunspell>[0], lexemes: readonly NativeLexeme[], size: number, strict = false) {
  const writer = new HunspellWriter(patterns, { strict });
  for (let start = 0; start < lexemes.length; start += size) writer.survey(lexemes.slice(start, start + size));
  const body: string[] = [];
  for (let start = 0; start < lexemes.length; start += size) body.push(writer.write(lexemes.slice(start, start + size)));
  return writer.result(body);
}

describe('HunspellWriter, chunk by chunk', () => {
  const lexicon = parseNativeLexicon(readNativeFiles(['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file))));
  // Plain words, a lexeme left out (its template fails), affix entries, and a tab: every kind of note.
  const lexemes = [...lexicon.lexemes, { id: 99, lemma: 'w\tv', patterns: ['en-noun'] }];

  it.each([1, 2, 5, 100])('in chunks of %i: the same .aff, .dic and notes as the whole at once', (size) => {
    const whole = formatHunspell(lexicon.patterns, lexemes);
    expect(whole.asWords.length).toBeGreaterThan(0);
    expect(whole.leftOut.length).toBe(2);
    expect(inChunks(lexicon.patterns, lexemes, size)).toEqual(whole);
  });

  it('under --strict, the survey stops at the first lexeme that cannot be written as stem/FLAGS', () => {
    expect(() => inChunks(lexicon.patterns, lexemes, 2, true)).toThrow(NativeExportError);
    expect(() => inChunks(lexicon.patterns, lexemes, 2, true)).toThrow(/^lexeme 1 "katab": pattern "tesh-verb" line 4: a template cannot be said in Hunspell/);
  });

  it('a write before the whole survey is refused: the .aff depends on every lexeme', () => {
    const writer = new HunspellWriter(lexicon.patterns);
    writer.write(lexemes.slice(0, 1));
    expect(() => writer.survey(lexemes.slice(1))).toThrow('survey every lexeme before the first write');
  });

  it('writing other lexemes than were surveyed is refused where the survey left one out', () => {
    const writer = new HunspellWriter(lexicon.patterns);
    writer.survey(lexemes);
    // Lexeme 99 (a tab in its words) was left out by the survey, in the last place.
    expect(() => writer.write([...lexemes.slice(0, -1), { ...lexemes[0]!, id: 98 }])).toThrow(
      'HunspellWriter: lexeme 98 written where lexeme 99 was surveyed; write the lexemes surveyed, in their order',
    );
  });
});
