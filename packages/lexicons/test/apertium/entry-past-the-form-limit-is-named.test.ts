import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApertiumFileError, expandApertiumText, parseApertium } from '@paradigm/lexicons';
import { ltExpand } from './support/lt-expand';

/**
 * `depth` nested pardefs of two entries each: an entry using the outermost derives 2^(depth+1) forms.
 * The section's first entry (line 5) uses the innermost pardef (2 forms); the second (line 6) the outermost.
 */
function nested(depth: number): string {
  const pardefs = [`<pardef n="q${depth}"><e><p><l>a</l><r>a<s n="n"/></r></p></e><e><p><l>b</l><r>b<s n="n"/></r></p></e></pardef>`];
  for (let i = depth - 1; i >= 0; i--) {
    pardefs.push(`<pardef n="q${i}"><e><p><l>a</l><r>a</r></p><par n="q${i + 1}"/></e><e><p><l>b</l><r>b</r></p><par n="q${i + 1}"/></e></pardef>`);
  }
  return (
    `<dictionary><sdefs><sdef n="n"/></sdefs>\n<pardefs>${pardefs.join('')}</pardefs>\n<section id="main" type="standard">\n\n` +
    `<e><i>ok</i><par n="q${depth}"/></e>\n  <e lm="big"><i>x</i><par n="q0"/></e>\n</section></dictionary>\n`
  );
}

describe('an Apertium entry that derives more forms than the limit for one entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dix-limit-'));
  const file = join(dir, 'nested.dix');
  writeFileSync(file, nested(9));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the expansion with an error naming the file, the entry and its line', () => {
    const chunks: string[] = [];
    let thrown: unknown;
    try {
      for (const chunk of expandApertiumText(parseApertium(nested(9), file), { maxFormsPerEntry: 1000, chunkChars: 1 })) chunks.push(chunk);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApertiumFileError);
    expect((thrown as Error).message).toBe(
      `${file}:6:3: the entry of "big" derives more than 1000 forms, counting the partial forms its nested pardefs pass on: the limit for one entry; the expansion stopped there`,
    );
    // The entry before it was printed whole.
    expect(chunks.join('')).toBe('oka:oka<n>\nokb:okb<n>\n');
  });

  it('prints what lt-expand prints when the limit allows the entry', () => {
    const expected = ltExpand(file);
    expect(expected.split('\n')).toHaveLength(2 + 1024 + 1);
    expect([...expandApertiumText(parseApertium(nested(9), file), { maxFormsPerEntry: 4096 })].join('') === expected).toBe(true);
    expect([...expandApertiumText(parseApertium(nested(9), file), { maxFormsPerEntry: Infinity })].join('') === expected).toBe(true);
  });
});
