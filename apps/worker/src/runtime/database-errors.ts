/**
 * The database could not be reached or went away (connection refused, terminated, reset): not a
 * problem with the data. The message names the database and what to do; the batch in flight was rolled
 * back by the server, so nothing half-written remains.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly database: string,
    readonly resume: string,
    cause: unknown,
  ) {
    super(
      `Lost the database ${database}: ${rootMessage(cause)}. The batch in flight was rolled back (no half-written forms). ` +
        `Start the database (e.g. \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\`) or point DATABASE_URL at a reachable one, then ${resume}.`,
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

// SQLSTATE classes that mean the server ended the session: 08 connection exception, 57P01-57P03
// admin shutdown / crash shutdown / cannot connect now.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection is closed|Client has encountered a connection error|Cannot connect to PostgreSQL|Client was closed/i;

/** Whether `error` (or any cause in its chain) says the database is gone rather than the query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
    if (UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** Serialization failure or deadlock: the transaction can simply be run again. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === '40001' || code === '40P01';
}

/**
 * The deepest cause's message: the server's or the socket's own words. Wrappers on the way (pg's, or
 * persistence's "Lost the database X: ...") would repeat what this error's message already says.
 */
function rootMessage(error: unknown): string {
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
  // Not `instanceof Error`: PGlite's errors may come from another realm (it is loaded outside jest's module registry).
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && DATA_REJECTION_SQLSTATE.test(code)) return { code, message: String(message) };
  }
  return undefined;
}
