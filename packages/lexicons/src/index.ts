export type { ImportedLexicon, LexiconFormat } from './imported-lexicon';
