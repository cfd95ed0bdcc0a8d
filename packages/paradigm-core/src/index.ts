export type { Lexeme } from './model/lexeme';
export { LARGEST_LEXEME_ID } from './model/lexeme-id';
export type { PatternSource } from './model/pattern-source';
export type { ParsedPatternSource } from './syntax/parsed-pattern-source';
export type { Direction, Form, FormRowSink, GenerateOptions } from './model/form';
export type { PatternOutcome, PatternSummary } from './model/outcome';

export { ParadigmError } from './errors/paradigm-error';
export { PatternSyntaxError } from './errors/pattern-syntax-error';
export type { PatternError, PatternErrorCode } from './errors/pattern-error';
export type { GenerationError, GenerationErrorCode } from './errors/generation-error';

export { FORMAT_VERSION } from './compile/compiled-pattern';
export type { CompiledPattern } from './compile/compiled-pattern';
export type { Grammar } from './compile/grammar';
export { compilePattern } from './compile/compile-pattern';
export { compileGrammar } from './compile/compile-grammar';
export { narrowGrammar } from './compile/narrow-grammar';
export { reachable } from './graph/reachable';
export type { CompileOptions } from './compile/compile-options';
export { DEFAULT_MAX_FORMS_PER_LEXEME, defaultMaxCharsPerLexeme } from './compile/compile-options';
export { MAX_REDUPLICATED_LENGTH } from './generate/form-too-long';
export { MAX_NAME_BYTES } from './syntax/line-scanner';
export type { Normalization } from './text/normalization';
export { explainUnstorable, firstUnstorable } from './text/storable-text';
export { excerpt } from './text/quoted-excerpt';
export { lexemeLabel } from './text/lexeme-label';
export { OwnTexts } from './text/own-texts';
export { plural } from './text/plural';
export type { GrammarResult } from './compile/compile-grammar';
export { splitPatternFile, strayLines } from './syntax/pattern-file';
export type { FilePattern, StrayLine } from './syntax/pattern-file';

export { generateInto, generateRows, generateLexeme, generateAll } from './generate/generate';
export { GENERATION } from './generate/generation';

export { checkPatternFiles } from './check/check-pattern-files';
export type { CheckOptions, PatternFileText } from './check/check-pattern-files';
export type { CheckCode, CheckProblem } from './check/check-problem';
export { didYouMean } from './syntax/did-you-mean';
export { parsePatternSource } from './syntax/parse-pattern-source';
export { parseConditionSource } from './syntax/parse-condition-source';
export { MAX_CONDITION_STATES } from './syntax/condition-parser';
export type { ConditionAst } from './syntax/condition-ast';
export type { PatternAst, RuleAst, OperationAst } from './syntax/pattern-ast';
