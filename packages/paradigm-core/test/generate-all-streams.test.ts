import { generateAll, type Lexeme } from '@paradigm/core';
import { grammarOf } from './support/grammar';

describe('generateAll yields each lexeme with its outcomes, one at a time', () => {
  it('pulls lexemes lazily from the iterable', () => {
    const grammar = grammarOf('pattern p\nrule suffix +s => PL');
    const pulled: number[] = [];
    function* lexemes(): Generator<Lexeme> {
      for (let id = 1; id <= 3; id++) {
        pulled.push(id);
        yield { id, lemma: `w${id}`, patterns: [1] };
      }
    }
    const stream = generateAll(grammar, lexemes());
    const first = stream.next();
    expect(pulled).toEqual([1]);
    expect(first.value).toEqual({
      lexeme: { id: 1, lemma: 'w1', patterns: [1] },
      outcomes: [{ kind: 'forms', patternId: 1, forms: [{ lexemeId: 1, patternId: 1, cell: 'PL', surface: 'w1s', analysis: 'w1', dir: 'both', position: 0 }] }],
    });
    expect([...stream].map(({ lexeme, outcomes }) => [lexeme.id, outcomes[0].kind])).toEqual([[2, 'forms'], [3, 'forms']]);
  });
});
