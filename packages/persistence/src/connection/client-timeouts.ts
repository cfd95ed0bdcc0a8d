/**
 * How long a PostgreSQL client waits before it gives up on the server, and how it notices a silent
 * network. Every value is in milliseconds; 0 turns a limit off. See `docs/timeouts.md` for what each
 * one bounds and what happens when it fires. PGlite runs in this process and ignores them.
 */
export interface ClientTimeouts {
  /**
   * Longest wait for a new connection: TCP connect, TLS and PostgreSQL's startup answer (pg's
   * `connectionTimeoutMillis`; it also bounds a wait for a free pooled connection).
   */
  readonly connectTimeoutMs: number;
  /**
   * Longest wait for one statement's answer, a COPY's included (pg's `query_timeout`). When it fires the
   * connection is dropped, so the server rolls back the open transaction. Migrations run on open are exempt.
   */
  readonly queryTimeoutMs: number;
  /** TCP keep-alive probes start after the connection has been silent this long (pg's `keepAliveInitialDelayMillis`). */
  readonly keepAliveInitialDelayMs: number;
}

/**
 * Connecting (TCP, trust auth, startup, one `SELECT 1`) took 80-210 ms on this shared 2-core machine
 * (20 connects to 127.0.0.1 while other jobs ran): 10 s is far above a slow but working
 * server and short enough that a server that accepts TCP and never answers is reported promptly.
 * Statements are not bounded by default: the lexicon importer's COPY of a whole lexicon is one
 * legitimate long statement; callers with short statements (the worker) set their own bound.
 * Keep-alive probes start after 10 s of silence.
 */
export const DEFAULT_CLIENT_TIMEOUTS: ClientTimeouts = {
  connectTimeoutMs: 10_000,
  queryTimeoutMs: 0,
  keepAliveInitialDelayMs: 10_000,
};
