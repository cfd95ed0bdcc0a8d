export type { CheckedNativeLexicon, NativeLexeme, NativeLexicon, NativePattern, NativeProblem } from './native-lexicon';
export { formatProblem } from './native-lexicon';
export { parseLexemesTsv, scanLexemesTsv, LEXEME_COLUMNS, type LocatedLexeme, type ScanLexemesOptions } from './lexemes-tsv';
export { checkNativeLexicon, parseNativeLexicon, type NativeFiles, type NativeOptions } from './parse-native-lexicon';
export { readNativeFiles, NativeFileError } from './read-native-files';
