// Reference tools for tests of the Hunspell importer and exporter (`@paradigm/lexicons/testing`).
export { hunspellReaderWords, NO_DIFFERENCE, unmunchWords, wordSetDifference, type WordSetDifference } from './hunspell-tools';
export { runExpansionProcess, type ExpansionEnd } from './expansion-process';
export { runWithStandardError } from './standard-error-process';
export { doubledDix } from './doubled-dix';
