import type { Direction } from '../model/form';
import type { ConditionAst } from './condition-ast';

/** Where something is in a pattern's source text (1-based, columns in code points). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** How much of the form `redup` copies. */
export type RedupKind = 'cv' | 'syllable' | 'radical' | 'total';

export type OperationAst = SourcePosition &
  (
    | { readonly kind: 'template'; readonly skeleton: string; readonly ablaut?: SourcePosition & { readonly scheme: string } }
    | {
        readonly kind: 'suffix' | 'prefix';
        readonly strip: string;
        readonly add: string;
        readonly condition?: ConditionAst;
      }
    | { readonly kind: 'ablaut'; readonly scheme: string }
    | { readonly kind: 'redup'; readonly redup: RedupKind; readonly after: boolean }
    | { readonly kind: 'gloss'; readonly text: string }
  );

export interface RuleAst extends SourcePosition {
  readonly operations: readonly OperationAst[];
  readonly cell: string;
  readonly continuations: readonly (SourcePosition & { readonly name: string })[];
  readonly needAffix: boolean;
  readonly circumfix: boolean;
  readonly dir: Direction;
}

export interface SchemeAst extends SourcePosition {
  readonly name: string;
  readonly pairs: readonly (readonly [from: string, to: string])[];
}

/** One pattern's source, parsed but not yet checked for meaning (unknown schemes etc.). */
export interface PatternAst extends SourcePosition {
  readonly name: string;
  readonly nameColumn: number;
  readonly cross: boolean;
  readonly schemes: readonly SchemeAst[];
  readonly vowels: readonly (SourcePosition & { readonly vowel: string })[];
  readonly rules: readonly RuleAst[];
}
