/** A pattern as it is stored: an id, a unique name (continuations refer to it) and its source text. */
export interface PatternSource {
  readonly id: number;
  readonly name: string;
  readonly source: string;
}
