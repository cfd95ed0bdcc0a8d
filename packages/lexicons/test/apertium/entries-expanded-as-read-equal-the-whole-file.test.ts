import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expandApertiumBytes, expandDix, parseApertium, readApertiumFile } from '@paradigm/lexicons';
import { drainChunks } from './support/drain-chunks';
import { FIXTURES, ourExpand, URD_DIX } from './support/lt-expand';

function expanded(text: string, file: string, options = {}): string | null {
  const bytes = expandDix(text, file, options);
  // Each chunk is valid until the next is asked for.
  return bytes === null ? null : Buffer.concat(Array.from(bytes, (chunk) => Buffer.from(chunk))).toString('utf8');
}

const SMALL = `<dictionary>
<pardefs><pardef n="n"><e><p><l></l><r><s n="n"/></r></p></e><e><p><l>s</l><r><s n="n"/><s n="pl"/></r></p></e></pardef></pardefs>
<section id="main" type="standard">
<e lm="cat"><i>cat</i><par n="n"/></e>
LATER
</section>
</dictionary>
`;

describe('a .dix expanded entry by entry as it is read', () => {
  it('gives the bytes of the whole-file expansion for apertium-urd, whose pardefs all come first', () => {
    expect(expanded(readApertiumFile(URD_DIX), URD_DIX)).toBe(ourExpand(URD_DIX));
  });

  it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.dix')))('gives the whole-file expansion of %s, or leaves it to that path', (name) => {
    const file = join(FIXTURES, name);
    const ours = expanded(readApertiumFile(file), file);
    if (ours !== null) expect(ours).toBe(ourExpand(file));
  });

  it('reads a pardef-first file with an entry in each shape', () => {
    expect(expanded(SMALL.replace('LATER', '<e r="LR"><p><l>x</l><r>y</r></p><par n="n"/></e>'), 'small.dix')).toBe('cat:cat<n>\ncats:cat<n><pl>\nx:>:y<n>\nxs:>:y<n><pl>\n');
  });

  it.each([
    ['a pardef after a dictionary entry (lt-expand reads it)', '</section><pardefs><pardef n="v"><e><p><l>s</l><r><s n="v"/></r></p></e></pardef></pardefs><section id="b" type="standard">'],
    ['an undefined pardef (the whole-file path words the problem)', '<e><i>dog</i><par n="nowhere"/></e>'],
    ['a comment inside text (only saxes reads it)', '<e><i>d<!-- c -->og</i><par n="n"/></e>'],
    ['malformed XML', '<e><i>dog</i><par n="n"/>'],
  ])('leaves the file to the whole-file path for %s', (_, later) => {
    expect(expanded(SMALL.replace('LATER', later), 'small.dix')).toBeNull();
  });

  it('stops at an entry past the form limit as the whole-file path does: the same lines before it, the same error', () => {
    const text = SMALL.replace('LATER', '<e lm="dog"><i>dog</i><par n="n"/><par n="n"/></e>\n<e lm="cow"><i>cow</i><par n="n"/></e>');
    for (const chunkChars of [1, 1 << 16]) {
      const options = { maxFormsPerEntry: 3, chunkChars };
      const whole = drainChunks(expandApertiumBytes(parseApertium(text, 'small.dix'), options));
      expect(drainChunks(expandDix(text, 'small.dix', options)!)).toEqual(whole);
      expect((whole.thrown as Error).message).toBe(
        'small.dix:5:1: the entry of "dog" derives more than 3 forms, counting the partial forms its nested pardefs pass on: the limit for one entry; the expansion stopped there',
      );
      expect(whole.text).toBe(chunkChars === 1 ? 'cat:cat<n>\ncats:cat<n><pl>\n' : '');
    }
    expect(expanded(SMALL.replace('LATER', ''), 'small.dix', { maxFormsPerEntry: 2 })).toBe('cat:cat<n>\ncats:cat<n><pl>\n');
  });

  it('leaves a file with a problem after an entry past the form limit to the whole-file path, which words the problem', () => {
    const text = SMALL.replace('LATER', '<e lm="dog"><i>dog</i><par n="n"/><par n="n"/></e>\n<e><i>cow</i><par n="nowhere"/></e>');
    expect(expanded(text, 'small.dix', { maxFormsPerEntry: 3 })).toBeNull();
  });
});
