/** A parameterised statement: what the queue builders return and a {@link Connection} runs. */
export interface SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}
