import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a three-word Hunspell dictionary into `dir`: patterns 1 (`word`, the bare stem) and 2
 * (`sfx:A`, +ed), lexemes 1-3. Its patterns take the ids of the test lexicon's first patterns
 * (`@paradigm/recompute/testing`) with other rules, so forms computed from the wrong ones show.
 */
export function writeSmallDictionary(dir: string): { aff: string; dic: string } {
  const aff = join(dir, 't.aff');
  const dic = join(dir, 't.dic');
  writeFileSync(aff, 'SET UTF-8\nSFX A Y 1\nSFX A 0 ed .\n');
  writeFileSync(dic, '3\nwalk/A\ntalk/A\njump/A\n');
  return { aff, dic };
}

/** Its forms, as `formsInTable` lists them. */
export const SMALL_DICTIONARY_FORMS = ['1|1||walk', '1|2||walked', '2|1||talk', '2|2||talked', '3|1||jump', '3|2||jumped'];

/** Its lexemes, as `SELECT id, lemma FROM lexemes ORDER BY id` lists them. */
export const SMALL_DICTIONARY_LEXEMES = [
  { id: 1, lemma: 'walk' },
  { id: 2, lemma: 'talk' },
  { id: 3, lemma: 'jump' },
];

/**
 * A .dix of two entries: "ok", of the innermost pardef (2 forms), and "big", whose `depth` nested pardefs
 * of two entries each derive 2 + 4 + ... + 2^(depth+1) forms, 2^(depth+1) of them words. Pardef `q${depth}`
 * is pattern 1, `q0` pattern depth + 1.
 */
export function nestedDix(depth: number): string {
  const pardefs = [`<pardef n="q${depth}"><e><p><l>a</l><r>a<s n="n"/></r></p></e><e><p><l>b</l><r>b<s n="n"/></r></p></e></pardef>`];
  for (let i = depth - 1; i >= 0; i--) {
    pardefs.push(`<pardef n="q${i}"><e><p><l>a</l><r>a</r></p><par n="q${i + 1}"/></e><e><p><l>b</l><r>b</r></p><par n="q${i + 1}"/></e></pardef>`);
  }
  return `<dictionary><sdefs><sdef n="n"/></sdefs>\n<pardefs>${pardefs.join('')}</pardefs>\n<section id="main" type="standard">\n<e><i>ok</i><par n="q${depth}"/></e>\n<e lm="big"><i>x</i><par n="q0"/></e>\n</section></dictionary>\n`;
}
