// A chunk whose lexemes make many words is read back in parts (about 200,000 words each), so that what the
// export holds does not grow with the words a lexeme has: the files and notes are those of the same
// lexemes written a hundred at a time, each chunk read back whole; lexemes that become plain words or are
// left out in a later part are noted in their place.
import { join } from 'node:path';
import { formatHunspell, HunspellWriter, type NativeLexeme, parseNativeLexicon, readNativeFiles } from '../../src';

const EXAMPLES = join(__dirname, '../../../../docs/examples');

/** 30 case suffixes, each continuing into 7 possessive endings (one of them empty): 210 words a noun, 203 distinct. */
const CASES = ['ssa', 'sta', 'an', 'lla', 'lta', 'lle', 'na', 'ksi', 'tta', 'n', 'a', 'ine', 'in', 'ten', 't'];
const NOUN_PATTERNS = [
  'pattern fi-noun',
  ...CASES.flatMap((c, i) => [`rule suffix +${c} => N;SG;C${i} > fi-poss`, `rule suffix +i${c} => N;PL;C${i} > fi-poss`]),
  '',
  'pattern fi-poss',
  'rule => NPOSS',
  ...['ni', 'si', 'mme', 'nne', 'nsa', 'an'].map((p, i) => `rule suffix +${p} => POSS${i}`),
  '',
].join('\n');

/** Distinct stems of letters that no suffix ends or starts ambiguously with. */
function stem(n: number): string {
  const letters = 'bdfgkmprv';
  let text = 'o';
  for (let k = n + 1; k > 0; k = Math.floor(k / letters.length)) text += letters[k % letters.length]! + 'e';
  return text;
}

function write(patterns: Parameters<typeof formatHunspell>[0], lexemes: readonly NativeLexeme[], size: number) {
  const writer = new HunspellWriter(patterns);
  for (let start = 0; start < lexemes.length; start += size) writer.survey(lexemes.slice(start, start + size));
  const body: string[] = [];
  for (let start = 0; start < lexemes.length; start += size) body.push(writer.write(lexemes.slice(start, start + size)));
  return { files: writer.result(body), words: writer.generatedWords };
}

describe('HunspellWriter, a chunk of many words', () => {
  const examples = parseNativeLexicon(readNativeFiles(['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file))));
  const nouns = parseNativeLexicon({ patternFiles: [{ file: 'fi.patterns', text: NOUN_PATTERNS }] });
  const patterns = [...examples.patterns, ...nouns.patterns];
  const count = 1100;
  const lexemes: NativeLexeme[] = [
    ...Array.from({ length: count }, (_, i) => ({ id: i + 1, lemma: stem(i), patterns: ['fi-noun'] })),
    // In the last part: plain words, a lexeme left out (its template fails), and one with a tab.
    ...examples.lexemes.map((lexeme) => ({ ...lexeme, id: lexeme.id + count })),
    { id: 2 * count, lemma: 'w\tv', patterns: ['en-noun'] },
  ];

  it('is read back in parts: the same files and notes as chunks of a hundred lexemes', () => {
    const whole = write(patterns, lexemes, lexemes.length);
    const hundreds = write(patterns, lexemes, 100);
    expect(whole.files).toEqual(hundreds.files);
    expect(whole.files.leftOut.map((note) => note.lexemeId)).toEqual([count + 4, 2 * count]);
    expect(whole.files.asWords.map((note) => note.lexemeId)).toEqual([1, 2, 3, 13, 14, 15].map((id) => count + id));
    expect(whole.files.dic.split('\n').slice(1, 4)).toEqual(['ode/DF', 'ofe/DF', 'oge/DF']);
    // Each reading counts every distinct word: 203 a noun (of the 210 it makes, 7 twice), 223,300 in all, so
    // more than one part.
    const examplesOnly = write(patterns, lexemes.slice(count), lexemes.length);
    expect(whole.words).toBe(2 * 203 * count + examplesOnly.words);
    expect(hundreds.words).toBe(whole.words);
  });
});
