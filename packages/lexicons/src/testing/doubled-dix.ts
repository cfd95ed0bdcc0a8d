/**
 * A .dix whose pardef `r{i}` is `r{i+1}` twice in series, for `i` from `top` to `depth - 1`, and
 * `r{depth}` one word: an entry using `r{top}` has one form of 2^(depth-top) words, and generation counts
 * about twice as many derivations on the way, the partial ones included, each place in the nesting where
 * a partial form can stand being a continuation pattern of its own (2^(depth-top+1) - 1 of them). With
 * the default `entries` and `top`, depth 16 is past the default form limit at `r0`, on line 19.
 */
export function doubledDix(depth: number, entries = '<e lm="x"><i>x</i><par n="r0"/></e>', top = 0): string {
  const pardefs = [`<pardef n="r${depth}"><e><p><l>a</l><r>a<s n="n"/></r></p></e></pardef>`];
  for (let i = depth - 1; i >= top; i--) pardefs.push(`<pardef n="r${i}"><e><par n="r${i + 1}"/><par n="r${i + 1}"/></e></pardef>`);
  return `<dictionary><sdefs><sdef n="n"/></sdefs>\n<pardefs>\n${pardefs.join('\n')}\n</pardefs>\n<section id="main" type="standard">\n${entries}\n</section></dictionary>\n`;
}
