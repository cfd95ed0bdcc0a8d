import { join } from 'node:path';
import { formatProblem, NativeFileError, parseNativeLexicon, readNativeFiles } from '@paradigm/lexicons';

const EXAMPLES = join(__dirname, '../../../../docs/examples');

describe('the native format (.patterns + lexemes.tsv) reads into patterns and lexemes, reporting every problem with file:line:column', () => {
  it('reads docs/examples with no problem', () => {
    const files = readNativeFiles([join(EXAMPLES, 'conlang.patterns'), join(EXAMPLES, 'english.patterns'), join(EXAMPLES, 'lexemes.tsv')]);
    const lexicon = parseNativeLexicon(files);
    expect(lexicon.problems).toEqual([]);
    expect(lexicon.patterns.map((p) => `${p.name}@${p.line}`)).toEqual([
      'tesh-verb@4', 'tesh-person@12', 'tesh-noun@17', 'en-noun@3', 'en-verb@12', 'en-past@21', 'en-strong@27', 'en-ee@34',
    ]);
    expect(lexicon.lexemes.slice(0, 1)).toEqual([{ id: 1, lemma: 'katab', root: ['k', 't', 'b'], gloss: 'write', patterns: ['tesh-verb'] }]);
    expect(lexicon.lexemes.map((l) => l.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('reports every malformed lexeme line and unknown pattern name, with the pattern problems', () => {
    const lexicon = parseNativeLexicon({
      patternFiles: [{ file: 'n.patterns', text: 'pattern noun\nrule => N;SG\n\npattern verb\nrule => V\n' }],
      lexemes: {
        file: 'l.tsv',
        text: 'id\tlemma\troot\tpatterns\n1\tdog\t\tnoun\n1\tcat\t\tnoun\nx\tbird\t\tnoun\n4\tkatab\tk--b\tnoun\n5\tfish\tnoun\n6\tcow\t\tnoum\n',
      },
    });
    expect(lexicon.problems.map(formatProblem)).toEqual([
      'n.patterns:4:1: warning: no lexeme takes pattern "verb", directly or through a continuation; give it to a lexeme or remove it',
      'l.tsv:3:1: error: the id 1 is also on line 2; give each lexeme its own id',
      'l.tsv:4:1: error: the id "x" is not a positive whole number; give each lexeme a unique id such as 1, 2, 3',
      'l.tsv:5:9: error: the root "k--b" has an empty radical; write radicals joined by single dashes, e.g. k-t-b',
      'l.tsv:6:1: error: 3 fields where the header has 4; separate fields with one tab each (leave a field empty, not out)',
      'l.tsv:7:8: error: lexeme 6 "cow" takes pattern "noum", which no file defines; did you mean "noun"?',
    ]);
    expect(lexicon.lexemes.map((l) => l.id)).toEqual([1]);
  });

  it("lists the lexemes file's problems in line order, whichever check finds them", () => {
    const lexicon = parseNativeLexicon({
      patternFiles: [{ file: 'n.patterns', text: 'pattern noun\nrule => N;SG\n' }],
      lexemes: { file: 'l.tsv', text: 'id\tlemma\tpatterns\n1\tcow\tnoum\nx\tdog\tnoun\n3\tcat\tverb\n4\tfish\n' },
    });
    expect(lexicon.problems.map(formatProblem)).toEqual([
      'n.patterns:1:1: warning: no lexeme takes pattern "noun", directly or through a continuation; give it to a lexeme or remove it',
      'l.tsv:2:7: error: lexeme 1 "cow" takes pattern "noum", which no file defines; did you mean "noun"?',
      'l.tsv:3:1: error: the id "x" is not a positive whole number; give each lexeme a unique id such as 1, 2, 3',
      'l.tsv:4:7: error: lexeme 3 "cat" takes pattern "verb", which no file defines; add the pattern or fix the name',
      'l.tsv:5:1: error: 2 fields where the header has 3; separate fields with one tab each (leave a field empty, not out)',
    ]);
  });

  it('says an id past the database integer is too large, not that it is no whole number', () => {
    const lexicon = parseNativeLexicon({ patternFiles: [{ file: 'n.patterns', text: 'pattern noun\nrule => N;SG\n' }], lexemes: { file: 'l.tsv', text: 'id\tlemma\tpatterns\n2147483647\tdog\tnoun\n2147483648\tcat\tnoun\n' } });
    expect(lexicon.problems.map(formatProblem)).toEqual([
      'l.tsv:3:1: error: the id 2147483648 is larger than 2147483647, the largest id the database holds; give each lexeme a unique id such as 1, 2, 3',
    ]);
  });

  it('refuses a pattern listed twice on one lexeme, at the second mention (it would store each form twice)', () => {
    const lexicon = parseNativeLexicon({
      patternFiles: [{ file: 'n.patterns', text: 'pattern noun\nrule => N;SG\n\npattern verb\nrule => V\n' }],
      lexemes: { file: 'l.tsv', text: 'id\tlemma\tpatterns\n1\tdog\tnoun verb\n2\tcat\tnoun  verb noun\n' },
    });
    expect(lexicon.problems.map(formatProblem)).toEqual([
      'l.tsv:3:18: error: the pattern "noun" is listed twice; list each pattern once (twice would store each of its forms twice)',
    ]);
    expect(lexicon.lexemes.map((l) => l.id)).toEqual([1]);
  });

  it('reports an unknown column with a suggestion', () => {
    const lexicon = parseNativeLexicon({ patternFiles: [], lexemes: { file: 'l.tsv', text: 'id\tlemma\tpaterns\n1\tdog\tnoun\n' } });
    expect(lexicon.problems.map(formatProblem)).toEqual([
      'l.tsv:1:10: error: unknown column "paterns"; did you mean "patterns"?',
      'l.tsv:1:1: error: the header has no "patterns" column; add it (separated by tabs)',
    ]);
  });

  it('names a missing file and the fix instead of a raw ENOENT', () => {
    expect(() => readNativeFiles(['missing.patterns'])).toThrow(new NativeFileError('missing.patterns', 'missing.patterns: no such file; check the path'));
    expect(() => readNativeFiles(['notes.txt'])).toThrow('notes.txt: not a .patterns or .tsv file; give pattern files (NAME.patterns) and at most one lexemes file (NAME.tsv)');
  });
});
