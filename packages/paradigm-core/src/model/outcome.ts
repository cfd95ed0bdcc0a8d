import type { GenerationError } from '../errors/generation-error';
import type { Form } from './form';

/** What one pattern gave for one lexeme: its forms, nothing (`no-match`), or a data error. */
export type PatternOutcome =
  | { readonly kind: 'forms'; readonly patternId: number; readonly forms: Form[] }
  | { readonly kind: 'no-match'; readonly patternId: number }
  | { readonly kind: 'error'; readonly patternId: number; readonly error: GenerationError };

/** A {@link PatternOutcome} without the forms (they went to a sink): how many there were. */
export type PatternSummary =
  | { readonly kind: 'forms'; readonly patternId: number; readonly count: number }
  | { readonly kind: 'no-match'; readonly patternId: number }
  | { readonly kind: 'error'; readonly patternId: number; readonly error: GenerationError };
