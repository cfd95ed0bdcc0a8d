import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EN_US } from '../micro/load-datasets';
import type { PlanOptions } from './chaos-plan';

/** Entries of en_US.dic the soaks' Hunspell imports take: enough that a round ending on such an import still checks thousands of forms. */
export const HUNSPELL_ENTRIES = 1500;

/** The repository's small real dictionaries and example files (relative to the workspace root): what the tests' rounds import and load. */
export const DICTIONARIES: PlanOptions['dictionaries'] = {
  hunspell: ['packages/lexicons/test/hunspell/fixtures/conditions.aff', 'packages/lexicons/test/hunspell/fixtures/conditions.dic'],
  apertium: 'packages/lexicons/test/apertium/fixtures/basic.dix',
  patterns: ['docs/examples/english.patterns', 'docs/examples/conlang.patterns'],
  tsv: 'docs/examples/lexemes.tsv',
};

/**
 * What the soaks import and load: {@link DICTIONARIES}, with the Hunspell import taking the first
 * {@link HUNSPELL_ENTRIES} entries of Debian's en_US (installed by setup), written once to the temporary
 * folder, in place of the 10-entry fixture.
 */
export function chaosDictionaries(): PlanOptions['dictionaries'] {
  return { ...DICTIONARIES, hunspell: enUsSlice() };
}

/** en_US.aff and the first entries of en_US.dic, its word count line made to match. */
function enUsSlice(): [string, string] {
  const folder = join(tmpdir(), 'paradigm-chaos');
  mkdirSync(folder, { recursive: true });
  const aff = join(folder, 'en_US.aff');
  const dic = join(folder, `en_US-${HUNSPELL_ENTRIES}.dic`);
  writeFileSync(aff, readFileSync(EN_US.aff));
  const entries = readFileSync(EN_US.dic, 'latin1').split('\n').slice(1, HUNSPELL_ENTRIES + 1);
  writeFileSync(dic, `${entries.length}\n${entries.join('\n')}\n`, 'latin1');
  return [aff, dic];
}
