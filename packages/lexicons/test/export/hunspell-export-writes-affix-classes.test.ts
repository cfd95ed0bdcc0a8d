// formatHunspell on a lexicon whose patterns affix rules can say: the exact .aff and .dic.
import { formatHunspell } from '../../src';

const PATTERNS = [
  { name: 'word', source: 'pattern word\nrule => po:noun\n' },
  { name: 'sfx:S', source: 'pattern sfx:S cross\nrule suffix -y +ies /[^aeiou]y/ => is:pl\nrule suffix +s /[^y]/ => is:pl\n' },
  { name: 'pfx:U', source: 'pattern pfx:U cross\nrule prefix +un gloss +"<neg>" => NEG\n' },
  { name: 'agent', source: 'pattern agent\nrule suffix +er => AG > plural [needaffix]\n' },
  { name: 'plural', source: 'pattern plural\nrule suffix +s => PL\n' },
  { name: 'mixed', source: 'pattern mixed\nrule => BASE\nrule prefix +re => ITER\nrule suffix +ing => PTCP\n' },
  { name: 'ge', source: 'pattern ge cross\nrule prefix +ge => PTCP [circumfix]\n' },
  { name: 't', source: 'pattern t cross\nrule suffix +t => [circumfix]\nrule suffix +en => INF\n' },
  { name: 'conditions', source: 'pattern conditions\nrule suffix -"." +s /[a-c]\\./ => X\nrule suffix +x /a{2}/ => Y\nrule prefix +"$" /[.+]/ => Z\nrule suffix +h /#/ => H\nrule suffix -q +r /p/ => NEVER\n' },
];

const LEXEMES = [
  { id: 1, lemma: 'city', patterns: ['word', 'sfx:S', 'pfx:U'] },
  { id: 2, lemma: 'walk', patterns: ['agent'] },
  { id: 3, lemma: 'do', patterns: ['mixed'] },
  { id: 4, lemma: 'lieb', patterns: ['ge', 't'] },
  { id: 5, lemma: 'b.', patterns: ['conditions'] },
  { id: 6, lemma: 'and/or', patterns: ['word'] },
  { id: 7, lemma: 'none', patterns: [] },
];

describe('formatHunspell: patterns become PFX/SFX classes and each lexeme one stem/FLAGS entry', () => {
  const result = formatHunspell(PATTERNS, LEXEMES);

  it('writes a class per pattern side, with Y for cross, continuation flags, NEEDAFFIX, CIRCUMFIX and cells as morphological fields', () => {
    expect(result.aff).toBe(
      [
        '# Written by paradigm export hunspell.',
        'SET UTF-8',
        'FULLSTRIP',
        'NEEDAFFIX I',
        'CIRCUMFIX J',
        '',
        // Imported class names keep their flags; the others take the first free letters, the options last.
        '# pattern sfx:S',
        'SFX S Y 2',
        'SFX S y ies [^aeiou]y is:pl',
        'SFX S 0 s [^y] is:pl',
        '',
        '# pattern pfx:U',
        'PFX U Y 1',
        'PFX U 0 un . NEG',
        '',
        '# pattern agent',
        'SFX A N 1',
        'SFX A 0 er/BI . AG',
        '',
        '# pattern plural',
        'SFX B N 1',
        'SFX B 0 s . PL',
        '',
        // A pattern with suffix and prefix rules is two classes; a rule that keeps the stem is "0 0 .".
        '# pattern mixed',
        'SFX C N 2',
        'SFX C 0 0 . BASE',
        'SFX C 0 ing . PTCP',
        '',
        '# pattern mixed',
        'PFX D N 1',
        'PFX D 0 re . ITER',
        '',
        '# pattern ge',
        'PFX E Y 1',
        'PFX E 0 ge/J . PTCP',
        '',
        '# pattern t',
        'SFX F Y 2',
        'SFX F 0 t/J .',
        'SFX F 0 en . INF',
        '',
        // Ranges listed, {2} repeated, "." and "#" as one-member sets, a strip "." pinned in the
        // condition (hunspell-reader matches the strip as a regular expression); a rule whose
        // condition excludes its strip applies nowhere, in Hunspell too.
        '# pattern conditions',
        'SFX G N 4',
        'SFX G . s [abc][.] X',
        'SFX G 0 x aa Y',
        'SFX G 0 h [#] H',
        'SFX G q r p NEVER',
        '',
        '# pattern conditions',
        'PFX H N 1',
        'PFX H 0 $ [.+] Z',
        '',
      ].join('\n'),
    );
  });

  it('writes an entry per lexeme: its word patterns as no NEEDAFFIX (and their cell after a tab), "/" escaped, none for a lexeme without words', () => {
    expect(result.dic).toBe(['6', 'city/SU\tpo:noun', 'walk/AI', 'do/CD', 'lieb/EFI', 'b./GHI', 'and\\/or\tpo:noun', ''].join('\n'));
    expect({ ...result, aff: undefined, dic: undefined }).toEqual({
      aff: undefined,
      dic: undefined,
      classes: 10,
      affixEntries: 6,
      wordEntries: 0,
      asWords: [],
      leftOut: [],
      empty: 1,
    });
  });
});
