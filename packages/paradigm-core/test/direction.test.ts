import { generateLexeme } from '@paradigm/core';
import { grammarOf, lexeme } from './support/grammar';

describe('LR/RL restrictions are carried on forms and combined along the derivation', () => {
  const grammar = grammarOf(
    `pattern d
rule suffix +a => A [LR] > d2
rule suffix +b => B > d2
rule suffix +c => C [RL] > d2`,
    `pattern d2
rule => X
rule suffix +x => Y [LR]
rule suffix +y => Z [RL]`,
  );

  it('keeps both + X = X and drops LR with RL (as lt-expand does)', () => {
    const [outcome] = generateLexeme(grammar, lexeme('w'));
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => `${f.surface} ${f.cell} ${f.dir}`)).toEqual([
      'wa A LR',
      'wa A;X LR',
      'wax A;Y LR',
      'wb B both',
      'wb B;X both',
      'wbx B;Y LR',
      'wby B;Z RL',
      'wc C RL',
      'wc C;X RL',
      'wcy C;Z RL',
    ]);
  });
});
