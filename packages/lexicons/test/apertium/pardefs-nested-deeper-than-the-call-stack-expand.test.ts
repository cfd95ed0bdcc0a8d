import { expandApertiumText, expandDix, parseApertium } from '@paradigm/lexicons';

// A chain of pardefs, each a <par> of the one before it, used by an entry with text after the <par>:
// every level needs its own continuation pattern ("that pardef, then z"), named only once the level
// below it is, so writing them followed the chain on the call stack and overflowed it at a few
// thousand levels. lt-expand expands such a chain; so must we.
const DEPTH = 5000;

function chain(depth: number): string {
  const pardefs = ['<pardef n="d0"><e><p><l>a</l><r>a<s n="n"/></r></p></e></pardef>'];
  for (let i = 1; i < depth; i++) pardefs.push(`<pardef n="d${i}"><e><p><l>b</l><r>b</r></p><par n="d${i - 1}"/></e></pardef>`);
  return (
    '<dictionary><sdefs><sdef n="n"/></sdefs><pardefs>\n' +
    pardefs.join('\n') +
    `\n</pardefs><section id="main" type="standard"><e lm="x"><i>x</i><par n="d${depth - 1}"/><p><l>z</l><r>z</r></p></e></section></dictionary>\n`
  );
}

describe('pardefs nested deeper than the call stack', () => {
  const text = chain(DEPTH);
  const b = 'b'.repeat(DEPTH - 1);
  const expected = `x${b}az:x${b}a<n>z\n`;

  it('expand to lt-expand\'s line when the whole document is parsed', () => {
    expect([...expandApertiumText(parseApertium(text, 'deep.dix'))].join('')).toBe(expected);
  });

  it('expand to the same line entry by entry', () => {
    const chunks = expandDix(text, 'deep.dix');
    expect(chunks).not.toBeNull();
    expect(Buffer.concat([...chunks!]).toString('utf8')).toBe(expected);
  });
});
