export { formatPatternsFile, formatLexemeLine, LEXEMES_TSV_HEADER, NativeExportError, type ExportPattern } from './native-export';
export { formatApertiumDix } from './apertium-export';
