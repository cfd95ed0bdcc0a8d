import { compileGrammar, compilePattern, FORMAT_VERSION } from '@paradigm/core';

const fingerprint = (source: string) => compilePattern({ id: 1, name: 'p', source }).fingerprint;

describe('a fingerprint is equal exactly for sources that compile the same', () => {
  const base = 'pattern p\nscheme past: i>a\nrule suffix -y +ies /[^aeiou]y/ gloss +"<pl>" => N;PL > q\nrule ablaut past => V;PST [LR]';

  it('ignores comments, spacing, quoting, scheme names and gloss splitting', () => {
    const same = `# noun plurals
pattern   p
scheme other: i>a
  rule suffix -"y" +"ies" /[^aeiou]y/ gloss +"<" gloss +"pl>" => "N;PL" > q   # trailing comment
rule ablaut other => V;PST [LR]`;
    expect(fingerprint(same)).toBe(fingerprint(base));
  });

  it('changes with any rule content and with the format version', () => {
    const variants = [
      base.replace('+ies', '+ie'),
      base.replace('[^aeiou]y', '[^aeio]y'),
      base.replace('N;PL', 'N;PL;X'),
      base.replace('> q', '> r'),
      base.replace('[LR]', '[RL]'),
      base.replace('i>a', 'i>u'),
      base.replace('"<pl>"', '"<sg>"'),
      base.replace('pattern p', 'pattern p cross').replace('\nrule ablaut past => V;PST [LR]', ''),
    ];
    const all = new Set([fingerprint(base), ...variants.map(fingerprint)]);
    expect(all.size).toBe(variants.length + 1);
    expect(JSON.parse(fingerprint(base)).v).toBe(FORMAT_VERSION);
  });
});

describe('compileGrammar gives each fingerprint as it compiles (onFingerprint)', () => {
  const sources = [
    { id: 1, name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s /[^sy]/ => N;PL > case\n' },
    { id: 2, name: 'case', source: "pattern case\nrule => NOM\nrule suffix +'s => GEN\n" },
    { id: 3, name: 'verb', source: 'pattern verb\nscheme past: i>a, ee>e\nrule => V;INF\nrule ablaut past => V;PST\n' },
    { id: 4, name: 'broken', source: 'pattern broken\nrule suffix +s /[a-/ => PL\n' },
    { id: 5, name: 'lost', source: 'pattern lost\nrule suffix +x => X > nowhere\n' },
  ];

  it("the one a program writes when read, for every pattern that compiles on its own, and no other", () => {
    const given = new Map<number, string>();
    const { grammar, errors } = compileGrammar(sources, { onFingerprint: (id, fingerprint) => given.set(id, fingerprint) });
    expect(errors.map((error) => [error.patternId, error.code])).toEqual([[4, 'syntax'], [5, 'unknown-continuation']]);
    // `lost` compiles on its own (its continuation is the grammar's to resolve), as compilePattern sees it.
    expect([...given.keys()]).toEqual([1, 2, 3, 5]);
    for (const id of [1, 2, 3]) expect(given.get(id)).toBe(grammar.pattern(id)!.fingerprint);
    expect(given.get(5)).toBe(compilePattern(sources[4]!).fingerprint);
  });
});
