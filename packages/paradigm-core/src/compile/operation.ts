import type { RedupKind } from '../syntax/pattern-ast';
import type { AblautScheme } from './ablaut-scheme';
import type { ConditionMatcher } from './condition-matcher';
import type { Skeleton } from './skeleton';
import type { VowelSet } from './vowel-set';

/** A compiled operation; `kind` is a small integer so the generator dispatches with one switch. */
export type Operation =
  | { readonly kind: typeof OP_SUFFIX | typeof OP_PREFIX; readonly strip: string; readonly add: string; readonly condition: ConditionMatcher | null }
  | { readonly kind: typeof OP_ABLAUT; readonly scheme: AblautScheme }
  | { readonly kind: typeof OP_REDUP; readonly redup: RedupKind; readonly after: boolean; readonly vowels: VowelSet }
  | { readonly kind: typeof OP_TEMPLATE; readonly skeleton: Skeleton };

export const OP_SUFFIX = 0;
export const OP_PREFIX = 1;
export const OP_ABLAUT = 2;
export const OP_REDUP = 3;
export const OP_TEMPLATE = 4;
