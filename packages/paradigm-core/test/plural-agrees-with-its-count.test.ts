import { plural } from '../src';

describe('plural', () => {
  it('takes the singular for 1 and the plural for every other count', () => {
    expect([0, 1, 2, 21].map((count) => plural(count, 'lexeme'))).toEqual(['0 lexemes', '1 lexeme', '2 lexemes', '21 lexemes']);
  });

  it('takes the plural it is given where adding s is not it', () => {
    expect([plural(1, 'entry', 'entries'), plural(3, 'entry', 'entries'), plural(1, 'batch', 'batches'), plural(2, 'batch', 'batches')]).toEqual(['1 entry', '3 entries', '1 batch', '2 batches']);
  });
});
