// DixWriter reads a lexicon twice and writes it a page at a time (what `paradigm export apertium` does
// with a lexicon too large to hold): the file is the one formatApertiumDix writes of the whole, though
// later lexemes bring tags and alternatives that the head of the file must already hold.
import { DixWriter, formatApertiumDix, type NativeLexeme } from '../../src';

const PATTERNS = [
  { name: 'n', source: 'pattern n\nrule gloss +"<n><sg>" => n\nrule suffix +"s" gloss +"<n><pl>" => n [LR]\n' },
  { name: 'v', source: 'pattern v\nrule suffix +"ed" gloss +"<vblex><past>" => v\n' },
];
const LEXEMES: NativeLexeme[] = [
  { id: 1, lemma: 'walk', stem: 'walk', gloss: 'walk', patterns: ['n', 'v'] },
  { id: 2, lemma: 'cat', patterns: ['n'] },
  { id: 3, lemma: 'red', stem: 'red', gloss: 'red<adj>', patterns: ['v', 'n'] },
  { id: 4, lemma: 'jump', stem: 'jump', gloss: 'jump<vblex><x>', patterns: ['n', 'v'] },
  { id: 5, lemma: 'go', patterns: ['v'] },
];

function inPages(size: number): string {
  const writer = new DixWriter(PATTERNS);
  for (let start = 0; start < LEXEMES.length; start += size) writer.survey(LEXEMES.slice(start, start + size));
  let text = writer.head();
  for (let start = 0; start < LEXEMES.length; start += size) text += writer.write(LEXEMES.slice(start, start + size));
  return text + DixWriter.TAIL;
}

describe('DixWriter, page by page', () => {
  it.each([1, 2, 3, 100])('in pages of %i: the same .dix as the whole at once', (size) => {
    const whole = formatApertiumDix(PATTERNS, LEXEMES);
    // The tags of the last lexemes and both lists of alternatives are in the head.
    expect(whole).toContain('  <sdef n="adj"/>\n  <sdef n="x"/>\n</sdefs>');
    expect(whole).toContain('<pardef n="alternatives:2">\n  <e><par n="v"/></e>\n  <e><par n="n"/></e>\n</pardef>\n</pardefs>');
    expect(whole).toContain('  <e lm="jump"><p><l>jump</l><r>jump<s n="vblex"/><s n="x"/></r></p><par n="alternatives:1"/></e>\n');
    expect(inPages(size)).toBe(whole);
  });

  it('a survey after the head is refused, and so is a write before it: the head depends on every lexeme', () => {
    const early = new DixWriter(PATTERNS);
    expect(() => early.write(LEXEMES)).toThrow('write the head before the lexemes');
    const late = new DixWriter(PATTERNS);
    late.survey(LEXEMES.slice(0, 2));
    late.head();
    expect(() => late.survey(LEXEMES.slice(2))).toThrow('survey every lexeme before the head is written');
  });
});
