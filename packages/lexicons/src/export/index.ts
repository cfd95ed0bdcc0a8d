export { formatPatternsFile, formatLexemeLine, LEXEMES_TSV_HEADER, NativeExportError, type ExportPattern } from './native-export';
export { DixWriter, formatApertiumDix } from './apertium-export';
export { formatHunspell, HUNSPELL_WRITE_CHUNK, HunspellWriter, type HunspellExport, type HunspellExportNote, type HunspellExportOptions } from './hunspell/format-hunspell';
