import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedOf, paradigmBlocks, runExample } from './support/example-block';

const markdown = readFileSync(join(__dirname, '../../../docs/patterns.md'), 'utf8');
const blocks = paradigmBlocks(markdown);

describe('every ```paradigm example in docs/patterns.md generates exactly what it shows', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks.map((block) => [block.line, block] as const))('example at docs/patterns.md line %i', (_line, block) => {
    expect(runExample(block)).toEqual(expectedOf(block));
  });
});
