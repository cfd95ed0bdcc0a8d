import { formatApertiumDix, NativeExportError } from '../../src';

describe('formatApertiumDix: rules that add text become entries; other operations are refused, naming the rule', () => {
  it('writes suffix and gloss text, tags, directions, continuations and alternatives', () => {
    const patterns = [
      { name: 'n', source: 'pattern n\nrule gloss +"<n><sg>" => n\nrule suffix +"s" gloss +"<n><pl>" => n [LR]\n' },
      { name: 'v', source: 'pattern v\nrule suffix +"ed" gloss +"<vblex><past>" => v\n' },
    ];
    expect(formatApertiumDix(patterns, [{ id: 1, lemma: 'walk', stem: 'walk', gloss: 'walk', patterns: ['n', 'v'] }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<dictionary>\n<alphabet></alphabet>\n<sdefs>\n' +
        '  <sdef n="n"/>\n  <sdef n="sg"/>\n  <sdef n="pl"/>\n  <sdef n="vblex"/>\n  <sdef n="past"/>\n</sdefs>\n<pardefs>\n' +
        '<pardef n="n">\n  <e><p><l></l><r><s n="n"/><s n="sg"/></r></p></e>\n  <e r="LR"><p><l>s</l><r><s n="n"/><s n="pl"/></r></p></e>\n</pardef>\n' +
        '<pardef n="v">\n  <e><p><l>ed</l><r><s n="vblex"/><s n="past"/></r></p></e>\n</pardef>\n' +
        '<pardef n="alternatives:1">\n  <e><par n="n"/></e>\n  <e><par n="v"/></e>\n</pardef>\n' +
        '</pardefs>\n<section id="main" type="standard">\n  <e lm="walk"><p><l>walk</l><r>walk</r></p><par n="alternatives:1"/></e>\n</section>\n</dictionary>\n',
    );
  });

  it('refuses an operation a .dix cannot say', () => {
    const patterns = [{ name: 'p', source: 'pattern p\nrule suffix -y +ies => N;PL\n' }];
    expect(() => formatApertiumDix(patterns, [])).toThrow(
      new NativeExportError('pattern "p" line 2: a .dix entry can only add text (suffix +TEXT, gloss +TEXT), not a suffix that strips text or has a condition; export this lexicon in the native format (export tsv)'),
    );
  });

  it('starts a pair where lt-expand printed the first character of a text node (a backslash, a "<" that opens no tag), and writes a regular expression on one side only as text', () => {
    const patterns = [{ name: 'n', source: 'pattern n\nrule gloss +"<n>" => n\n' }];
    const entries = (stem: string, lemma: string) => formatApertiumDix(patterns, [{ id: 3, lemma, stem, gloss: lemma, patterns: ['n'] }]).split('\n').filter((line) => line.includes(' lm='));
    expect(entries('a\\?b', 'q')).toEqual(['  <e lm="q"><p><l>a</l><r>q</r></p><p><l>\\?b</l><r></r></p><par n="n"/></e>']);
    expect(entries('a<b', 's')).toEqual(['  <e lm="s"><p><l>a</l><r>s</r></p><p><l>&lt;b</l><r></r></p><par n="n"/></e>']);
    // A regular expression on one side only is written as the text it printed.
    expect(entries('__REGEXP__[a-z]\\+', 'r')).toEqual(['  <e lm="r"><p><l>__REGEXP__[a-z]+</l><r>r</r></p><par n="n"/></e>']);
  });
});
