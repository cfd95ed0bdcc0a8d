import { compilePattern, FORMAT_VERSION } from '@paradigm/core';

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
