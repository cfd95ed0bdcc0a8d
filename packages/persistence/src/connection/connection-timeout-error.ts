/** What did not answer in time: opening a connection, or a statement on an open one. */
export type TimeoutKind = 'connect' | 'query';

/**
 * PostgreSQL did not answer within a configured {@link ClientTimeouts} limit. The connection was
 * dropped (so the server rolls back whatever transaction it had open); `database` names it without
 * secrets, `timeoutMs` is the limit that fired.
 */
export class ConnectionTimeoutError extends Error {
  constructor(
    readonly kind: TimeoutKind,
    readonly database: string,
    readonly timeoutMs: number,
    cause: unknown,
  ) {
    super(
      kind === 'connect'
        ? `Timed out connecting to PostgreSQL at ${database}: no answer within ${timeoutMs} ms (connect timeout). ` +
            'The server accepted TCP but did not answer as PostgreSQL: is it overloaded, starting, or is something else listening on that port? ' +
            'Check the host and port in DATABASE_URL, or raise the connect timeout if the network is that slow.'
        : `PostgreSQL at ${database} did not answer a statement within ${timeoutMs} ms (query timeout): the network went silent or the server is stuck. ` +
            'The connection was dropped; the server rolls back its open transaction. Raise the query timeout if statements are legitimately that slow.',
      { cause },
    );
    this.name = 'ConnectionTimeoutError';
  }
}
