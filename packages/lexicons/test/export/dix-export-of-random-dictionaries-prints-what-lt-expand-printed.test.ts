// Random .dix files of text with reserved characters, entities, marks (<b/>, <j/>, <a/>, <g>), tags,
// pairs, identities and <re> in any order in an entry, directions and continuations:
// imported, written back with formatApertiumDix, and expanded by lt-expand, each gives exactly the lines
// lt-expand printed for the original (and our expansion of the original does too). lt-expand prints
// some reserved characters unescaped (the first of each text node), so the export has to find where
// text nodes may start: after a mark, at the end of a <g>, or in the next pair.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandApertiumText, formatApertiumDix, parseApertium, Rng } from '../../src';
import { ltExpand } from '../apertium/support/lt-expand';

const CHARACTERS = [...'abcxyzé', '&amp;', '&lt;', '&gt;', ':', '+', '~', '#', '@', '*', '/', '^', '$', '{', '}', '\\', ' ', "'", '-', '.'];
const TAGS = ['n', 'v', 'pl'];

function randomDix(rng: Rng, entries: number): string {
  const pick = <T>(items: readonly T[]): T => items[rng.int(items.length)]!;
  const text = (most: number) => Array.from({ length: rng.between(0, most) }, () => pick(CHARACTERS)).join('');
  const piece = (analysis: boolean): string => {
    const roll = rng.next();
    if (roll < 0.55) return text(4);
    if (roll < 0.65) return '<b/>';
    if (roll < 0.72) return '<j/>';
    if (roll < 0.78) return '<a/>';
    if (roll < 0.85 && analysis) return `<s n="${pick(TAGS)}"/>`;
    if (roll < 0.92) return `<g>${text(3)}</g>`;
    return text(4);
  };
  const sideOf = (analysis: boolean) => Array.from({ length: rng.between(0, 3) }, () => piece(analysis)).join('');
  const regexp = () => `<re>${Array.from({ length: rng.between(1, 5) }, () => pick([...'ab[]+*?:.,-()', '\\\\', '\\['])).join('')}</re>`;
  const content = () =>
    Array.from({ length: rng.between(1, 3) }, () => {
      const roll = rng.next();
      return roll < 0.5 ? `<p><l>${sideOf(false)}</l><r>${sideOf(true)}</r></p>` : roll < 0.8 ? `<i>${sideOf(false)}</i>` : regexp();
    }).join('');
  const pardefs = Array.from({ length: 3 }, (_, p) => {
    const rules = Array.from({ length: rng.between(1, 3) }, () => `<e${pick(['', ' r="LR"', ' r="RL"'])}>${content()}</e>`);
    return `<pardef n="p${p}">${rules.join('')}</pardef>`;
  });
  const section = Array.from({ length: entries }, (_, i) => {
    const par = rng.next() < 0.6 ? `<par n="p${rng.int(3)}"/>` : '';
    return `<e${rng.next() < 0.8 ? ` lm="w${i}"` : ''}>${content()}${par}</e>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<dictionary><alphabet/><sdefs>' +
    TAGS.map((tag) => `<sdef n="${tag}"/>`).join('') +
    `</sdefs>\n<pardefs>\n${pardefs.join('\n')}\n</pardefs>\n<section id="main" type="standard">\n${section.join('\n')}\n</section></dictionary>\n`
  );
}

describe('formatApertiumDix of random dictionaries', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dix-export-random-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Array.from({ length: 100 }, (_, i) => 9000 + i))('seed %i: lt-expand of the export prints what it printed of the original', (seed) => {
    const original = join(dir, `original-${seed}.dix`);
    writeFileSync(original, randomDix(new Rng(seed), 30));
    const theirs = ltExpand(original);
    expect(theirs.split('\n').length).toBeGreaterThan(10);
    const lexicon = parseApertium(readFileSync(original, 'utf8'), original);
    expect([...expandApertiumText(lexicon)].join('')).toBe(theirs);
    const names = new Map(lexicon.patterns.map((pattern) => [pattern.id, pattern.name]));
    const exported = join(dir, `exported-${seed}.dix`);
    writeFileSync(exported, formatApertiumDix(lexicon.patterns, lexicon.lexemes.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => names.get(id)!) }))));
    expect(ltExpand(exported)).toBe(theirs);
  });
});

