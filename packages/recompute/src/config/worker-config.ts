import type { WriterName } from '@paradigm/persistence';

/** Options shared by both commands. */
export interface CommonConfig {
  /** Form writer; `copy` is the fastest (measured by persist-bench at 1M forms: unnest ~0.2x, insert ~0.09x of it). */
  readonly method: WriterName;
  /** Lexemes per batch (one transaction each). */
  readonly batchSize: number;
  /** Most forms in one batch (a page or claim that generates more is written in parts); bounds memory by forms. */
  readonly batchForms: number;
  /** Batches written at once, each on its own connection; PGlite always uses 1. */
  readonly concurrency: number;
}

/** Which lexemes a full recompute covers. */
export type LexemeSelection =
  | { readonly kind: 'first'; readonly limit: number }
  /**
   * Every lexeme: a rebuild of the forms table. `shared` (PostgreSQL): start or join a rebuild that several
   * processes share, range by range, instead of this process's own one-snapshot rebuild.
   */
  | { readonly kind: 'all'; readonly shared?: boolean }
  | { readonly kind: 'ids'; readonly ids: readonly number[] };

/** `recompute`: recompute the forms of the selected lexemes now. */
export interface RecomputeConfig extends CommonConfig {
  readonly command: 'recompute';
  readonly selection: LexemeSelection;
}

/** `run`: drain the recompute queue (and with `follow`, keep waiting for changes). */
export interface RunConfig extends CommonConfig {
  readonly command: 'run';
  readonly follow: boolean;
  /** With `follow`, how often an empty queue is polled. */
  readonly pollMs: number;
  /** Queue again the lexemes that failed earlier (`recompute_failures`) before draining. */
  readonly retryFailed: boolean;
  /** When the queue is rebuilt instead of drained batch by batch; default {@link REBUILD_THRESHOLD}; `null`: never (`--no-rebuild`). */
  readonly rebuildAt?: RebuildThreshold | null;
}

/**
 * When `run` recomputes the queue by rebuilding every lexeme's forms (`recompute --all`: a new table,
 * indexes built once, a swap) instead of replacing the queued lexemes' forms batch by batch: when at
 * least `minimumLexemes` are queued and they are at least `share` of the lexicon. A pattern change that
 * reaches most lexemes is such a queue. Measured on PostgreSQL (this machine, load 1.2-1.6, one run
 * after the other), 100,000 lexemes of 210 forms after a change to the pattern every lexeme continues
 * into (24 and 27 million forms): batch by batch 108-110 s (4.1-4.5 us a form), rebuilt 31-35 s (1.3 us
 * a form of the whole lexicon); so a rebuild pays from about 30% of the lexicon.
 */
export interface RebuildThreshold {
  readonly share: number;
  readonly minimumLexemes: number;
}

/** The default {@link RebuildThreshold}: below 10,000 queued lexemes batches take seconds at most. */
export const REBUILD_THRESHOLD: RebuildThreshold = { share: 0.3, minimumLexemes: 10_000 };

/** What `runWorker` runs: a recompute or a queue drain. */
export type WorkerConfig = RecomputeConfig | RunConfig;

/**
 * Every default in one place: the engine's, and those of the programs that run it (how progress is
 * shown, how long a stopping process waits for the batch in flight). Batch size 1000 (about 20,000
 * forms with 5 patterns: big enough that per-transaction overhead is small, small enough that a
 * rolled-back batch is cheap to redo) and concurrency 2, measured against each other on this 2-core machine (PostgreSQL on the same cores):
 * recompute of the first 40,000 of 500,000 lexemes (784,149 forms), 2 runs each, loaded machine:
 * 1000 x 2 108-112k forms/s, 1000 x 3 86-107k, 2000 x 2 73-84k, 500 x 2 70-71k, 1000 x 1 57-75k.
 * See `benchmarks/phase4/worker-ceiling.json` for the full runs.
 * Batch forms 50,000: above the ~20,000 of a synthetic page, so those pages stay whole; hunspell-fr pages
 * of 1000 lexemes generate up to ~97,000 forms and are split in two (see `docs/phase4/profiling_findings.md`).
 */
export const DEFAULTS = {
  method: 'copy',
  batchSize: 1000,
  batchForms: 50_000,
  concurrency: 2,
  progress: 'auto',
  shutdownTimeoutMs: 10_000,
  limit: 1000,
  pollMs: 1000,
} as const satisfies Partial<Record<string, unknown>>;

/**
 * The most batches a run may write at once. A run holds one connection per batch and one to read, so 64
 * takes 65 of PostgreSQL's default max_connections of 100 (3 of which only superusers may use), leaving
 * room for the workbench, a second run and psql; a --concurrency of 100 or more cannot get its
 * connections on such a server at all. More batches than the server has cores only queue on them: on the
 * 2-core machine of {@link DEFAULTS}, 3 was already slower than 2.
 */
export const MAX_CONCURRENCY = 64;

/**
 * How the worker talks to PostgreSQL when the network or the server fails: client timeouts, the
 * settings sent for its sessions (so the server frees a vanished worker's claims), and how `run
 * --follow` reconnects. Milliseconds; 0 turns a limit off. `docs/timeouts.md` explains each one.
 */
export interface ConnectionSettings {
  /** Longest wait for a new connection to answer. */
  readonly connectTimeoutMs: number;
  /** Client side: longest wait for one statement's answer; then the connection is dropped. */
  readonly queryTimeoutMs: number;
  /** Server side (`statement_timeout`): the server cancels a statement running longer. */
  readonly statementTimeoutMs: number;
  /** Server side (`idle_in_transaction_session_timeout`): a session silent this long inside a transaction is ended, its claims freed. */
  readonly idleInTransactionTimeoutMs: number;
  /** Server side (`tcp_user_timeout`): the server drops a connection whose sent data stays unacknowledged this long. */
  readonly tcpUserTimeoutMs: number;
  /** TCP keep-alive after this much silence, on the client socket and (`tcp_keepalives_idle`/`_interval`) the server's. */
  readonly keepAliveMs: number;
  /** `run --follow`: first wait before reconnecting; doubles per failed attempt up to `reconnectMaxMs`. */
  readonly reconnectInitialMs: number;
  readonly reconnectMaxMs: number;
}

/**
 * Defaults of {@link ConnectionSettings}; `docs/timeouts.md` gives the reasons in full. The worker's
 * statements are short: on the 500,000-lexeme benchmark (9.8M forms, batches of 1000 lexemes,
 * `benchmarks/phase4/worker-ceiling.json`) the slowest page read took 33 ms and the slowest whole
 * batch write (DELETE, COPY of ~20,000 forms, COMMIT) 276 ms. So 5 minutes for one statement is about
 * a thousand times the worst seen and still ends a stuck one; the client waits 15 s longer, so a
 * working server's own cancellation (SQLSTATE 57014, a clear error) arrives first. Between two
 * statements of a batch the worker computes (at most 59 ms per 1000-lexeme batch there; about 150 ms
 * for a full `batchForms` of 50,000), so a transaction silent for 60 s belongs to a worker that is
 * gone or frozen. Keep-alive after 10 s and a 30 s TCP user timeout let the server notice a dead
 * network in well under a minute.
 */
export const CONNECTION_DEFAULTS: ConnectionSettings = {
  connectTimeoutMs: 10_000,
  queryTimeoutMs: 315_000,
  statementTimeoutMs: 300_000,
  idleInTransactionTimeoutMs: 60_000,
  tcpUserTimeoutMs: 30_000,
  keepAliveMs: 10_000,
  reconnectInitialMs: 500,
  reconnectMaxMs: 30_000,
};
