import { ConnectionTimeoutError, SQL_STATE, sqlState } from '@paradigm/persistence';

/**
 * How the database failed the run: it went away, it did not answer in time, the server ended a session
 * that sat idle inside its transaction too long (the client was busy computing, not gone), or it refused
 * a new connection because every slot was taken (the server is up: the run asked for too many).
 */
export type DatabaseFailure = { readonly kind: 'lost' } | { readonly kind: 'timeout'; readonly detail: string } | { readonly kind: 'idle' } | { readonly kind: 'no-free-slots' };

/**
 * The database could not be reached, went away (connection refused, terminated, reset) or did not
 * answer in time: not a problem with the data. The message names the database, what happened and what
 * to do; the batch in flight was rolled back by the server, so nothing half-written remains.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly database: string,
    readonly resume: string,
    cause: unknown,
  ) {
    const failure = databaseFailure(cause) ?? { kind: 'lost' };
    super(failureMessage(failure, database, resume, cause), { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

function failureMessage(failure: DatabaseFailure, database: string, resume: string, cause: unknown): string {
  const rolledBack = 'The batch in flight was rolled back (no half-written forms).';
  switch (failure.kind) {
    case 'timeout':
      return `Timed out on the database ${database}: ${failure.detail}. ${rolledBack} Check the network and the server, then ${resume}.`;
    case 'idle':
      return (
        `The database ${database} ended a session that sat idle inside its transaction longer than its idle-in-transaction timeout (${rootMessage(cause)}): ` +
        `the worker was still computing a batch (lexemes that derive very many forms take long). ${rolledBack} ` +
        `Use a smaller --batch-size (with \`worker\`, or a larger --idle-in-transaction-timeout-ms, 60 s by default, 0 for none), then ${resume}.`
      );
    case 'no-free-slots':
      return (
        `The database ${database} has no free connection slots (${rootMessage(cause)}, SQLSTATE ${SQL_STATE.tooManyConnections}): ` +
        `a run holds one connection per --concurrency batch and one more to read. ${rolledBack} ` +
        `Lower --concurrency, stop idle clients, or raise the server's max_connections (or the CONNECTION LIMIT of the role or database the server names), then ${resume}.`
      );
    case 'lost':
      return (
        `Lost the database ${database}: ${rootMessage(cause)}. ${rolledBack} ` +
        `Start the database (e.g. \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\`) or point DATABASE_URL at a reachable one, then ${resume}.`
      );
  }
}

// SQLSTATE classes that mean the server ended the session: 08 connection exception, 57P01-57P03
// admin shutdown / crash shutdown / cannot connect now, 57P05 idle session timeout. (25P03, idle in
// transaction timeout, is a failure of its own: see databaseFailure.)
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1235])$/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection is closed|Client has encountered a connection error|Cannot connect to PostgreSQL|Client was closed/i;

/**
 * Whether `error` (or any cause in its chain) says the database is gone or did not answer in time,
 * rather than that the query is wrong; `undefined` when it does not.
 */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  let lost = false;
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof ConnectionTimeoutError) {
      const flag = e.kind === 'connect' ? '--connect-timeout-ms' : '--query-timeout-ms';
      return { kind: 'timeout', detail: `no answer ${e.kind === 'connect' ? 'to a new connection' : 'to a statement'} within ${e.timeoutMs} ms (${flag}): the network went silent or the server is stuck` };
    }
    const code = (e as { code?: unknown }).code;
    if (code === SQL_STATE.queryCanceled && /statement timeout/i.test(e.message)) {
      return { kind: 'timeout', detail: `the server cancelled a statement that ran longer than --statement-timeout-ms (${e.message}); look for a lock held by another session, or raise the limit` };
    }
    if (code === SQL_STATE.idleInTransactionTimeout) return { kind: 'idle' };
    // The server is up and refused a new connection: this wins over the "Cannot connect to PostgreSQL" wrapper on the way here.
    if (code === SQL_STATE.tooManyConnections) return { kind: 'no-free-slots' };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE_CODES.has(code))) lost = true;
    if (UNAVAILABLE_MESSAGE.test(e.message)) lost = true;
  }
  return lost ? { kind: 'lost' } : undefined;
}

/** Whether `error` (or any cause in its chain) says the database is gone or timed out rather than the query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFailure(error) !== undefined;
}

/** Serialization failure or deadlock: the transaction can simply be run again. */
export function isRetryable(error: unknown): boolean {
  const code = sqlState(error);
  return code === SQL_STATE.serializationFailure || code === SQL_STATE.deadlockDetected;
}

/** `lock_timeout` ran out (SQLSTATE 55P03): the lock was not taken, and nothing else went wrong. */
export function isLockTimeout(error: unknown): boolean {
  return sqlState(error) === SQL_STATE.lockNotAvailable;
}

/**
 * The deepest cause's message: the server's or the socket's own words. Wrappers on the way (pg's, or
 * persistence's "Lost the database X: ...") would repeat what this error's message already says.
 */
export function rootMessage(error: unknown): string {
  let root = error;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  return root instanceof Error && root.message ? root.message : String(error);
}

// SQLSTATE classes of a server that refused the data itself: 22 data exception (e.g. 22021 invalid
// byte sequence), 23 integrity constraint violation (a CHECK, a trigger's constraint), 54 program limit
// exceeded (e.g. "index row size ... exceeds btree maximum"). Sending the same rows again fails the
// same way; other rows are fine.
const DATA_REJECTION_SQLSTATE = /^(22|23|54)...$/;

/** The SQLSTATE and message of the server's refusal of the data, when `error` (or a cause in its chain) is one. */
export function dataRejection(error: unknown): { readonly code: string; readonly message: string } | undefined {
  return serverError(error, DATA_REJECTION_SQLSTATE);
}

// A server's SQLSTATE: five characters, the class first (PGlite raises the same); Node's own error codes
// (EPIPE, ECONNRESET) are not among them.
const ANY_SQLSTATE = /^(?:[0-9][0-9A-Z]|HV|P0|XX|F0)[0-9A-Z]{3}$/;

/** The first server error in `error`'s cause chain whose SQLSTATE `accept` matches (any SQLSTATE by default): its code and message. */
export function serverError(error: unknown, accept: RegExp = ANY_SQLSTATE): { readonly code: string; readonly message: string } | undefined {
  // Not `instanceof Error`: PGlite's errors may come from another realm (it is loaded outside jest's module registry).
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && accept.test(code)) return { code, message: String(message) };
  }
  return undefined;
}
