/**
 * The worker's PostgreSQL session settings, sent in the connection's startup packet (`options` in the
 * URL), so they cost no round trip.
 *
 * `jit=off`: every worker statement is a short indexed read or write, which JIT only slows down.
 * Without planner statistics (a freshly seeded database, or autovacuum off as on this machine) the
 * estimates are large enough that PostgreSQL 15 JIT-compiles with inlining and optimisation: measured
 * on 500,000 lexemes, one 1000-lexeme page read took 585 ms of which 475 ms was JIT (6.7 ms without),
 * and the `DELETE ... = ANY($ids)` of a batch was compiled the same way.
 */
export const WORKER_SESSION_OPTIONS = '-c jit=off';

/**
 * `url` with {@link WORKER_SESSION_OPTIONS} added to its `options` parameter; a URL whose `options`
 * already sets `jit` is left as the user wrote it. `undefined` (embedded PGlite) stays `undefined`.
 */
export function withWorkerSessionSettings(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // openDatabase reports the malformed URL with its own message.
  }
  const options = parsed.searchParams.get('options');
  if (options?.includes('jit')) return url;
  parsed.searchParams.set('options', options ? `${options} ${WORKER_SESSION_OPTIONS}` : WORKER_SESSION_OPTIONS);
  return parsed.toString();
}
