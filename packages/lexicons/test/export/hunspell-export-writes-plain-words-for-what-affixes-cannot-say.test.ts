// formatHunspell on what Hunspell affix rules cannot say: plain words with the reason, lexemes left out,
// and --strict's errors. The sample lexicon of docs/examples has templates, ablaut and reduplication.
import { join } from 'node:path';
import { formatHunspell, NativeExportError, parseNativeLexicon, readNativeFiles } from '../../src';

const EXAMPLES = join(__dirname, '../../../../docs/examples');

describe('formatHunspell writes plain words where affix rules cannot make the words', () => {
  it('docs/examples: the English affix patterns as classes; templates and ablaut as plain words; samr, whose template fails, left out', () => {
    const lexicon = parseNativeLexicon(readNativeFiles(['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file))));
    const result = formatHunspell(lexicon.patterns, lexicon.lexemes);
    expect(result.aff.split('\n').filter((line) => /^(SFX|PFX) \S+ [YN] /.test(line))).toEqual(['SFX A N 7', 'SFX B N 7', 'SFX C N 4']);
    expect(result.dic.split('\n')).toEqual([
      '34',
      ...['katāb', 'katābu', 'katābta', 'kitāb', 'kitābu', 'kitābta', 'muktīb', 'kakatāb'],
      ...['darās', 'darāsu', 'darāsta', 'dirās', 'dirāsu', 'dirāsta', 'mudrīs', 'dadarās'],
      ...['kalbu', 'kulūb', 'kalbun'],
      ...['city/A', 'day/A', 'box/A', 'church/A', 'month/A', 'walk/BC', 'try/BC', 'bake/BC'],
      // en-verb is a class, en-ee and en-strong (ablaut) are the plain words after the entry.
      ...['flee/B', 'fled', 'sing/B', 'sang', 'sung', 'feed/B', 'fed'],
      '',
    ]);
    const template = (pattern: string, line: number) =>
      `pattern "${pattern}" line ${line}: a template cannot be said in Hunspell, whose rules only strip and add text at one end of a word`;
    const ablaut = (pattern: string, line: number) =>
      `pattern "${pattern}" line ${line}: an ablaut cannot be said in Hunspell, whose rules only strip and add text at one end of a word`;
    expect(result.asWords).toEqual([
      { lexemeId: 1, lemma: 'katab', reason: template('tesh-verb', 4) },
      { lexemeId: 2, lemma: 'daras', reason: template('tesh-verb', 4) },
      { lexemeId: 3, lemma: 'kalbu', reason: template('tesh-noun', 3) },
      { lexemeId: 13, lemma: 'flee', reason: ablaut('en-ee', 3) },
      { lexemeId: 14, lemma: 'sing', reason: ablaut('en-strong', 4) },
      { lexemeId: 15, lemma: 'feed', reason: ablaut('en-ee', 3) },
    ]);
    expect(result.leftOut).toEqual([
      {
        lexemeId: 4,
        lemma: 'samr',
        reason:
          'its generation fails, so it has no forms: template "C-a-C-C-u" of pattern "tesh-noun" has 3 slots but the root "s-m" has 2 radicals; give the root 3 radicals or use a skeleton with 2 slots',
      },
    ]);
    expect([result.classes, result.affixEntries, result.wordEntries, result.empty]).toEqual([3, 11, 23, 0]);
  });

  const CHAINS = [
    { name: 'a', source: 'pattern a\nrule suffix +a => A > b\n' },
    { name: 'b', source: 'pattern b\nrule suffix +b => B > c\n' },
    { name: 'c', source: 'pattern c\nrule suffix +c => C\n' },
    { name: 'lr', source: 'pattern lr\nrule suffix +l => L [LR] > rl\n' },
    { name: 'rl', source: 'pattern rl\nrule suffix +r => R [RL]\n' },
  ];
  const HINT = 'Hunspell applies at most two suffixes and one prefix, knows no [LR]/[RL], and combines only cross classes of one entry';

  it('an entry that reads back as other words (three suffixes deep; LR then RL) is written as plain words; a tab in a word leaves the lexeme out', () => {
    const lexemes = [
      { id: 1, lemma: 'x', patterns: ['a'] },
      { id: 2, lemma: 'y', patterns: ['b'] },
      { id: 3, lemma: 'z', patterns: ['lr'] },
      { id: 4, lemma: 'w\tv', patterns: ['c'] },
    ];
    const result = formatHunspell(CHAINS, lexemes);
    expect(result.dic).toBe('5\nxa\nxab\nxabc\ny/BF\nzl\n');
    expect(result.asWords).toEqual([
      { lexemeId: 1, lemma: 'x', reason: `its entry "x/AF" reads back as other words than its patterns make (missing "xabc"); ${HINT}` },
      { lexemeId: 3, lemma: 'z', reason: `its entry "z/DF" reads back as other words than its patterns make (extra "zlr"); ${HINT}` },
    ]);
    expect(result.leftOut).toEqual([{ lexemeId: 4, lemma: 'w\tv', reason: 'its word "w\\tvc" holds a tab or line break, which a .dic line cannot hold' }]);
  });

  it('words with a blank at an end are left out, whether written as plain words at once or after their entry read back as other words', () => {
    const patterns = [CHAINS[2]!, { name: 'ee', source: 'pattern ee\nscheme short: ee>e\nrule => V\nrule ablaut short => PAST\n' }];
    const lexemes = [
      { id: 1, lemma: 'x', patterns: ['c'] },
      // An entry " q/AB" first; its words then, as plain words.
      { id: 2, lemma: ' q', patterns: ['c'] },
      // Plain words at once: Hunspell cannot say an ablaut.
      { id: 3, lemma: 'fee ', patterns: ['ee'] },
      { id: 4, lemma: 'y', patterns: ['c'] },
    ];
    const result = formatHunspell(patterns, lexemes);
    expect(result.dic).toBe('2\nx/AB\ny/AB\n');
    expect(result.asWords).toEqual([]);
    const blanks = (difference: string) => `its words do not read back from a .dic as themselves (${difference}); a word with blanks at either end is no word for libhunspell`;
    // In the order the read-back's passes leave them out: fee's plain words on the first, q's on the second.
    expect(result.leftOut).toEqual([
      { lexemeId: 3, lemma: 'fee ', reason: blanks('missing "fee ", "fe "') },
      { lexemeId: 2, lemma: ' q', reason: blanks('missing " qc"') },
    ]);
    expect([result.affixEntries, result.wordEntries]).toEqual([2, 0]);
  });

  it('--strict refuses, naming the lexeme, the pattern and the fix', () => {
    const lexicon = parseNativeLexicon(readNativeFiles([join(EXAMPLES, 'english.patterns'), join(EXAMPLES, 'lexemes.tsv')]));
    const english = lexicon.lexemes.filter((lexeme) => lexeme.id >= 5);
    expect(() => formatHunspell(lexicon.patterns, english, { strict: true })).toThrow(
      new NativeExportError(
        'lexeme 13 "flee": pattern "en-ee" line 3: an ablaut cannot be said in Hunspell, whose rules only strip and add text at one end of a word; without --strict its words are written as plain words',
      ),
    );
    expect(() => formatHunspell(CHAINS, [{ id: 1, lemma: 'x', patterns: ['a'] }], { strict: true })).toThrow(
      new NativeExportError(`lexeme 1 "x": its entry "x/AD" reads back as other words than its patterns make (missing "xabc"); ${HINT}; without --strict its words are written as plain words`),
    );
    expect(() => formatHunspell(CHAINS, [{ id: 9, lemma: 'w\tv', patterns: ['c'] }], { strict: true })).toThrow(
      new NativeExportError('lexeme 9 "w\tv": its word "w\\tvc" holds a tab or line break, which a .dic line cannot hold'),
    );
    expect(formatHunspell(lexicon.patterns, english.filter((lexeme) => lexeme.id <= 12), { strict: true }).asWords).toEqual([]);
  });
});
