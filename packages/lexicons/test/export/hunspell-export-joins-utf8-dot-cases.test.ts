// The exporter joins the cases the import makes of a UTF-8 suffix condition's "." back into that
// condition, and only an exact run of them.
import { parsePatternSource } from '@paradigm/core';
import { joinUtf8DotCases } from '../../src/export/hunspell/utf8-dot-condition';

/** Each rule of the pattern after joining, as its operations' conditions and its cell. */
function joined(rules: readonly string[]): string[] {
  const ast = parsePatternSource(['pattern sfx:d0 cross', ...rules].join('\n'));
  return joinUtf8DotCases(ast.rules).map((rule) => {
    const conditions = rule.operations.map((operation) => (operation.kind === 'suffix' || operation.kind === 'prefix' ? `/${operation.condition?.source ?? ''}/` : operation.kind));
    return `${conditions.join(' ')} => ${rule.cell}`;
  });
}

const P_ELER = [
  'rule suffix -eler +èle /[^p][^\\u0001-\\u007F]eler/ => po:v',
  'rule suffix -eler +èle /[\\u0001-\\u006F\\u0071-\\u007F][\\u0001-\\u007F]eler/ => po:v',
  'rule suffix -eler +èle /[^p][^\\u0001-\\u007F][\\u0001-\\u007F]eler/ => po:v',
];

describe('joinUtf8DotCases', () => {
  it('joins the three cases of [^p].eler into one rule and leaves the rules around them', () => {
    expect(joined(['rule suffix -er +e /[^g]er/ => a', ...P_ELER, 'rule suffix -eler +èle /peler/ => po:v'])).toEqual([
      '/[^g]er/ => a',
      '/[^p].eler/ => po:v',
      '/peler/ => po:v',
    ]);
  });

  it('leaves a run that is not every case, or whose rules differ elsewhere, as it is', () => {
    const cut = P_ELER.slice(0, 2);
    expect(joined(cut)).toEqual(['/[^p][^\\u0001-\\u007F]eler/ => po:v', '/[\\u0001-\\u006F\\u0071-\\u007F][\\u0001-\\u007F]eler/ => po:v']);
    const otherCell = [...P_ELER.slice(0, 2), P_ELER[2]!.replace('po:v', 'po:w')];
    expect(joined(otherCell)).toEqual([
      '/[^p][^\\u0001-\\u007F]eler/ => po:v',
      '/[\\u0001-\\u006F\\u0071-\\u007F][\\u0001-\\u007F]eler/ => po:v',
      '/[^p][^\\u0001-\\u007F][\\u0001-\\u007F]eler/ => po:w',
    ]);
  });

  it('leaves the cases of a dictionary that counts a renamed character as one byte, which a UTF-8 .aff cannot say', () => {
    const renamed = [
      'rule suffix -a /x[^\\u0001-\\u007F\\u2019]a/ =>',
      'rule suffix -a /x[\\u0001-\\u007F\\u2019]a/ =>',
      'rule suffix -a /x[^\\u0001-\\u007F\\u2019][\\u0001-\\u007F\\u2019]a/ =>',
    ];
    expect(joined(renamed)).toEqual(renamed.map((rule) => `${rule.slice('rule suffix -a '.length, -' =>'.length)} => `));
  });
});
