import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApertiumDixError, expandApertiumText, expandDix, parseApertium } from '@paradigm/lexicons';
import { doubledDix } from '../../src/testing';
import { ltExpand } from './support/lt-expand';

// 2^(depth+1) - 1 continuation patterns (see doubledDix): depth 16 took 427 MB and 4.7 s before
// generation refused the entry, depth 20 more than a minute and gigabytes.

/** The problem `parse` throws, as `FILE:LINE:COLUMN: element: message`, and whether it is past the form limit. */
function problemOf(parse: () => unknown): { text: string; pastFormLimit: boolean } {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof ApertiumDixError)) throw error;
    expect(error.problems).toHaveLength(1);
    return { text: error.message, pastFormLimit: error.problems[0].pastFormLimit === true };
  }
  throw new Error('no problem was thrown');
}

const PAST = 'derives more than 100000 forms, counting the partial forms its nested pardefs pass on, past the limit for one entry. Pardefs used one after another multiply them at each level of nesting.';

describe('pardefs used twice in series at every level of their nesting', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dix-doubled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('expand as lt-expand prints them while they derive fewer forms than the limit', () => {
    const file = join(dir, 'doubled-12.dix');
    writeFileSync(file, doubledDix(12));
    const expected = ltExpand(file);
    expect(expected).toBe(`x${'a'.repeat(4096)}:x${'a<n>'.repeat(4096)}\n`);
    expect([...expandApertiumText(parseApertium(doubledDix(12), file))].join('') === expected).toBe(true);
    const read = expandDix(doubledDix(12), file);
    expect(read).not.toBeNull();
    expect(Buffer.concat([...read!].map((chunk) => Buffer.from(chunk))).toString('utf8') === expected).toBe(true);
  });

  it('are refused at the first pardef past the limit, named with its line, before their patterns are all written', () => {
    // r0 is on line 23 of doubledDix(20), r4 on line 19: r4 is the first whose derivations pass 100,000.
    const file = join(dir, 'doubled-20.dix');
    expect(problemOf(() => parseApertium(doubledDix(20), file))).toEqual({ text: `${file}:19:1: <pardef n="r4">: pardef "r4" ${PAST}`, pastFormLimit: true });
    // Read entry by entry, the file is left to the whole-file reading, which words the problem.
    expect(expandDix(doubledDix(20), file)).toBeNull();
  });

  it('are refused at an entry that uses such pardefs in series itself', () => {
    // Pardefs r1 to r16: r1 counts about 2^16 derivations, within the limit; the entry twice as many.
    const text = doubledDix(16, '<e lm="x"><i>x</i><par n="r2"/></e>\n<e lm="y"><i>y</i><par n="r1"/><par n="r1"/></e>', 1);
    expect(problemOf(() => parseApertium(text, 'entry.dix'))).toEqual({ text: `entry.dix:22:1: <e>: the entry of "y" ${PAST}`, pastFormLimit: true });
  });

  it('name an entry without a lemma as this entry, at its line', () => {
    const text = doubledDix(16, '<e lm="x"><i>x</i><par n="r2"/></e>\n<e><i>y</i><par n="r1"/><par n="r1"/></e>', 1);
    expect(problemOf(() => parseApertium(text, 'entry.dix'))).toEqual({ text: `entry.dix:22:1: <e>: this entry ${PAST}`, pastFormLimit: true });
  });

  it('follow a higher limit, and none', () => {
    // Depth 16 passes the default limit at r0 (line 19).
    expect(problemOf(() => parseApertium(doubledDix(16), 'default.dix'))).toEqual({ text: `default.dix:19:1: <pardef n="r0">: pardef "r0" ${PAST}`, pastFormLimit: true });
    expect(problemOf(() => parseApertium(doubledDix(17), 'raised.dix', { maxFormsPerEntry: 200_000 }))).toEqual({
      text: `raised.dix:20:1: <pardef n="r0">: pardef "r0" ${PAST.replace('100000', '200000')}`,
      pastFormLimit: true,
    });
    const [line] = expandApertiumText(parseApertium(doubledDix(16), 'none.dix', { maxFormsPerEntry: Infinity }), { maxFormsPerEntry: Infinity });
    expect(line).toBe(`x${'a'.repeat(2 ** 16)}:x${'a<n>'.repeat(2 ** 16)}\n`);
  });

  it('are not refused for a limit below the default: generation names each entry past it', () => {
    const lexicon = parseApertium(doubledDix(12), 'low.dix', { maxFormsPerEntry: 10 });
    expect(lexicon.lexemes).toHaveLength(1);
  });
});
