/**
 * The SQLSTATE codes this code acts on (PostgreSQL's error codes; PGlite raises the same): what a failed
 * statement means for the transaction around it.
 */
export const SQL_STATE = {
  /** A serializable transaction lost to a concurrent one: run it again. */
  serializationFailure: '40001',
  /** The server broke a lock cycle by failing this session: run it again. */
  deadlockDetected: '40P01',
  /** A `NOWAIT` lock that is held, or `lock_timeout` ran out: the lock was not taken. */
  lockNotAvailable: '55P03',
  /** `statement_timeout` (or a cancel) ended the statement; the session survives. */
  queryCanceled: '57014',
  /** `idle_in_transaction_session_timeout` ended the session: the server is up, the client was silent in its transaction. */
  idleInTransactionTimeout: '25P03',
  /** A new connection was refused: every slot of `max_connections` (or a role's or database's CONNECTION LIMIT) is taken. */
  tooManyConnections: '53300',
} as const;

/** The SQLSTATE of a server error (`pg`'s and PGlite's errors carry it as `code`), else undefined. */
export function sqlState(error: unknown): unknown {
  return (error as { code?: unknown } | undefined)?.code;
}
