import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPatternFiles } from '@paradigm/core';
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

describe('every ```check example in docs/patterns.md reports exactly the problems it shows', () => {
  const checks = [...markdown.matchAll(/^```check\s*\n([\s\S]*?)^---\n([\s\S]*?)^```\s*$/gmu)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length + 1,
    text: match[1],
    expected: match[2].split('\n').filter((line) => line !== ''),
  }));

  it('has examples', () => {
    expect(checks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(checks.map((check) => [check.line, check] as const))('example at docs/patterns.md line %i', (_line, check) => {
    const problems = checkPatternFiles([{ file: 'example.patterns', text: check.text }]);
    expect(problems.map((p) => `${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`)).toEqual(check.expected);
  });
});
