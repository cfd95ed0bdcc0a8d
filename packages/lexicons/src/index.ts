export type { ImportedLexicon, LexiconFormat } from './imported-lexicon';
export { parseHunspell, type HunspellFiles } from './hunspell/parse-hunspell';
export { readHunspellFiles } from './hunspell/read-hunspell-files';
export { HunspellImportError } from './hunspell/hunspell-import-error';
export type { HunspellLexicon } from './hunspell/hunspell-lexicon';
export { expandHunspell, compileHunspellGrammar, type ExpandHunspellOptions } from './hunspell/expand-hunspell';
export type { HunspellImportOptions } from './hunspell/parse-hunspell';
export * from './apertium';
