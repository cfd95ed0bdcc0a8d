import { compileGrammar, generateLexeme } from '@paradigm/core';
import { grammarOf, lexeme, paradigm } from './support/grammar';

describe('quoted strip/add, backslash escapes in conditions and cells with colons', () => {
  it('takes a JSON-quoted string right after - and + (spaces, slashes, brackets inside)', () => {
    const grammar = grammarOf(`pattern p
rule suffix -"a b" +"x/y" => S
rule prefix -"[q]" +"#=>" => P
rule suffix -"a b"+"z" => NOSPACE`);
    expect(paradigm(grammar, lexeme('la b'))).toEqual(['lx/y S', 'lz NOSPACE']);
    expect(paradigm(grammar, lexeme('[q]r'))).toEqual(['#=>r P']);
  });

  it('reads [a\\-z] as the set {a, -, z}, not a range', () => {
    const grammar = grammarOf(String.raw`pattern p
rule suffix +s /[a\-z]/ => X`);
    expect(['a', '-', 'z', 'b'].map((stem) => paradigm(grammar, lexeme(stem)))).toEqual([['as X'], ['-s X'], ['zs X'], []]);
  });

  it.each([
    [String.raw`\.`, 'x.', 'xa'],
    [String.raw`\/`, 'x/', 'xa'],
    [String.raw`[\/]`, 'x/', 'xa'],
    [String.raw`[\]]`, 'x]', 'xa'],
    [String.raw`\\`, 'x\\', 'xa'],
    [String.raw`a\?`, 'xa?', 'x'],
    [String.raw`a\*`, 'xa*', 'xaa'],
    [String.raw`a\+`, 'xa+', 'xaa'],
    [String.raw`\{2\}`, 'x{2}', 'xx'],
    [String.raw`[\^a]`, 'x^', 'xb'],
    [String.raw`\(\)`, 'x()', 'x'],
    [String.raw`\[`, 'x[', 'x'],
    [String.raw`\-`, 'x-', 'x'],
  ])('/%s/ is literal: matches %j, not %j', (condition, matching, other) => {
    const grammar = grammarOf(`pattern p\nrule suffix +s /${condition}/ => X`);
    expect([paradigm(grammar, lexeme(matching)), paradigm(grammar, lexeme(other))]).toEqual([[`${matching}s X`], []]);
  });

  it('takes a cell with colons bare or quoted, with the same result and fingerprint', () => {
    const bare = grammarOf('pattern p\nrule suffix +s => po:noun;is:pl');
    const quoted = grammarOf('pattern p\nrule suffix +s => "po:noun;is:pl"');
    expect([paradigm(bare, lexeme('cat')), paradigm(quoted, lexeme('cat'))]).toEqual([['cats po:noun;is:pl'], ['cats po:noun;is:pl']]);
    expect(bare.pattern(1)!.fingerprint).toBe(quoted.pattern(1)!.fingerprint);
  });

  it('needs quotes for a cell holding a reserved character, and then keeps it', () => {
    const { grammar, errors } = compileGrammar([{ id: 1, name: 'p', source: 'pattern p\nrule => "ds:a/b st:x y"' }]);
    expect(errors).toEqual([]);
    const [outcome] = generateLexeme(grammar, lexeme('w'));
    expect(outcome.kind === 'forms' && outcome.forms.map((f) => f.cell)).toEqual(['ds:a/b st:x y']);
  });
});
