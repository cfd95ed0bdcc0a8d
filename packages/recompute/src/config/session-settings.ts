import type { ConnectionSettings } from './worker-config';

/**
 * How often, in ms, the server checks that the client of a running statement is still there, and ends
 * the session if it is gone (`client_connection_check_interval`, PostgreSQL 14 and later). Without it a
 * statement outlives the process that sent it, killed or interrupted, until it ends by itself: an
 * import's `LOCK TABLE`, waiting behind another session's transaction, went on waiting after the
 * import exited, and every reader of the lexicon queued behind that lock too. The check is a poll of
 * the socket while a statement runs.
 */
export const CLIENT_CHECK_INTERVAL_MS = 1000;

/** The session settings of every connection the programs open, the worker's and any other command's. */
export const CLIENT_SESSION_SETTINGS: Readonly<Record<string, string>> = {
  client_connection_check_interval: String(CLIENT_CHECK_INTERVAL_MS),
};

/**
 * The worker's PostgreSQL session settings, sent in the connection's startup packet (`options` in the
 * URL), so they cost no round trip.
 *
 * `jit=off`: every worker statement is a short indexed read or write, which JIT only slows down.
 * Without planner statistics (a freshly seeded database, or autovacuum off as on this machine) the
 * estimates are large enough that PostgreSQL 15 JIT-compiles with inlining and optimisation: measured
 * on 500,000 lexemes, one 1000-lexeme page read took 585 ms of which 475 ms was JIT (6.7 ms without),
 * and the `DELETE ... = ANY($ids)` of a batch was compiled the same way.
 *
 * The timeouts make the server end the session of a worker that vanished (host gone, network silent):
 * its transaction rolls back and the lexemes it claimed go back on the queue. See `docs/timeouts.md`.
 */
export function workerSessionSettings(connection: ConnectionSettings): Record<string, string> {
  const keepAliveSeconds = String(Math.ceil(connection.keepAliveMs / 1000));
  return {
    ...CLIENT_SESSION_SETTINGS,
    jit: 'off',
    statement_timeout: String(connection.statementTimeoutMs),
    idle_in_transaction_session_timeout: String(connection.idleInTransactionTimeoutMs),
    tcp_user_timeout: String(connection.tcpUserTimeoutMs),
    tcp_keepalives_idle: keepAliveSeconds,
    tcp_keepalives_interval: keepAliveSeconds,
  };
}

/**
 * `url` with `settings` added to its `options` parameter as `-c name=value`; a setting the URL's
 * `options` already names is left as the user wrote it. `undefined` (embedded PGlite) stays `undefined`.
 */
export function withWorkerSessionSettings(url: string | undefined, settings: Record<string, string>): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // openDatabase reports the malformed URL with its own message.
  }
  const options = parsed.searchParams.get('options') ?? '';
  const added = Object.entries(settings)
    .filter(([name]) => !new RegExp(`\\b${name}\\s*=`).test(options))
    .map(([name, value]) => `-c ${name}=${value}`);
  if (added.length === 0) return url;
  parsed.searchParams.set('options', [options, ...added].filter(Boolean).join(' '));
  return parsed.toString();
}
