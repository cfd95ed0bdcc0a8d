/**
 * A parameterised statement: what this package's SQL builders (queue claims, readers, lookups) return,
 * built by pure functions and tested as text, and what a `Connection` runs (`query(text, values)`).
 */
export interface SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}
