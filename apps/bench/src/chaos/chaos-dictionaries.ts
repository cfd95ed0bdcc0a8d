import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EN_US, URD_DIX } from '../micro/load-datasets';
import type { PlanOptions } from './chaos-plan';

/** Entries of en_US.dic the soaks' Hunspell imports take: enough that a round ending on such an import still checks thousands of forms. */
export const HUNSPELL_ENTRIES = 1500;
/** Entries of apertium-urd's main section the soaks' Apertium imports take, with all of its 123 pardefs. */
export const APERTIUM_ENTRIES = 600;

/** The repository's small real dictionaries and example files (relative to the workspace root): what the tests' rounds import and load. */
export const DICTIONARIES: PlanOptions['dictionaries'] = {
  hunspell: ['packages/lexicons/test/hunspell/fixtures/conditions.aff', 'packages/lexicons/test/hunspell/fixtures/conditions.dic'],
  apertium: 'packages/lexicons/test/apertium/fixtures/basic.dix',
  patterns: ['docs/examples/english.patterns', 'docs/examples/conlang.patterns'],
  tsv: 'docs/examples/lexemes.tsv',
};

/**
 * What the soaks import and load: {@link DICTIONARIES}, with the imports taking the first
 * {@link HUNSPELL_ENTRIES} entries of Debian's en_US and the first {@link APERTIUM_ENTRIES} of
 * apertium-urd (both installed by setup), written to the temporary folder, in place of the fixtures of
 * ten entries or so.
 */
export function chaosDictionaries(): PlanOptions['dictionaries'] {
  const folder = join(tmpdir(), 'paradigm-chaos');
  mkdirSync(folder, { recursive: true });
  return { ...DICTIONARIES, hunspell: enUsSlice(folder), apertium: urdSlice(folder) };
}

/** en_US.aff and the first entries of en_US.dic, its word count line made to match. */
function enUsSlice(folder: string): [string, string] {
  const aff = join(folder, 'en_US.aff');
  const dic = join(folder, `en_US-${HUNSPELL_ENTRIES}.dic`);
  writeFileSync(aff, readFileSync(EN_US.aff));
  const entries = readFileSync(EN_US.dic, 'latin1').split('\n').slice(1, HUNSPELL_ENTRIES + 1);
  writeFileSync(dic, `${entries.length}\n${entries.join('\n')}\n`, 'latin1');
  return [aff, dic];
}

/**
 * apertium-urd's .dix up to its main section, then the first entries of that section (each on a line
 * of its own there), and the section and dictionary closed.
 */
function urdSlice(folder: string): string {
  const dix = join(folder, `apertium-urd-${APERTIUM_ENTRIES}.dix`);
  const lines = readFileSync(URD_DIX, 'utf8').split('\n');
  const main = lines.findIndex((line) => line.includes('<section id="main"'));
  if (main < 0) throw new Error(`${URD_DIX}: no <section id="main">; the soak takes its first entries from there`);
  const entries = lines.slice(main + 1).filter((line) => /^\s*<e[ >].*<\/e>\s*$/.test(line)).slice(0, APERTIUM_ENTRIES);
  writeFileSync(dix, [...lines.slice(0, main + 1), ...entries, '  </section>', '</dictionary>', ''].join('\n'), 'utf8');
  return dix;
}
