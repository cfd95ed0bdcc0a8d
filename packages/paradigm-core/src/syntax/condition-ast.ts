/** A set of code points: `ranges` holds inclusive `[low, high]` pairs; `negated` flips membership. */
export interface CharSet {
  readonly negated: boolean;
  readonly ranges: readonly number[];
}

/** One condition item: a character set repeated between `min` and `max` times (`max` may be Infinity). */
export interface ConditionItem {
  readonly set: CharSet;
  readonly min: number;
  readonly max: number;
}

/** A parsed affix condition: a sequence of items, read in text order. */
export interface ConditionAst {
  readonly source: string;
  readonly items: readonly ConditionItem[];
}
