import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandApertiumText, expandDix, parseApertium } from '@paradigm/lexicons';
import { ltExpand } from './support/lt-expand';

// Pardef k has a plain entry and one that goes on through pardef k-1 and then through `leaf`: two
// <par>s in series at every level. Expanding pardef k-1 within pardef k leaves `leaf` to follow, within
// pardef k+1 two `leaf`s, and so on: each of the depth * (depth + 1) / 2 pairs of a pardef and a number of
// `leaf`s after it is a pattern of its own. Keyed by the text of every part after it, writing them took
// time cubic in the depth (400 levels: 5.2 s; 800: 86 s and 2.6 GB).
const DEPTH = 300;

function nested(depth: number): string {
  const pardefs = ['<pardef n="leaf"><e><p><l>l</l><r>l<s n="x"/></r></p></e></pardef>', '<pardef n="p0"><e><p><l>z</l><r>z<s n="n"/></r></p></e></pardef>'];
  for (let k = 1; k <= depth; k++) {
    pardefs.push(`<pardef n="p${k}"><e><p><l>a${k}</l><r>a${k}<s n="n"/></r></p></e><e><p><l>b</l><r>b</r></p><par n="p${k - 1}"/><par n="leaf"/></e></pardef>`);
  }
  return (
    '<dictionary><sdefs><sdef n="n"/><sdef n="x"/></sdefs><pardefs>\n' +
    pardefs.join('\n') +
    `\n</pardefs><section id="main" type="standard"><e lm="w"><i>w</i><par n="p${depth}"/></e></section></dictionary>\n`
  );
}

/** lt-expand's lines for the entry: `b` i times, pardef depth-i's own entry, `leaf` i times. */
function expectedLines(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i <= depth; i++) {
    const b = 'b'.repeat(i);
    const own = i < depth ? [`a${depth - i}`, `a${depth - i}<n>`] : ['z', 'z<n>'];
    lines.push(`w${b}${own[0]}${'l'.repeat(i)}:w${b}${own[1]}${'l<x>'.repeat(i)}\n`);
  }
  return lines.join('');
}

describe(`pardefs nested ${DEPTH} deep, each level with two <par>s in series`, () => {
  const text = nested(DEPTH);
  const expected = expectedLines(DEPTH);

  it('expand to what lt-expand prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dix-series-'));
    try {
      const file = join(dir, 'series.dix');
      writeFileSync(file, nested(40));
      expect(ltExpand(file)).toBe(expectedLines(40));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect([...expandApertiumText(parseApertium(text, 'series.dix'))].join('') === expected).toBe(true);
  });

  it('expand to the same lines entry by entry', () => {
    const chunks = expandDix(text, 'series.dix');
    expect(chunks).not.toBeNull();
    // Each chunk is valid until the next is asked for: copied as it comes.
    expect(Buffer.concat([...chunks!].map((chunk) => Buffer.from(chunk))).toString('utf8') === expected).toBe(true);
  });

  it('make one pattern per pardef and per number of leaves after it, and one per run of leaves', () => {
    // The pardefs' own patterns (leaf, p0 ... p300), the runs of 1 to 300 `leaf`s (the first is leaf's
    // own), and pardef k-j followed by j `leaf`s for 1 <= j <= k <= 300.
    expect(parseApertium(text, 'series.dix').patterns).toHaveLength(DEPTH + 2 + (DEPTH - 1) + (DEPTH * (DEPTH + 1)) / 2);
  });
});
