export type { NativeLexeme, NativeLexicon, NativePattern, NativeProblem } from './native-lexicon';
export { formatProblem } from './native-lexicon';
export { parseLexemesTsv, LEXEME_COLUMNS, type LocatedLexeme } from './lexemes-tsv';
export { parseNativeLexicon, type NativeFiles, type NativeOptions } from './parse-native-lexicon';
export { readNativeFiles, NativeFileError } from './read-native-files';
