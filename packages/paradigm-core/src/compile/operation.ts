import type { RedupKind } from '../syntax/pattern-ast';
import type { AblautScheme } from './ablaut-scheme';
import type { ConditionMatcher } from './condition-matcher';
import type { Skeleton } from './skeleton';
import type { VowelSet } from './vowel-set';

/**
 * Every field of every kind: each operation has them all (those of other kinds empty), in this order, so
 * that all operations share one V8 map (see {@link operation}).
 */
interface OperationFields {
  readonly kind: number;
  readonly strip: string;
  readonly add: string;
  readonly condition: ConditionMatcher | null;
  readonly scheme: AblautScheme | null;
  readonly redup: RedupKind | null;
  readonly after: boolean;
  readonly vowels: VowelSet | null;
  readonly skeleton: Skeleton | null;
}

/** A compiled operation; `kind` is a small integer so the generator dispatches with one switch. */
export type Operation = OperationFields &
  (
    | { readonly kind: typeof OP_SUFFIX | typeof OP_PREFIX }
    | { readonly kind: typeof OP_ABLAUT; readonly scheme: AblautScheme }
    | { readonly kind: typeof OP_REDUP; readonly redup: RedupKind; readonly vowels: VowelSet }
    | { readonly kind: typeof OP_TEMPLATE; readonly skeleton: Skeleton }
  );

export const OP_SUFFIX = 0;
export const OP_PREFIX = 1;
export const OP_ABLAUT = 2;
export const OP_REDUP = 3;
export const OP_TEMPLATE = 4;

/**
 * An operation with every field, written in one order: V8 then gives every operation the same map, and
 * the generator's reads of `kind` and of each kind's fields are monomorphic. With one object shape per
 * kind (four maps) those reads check up to four maps, and optimized code that had not met a kind is
 * thrown away and compiled again when that kind first comes along (on the worker's seed every kind
 * comes in the first lexemes, so this was not measured alone there).
 */
export function operation(fields: Partial<OperationFields> & Pick<Operation, 'kind'>): Operation {
  return {
    kind: fields.kind,
    strip: fields.strip ?? '',
    add: fields.add ?? '',
    condition: fields.condition ?? null,
    scheme: fields.scheme ?? null,
    redup: fields.redup ?? null,
    after: fields.after ?? false,
    vowels: fields.vowels ?? null,
    skeleton: fields.skeleton ?? null,
  } as Operation; // the caller's kind and fields are one member of the union; the rest are empty
}
