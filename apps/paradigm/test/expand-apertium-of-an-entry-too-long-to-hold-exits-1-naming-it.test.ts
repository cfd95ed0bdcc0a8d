import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

// A 120 kB .dix whose one entry derives 1,024 lines of 600,000 characters: far under the form limit, but
// past the characters one entry may generate with it; and, with no form limit (so no limit of
// characters), more than a string holds. It exits 1 naming the entry: with the advice to raise the form
// limit for the first, without it (it would not help) for the second, instead of an "unexpected error"
// with V8's "Invalid string length".
describe('paradigm expand apertium of an entry whose lines are too long to hold', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-long-entry-'));
    const a = 'a'.repeat(60_000);
    const b = 'b'.repeat(60_000);
    writeFileSync(
      join(dir, 'wide.dix'),
      '<dictionary><sdefs><sdef n="n"/></sdefs>\n' +
        `<pardefs><pardef n="p"><e><p><l>${a}</l><r>a</r></p></e><e><p><l>${b}</l><r>b</r></p></e></pardef></pardefs>\n` +
        '<section id="main" type="standard">\n' +
        `<e lm="x"><i>x</i>${'<par n="p"/>'.repeat(10)}</e>\n` +
        '</section></dictionary>\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 naming the file, the entry and its line', async () => {
    const file = join(dir, 'wide.dix');
    const io = capture();
    expect(await main(['expand', 'apertium', file], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      `paradigm: ${file}:4:1: the entry of "x" generates forms of more than 10000000 characters in all, the limit for one entry with a limit of 100000 forms (its <par>s in series lengthen every form); the expansion stopped there\n` +
        'nothing was printed\n' +
        "raise the limit with --max-forms-per-entry N (now 100000), or none, where the machine has the memory for one entry's forms\n",
    );
    const unlimited = capture();
    expect(await main(['expand', 'apertium', file, '--max-forms-per-entry', 'none'], unlimited)).toBe(1);
    expect(unlimited.out()).toBe('');
    expect(unlimited.err()).toBe(
      `paradigm: ${file}:4:1: the entry of "x" prints more than 268435456 characters, the most one entry may (its nested pardefs multiply long texts); the expansion stopped there\n` +
        'nothing was printed\n',
    );
  });
});
