import { existsSync } from 'node:fs';
import { parseApertium, parseHunspell, readApertiumFile, readHunspellFiles, syntheticLexicon } from '@paradigm/lexicons';
import type { Dataset } from './dataset';

/** Debian's en_US Hunspell dictionary (package hunspell-en-us), when installed. */
export const EN_US = { aff: '/usr/share/hunspell/en_US.aff', dic: '/usr/share/hunspell/en_US.dic' };

/** Debian's Urdu Apertium dictionary (package apertium-urd), when installed. */
export const URD_DIX = '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';

/** Real lexicons installed on this machine, imported with @paradigm/lexicons. */
export function realDatasets(): Dataset[] {
  const out: Dataset[] = [];
  if (existsSync(URD_DIX)) {
    const lexicon = parseApertium(readApertiumFile(URD_DIX), URD_DIX);
    out.push({ name: 'apertium-urd', description: `${URD_DIX}, ${lexicon.lexemes.length} lexemes, ${lexicon.patterns.length} patterns`, patterns: lexicon.patterns, lexemes: lexicon.lexemes });
  }
  if (existsSync(EN_US.aff) && existsSync(EN_US.dic)) {
    const lexicon = parseHunspell(readHunspellFiles(EN_US.aff, EN_US.dic));
    out.push({ name: 'hunspell-en_US', description: `${EN_US.aff} + ${EN_US.dic}, ${lexicon.lexemes.length} lexemes, ${lexicon.patterns.length} patterns`, patterns: lexicon.patterns, lexemes: lexicon.lexemes });
  }
  return out;
}

/** The synthetic dataset's seed and shape (the runbook's 5 patterns per lexeme). */
export const SYNTHETIC_SEED = 1;
export const SYNTHETIC_PATTERNS_PER_LEXEME = 5;

/** The synthetic lexicon (`@paradigm/lexicons`) of `lexemes` lexemes, generated in memory (it is pure). */
export function syntheticDataset(lexemes: number): Dataset {
  const lexicon = syntheticLexicon({ lexemes, patternsPerLexeme: SYNTHETIC_PATTERNS_PER_LEXEME, seed: SYNTHETIC_SEED });
  return {
    name: 'synthetic',
    description: `persistence seed generator: ${lexemes} lexemes x ${lexicon.params.patternsPerLexeme} patterns, seed ${lexicon.params.seed}, ${lexicon.patterns.length} patterns`,
    patterns: lexicon.patterns,
    lexemes: [...lexicon.lexemes],
  };
}

/** A dataset by name: `synthetic` or one of {@link realDatasets}. */
export function datasetByName(name: string, syntheticLexemes: number): Dataset {
  if (name === 'synthetic') return syntheticDataset(syntheticLexemes);
  const real = realDatasets();
  const found = real.find((d) => d.name === name);
  if (!found) throw new Error(`no dataset "${name}" on this machine; available: synthetic${real.map((d) => `, ${d.name}`).join('')}`);
  return found;
}

/** The datasets the micro-benchmark runs on: the synthetic one, then the real lexicons present. */
export function loadDatasets(syntheticLexemes: number): Dataset[] {
  return [syntheticDataset(syntheticLexemes), ...realDatasets()];
}
