import type { ConnectionSettings } from './worker-config';

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
