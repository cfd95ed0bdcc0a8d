import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, generateExampleParadigm } from './support/example-lexicon';

describe('the sample lexicon in docs/examples generates its documented paradigm exactly', () => {
  it('compiles every pattern and matches paradigm.tsv line for line', () => {
    const { rows, errors } = generateExampleParadigm();
    expect(errors).toEqual([]);
    expect(rows).toEqual(readFileSync(join(EXAMPLES, 'paradigm.tsv'), 'utf8').split('\n').filter((line) => line !== ''));
  });
});
