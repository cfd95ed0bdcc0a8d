import type { Database, Dialect, OpenOptions } from '@paradigm/persistence';
import { REBUILD_THRESHOLD, type RebuildThreshold } from '@paradigm/recompute';
import { hostHeaderName } from './host-names';

/** Whether a save's recompute runs in this process or is left to a separately running `run --follow`. */
export type RecomputeMode = 'in-process' | 'external';

/** Size limits of what the server accepts. */
export interface WorkbenchLimits {
  /** Largest JSON body (a pattern's source is the biggest one). */
  readonly bodyBytes: number;
  /** Largest uploaded dictionary file (each of .aff, .dic or .dix). */
  readonly uploadFileBytes: number;
  /** Most forms one search page returns. */
  readonly searchPage: number;
  /** Deepest a search may page (`offset`). */
  readonly searchOffset: number;
}

/** Options of {@link startWorkbench}; every one has a default ({@link WORKBENCH_DEFAULTS}). */
export interface WorkbenchOptions {
  /** Address to bind. Default `127.0.0.1`; any non-loopback address needs {@link WorkbenchOptions.token}. */
  readonly host?: string;
  /**
   * More names the server answers to, besides the loopback names and {@link WorkbenchOptions.host}: the
   * DNS name of a machine whose server binds every interface (`0.0.0.0`), say. Each is a bare host name
   * or address, no port; a request naming any other is refused (DNS rebinding). Default none.
   */
  readonly allowedHosts?: readonly string[];
  /** Port; 0 picks a free one. Default 5180. */
  readonly port?: number;
  /**
   * Writes (saving a pattern, importing) need `Authorization: Bearer <token>` when set. Default: the
   * `PARADIGM_WORKBENCH_TOKEN` environment variable.
   */
  readonly token?: string;
  /** An open database to serve (the caller closes it); otherwise one is opened with {@link WorkbenchOptions.open}. */
  readonly database?: Database;
  /** How to open the database when none is given (default: `DATABASE_URL`, else embedded PGlite). */
  readonly open?: OpenOptions;
  /** Default `in-process`: PGlite allows one process, so the server itself must drain the queue there. */
  readonly recompute?: RecomputeMode;
  /** How often the in-process loop looks for changes made by other clients, in ms. Default 1000. */
  readonly pollMs?: number;
  /**
   * PostgreSQL, in-process recompute: when the queue holds this much of the lexicon (a pattern change
   * most lexemes reach, a bulk edit), the loop rebuilds every form as `paradigm run` does, into a new
   * table swapped in at the end (readers see the old forms until then), and announces it with
   * `rebuilding` and `rebuilt` events; `null` keeps to batches. Default `REBUILD_THRESHOLD`. On the embedded database
   * the loop always goes batch by batch: a rebuild would hold its one connection, and every request
   * of the page would wait for it.
   */
  readonly rebuildFrom?: RebuildThreshold | null;
  /** The built page's folder; default this package's `dist/page` (built by `nx run workbench:build`). */
  readonly pageDir?: string;
  readonly limits?: Partial<WorkbenchLimits>;
  /** Log requests as JSON lines to stdout (default false). */
  readonly log?: boolean;
  /** Told of each request that failed inside the server (answered 500 with a generic message), e.g. to print it. */
  readonly onInternalError?: InternalErrorListener;
}

/** What {@link WorkbenchOptions.onInternalError} is given: the error and the request it failed. */
export type InternalErrorListener = (error: Error, request: { readonly method: string; readonly url: string }) => void;

/** The default of every option. */
export const WORKBENCH_DEFAULTS = {
  host: '127.0.0.1',
  port: 5180,
  recompute: 'in-process' as RecomputeMode,
  pollMs: 1000,
  limits: {
    // A pattern's source is a few KiB; 1 MiB leaves room for a very long one.
    bodyBytes: 1024 * 1024,
    // fr_FR.dic is 1.0 MB and fr_FR.aff 0.2 MB; apertium's largest .dix files are ~30 MB.
    uploadFileBytes: 64 * 1024 * 1024,
    searchPage: 200,
    searchOffset: 10_000,
  } satisfies WorkbenchLimits,
} as const;

/** The environment variable {@link WorkbenchOptions.token} defaults to. */
export const TOKEN_VARIABLE = 'PARADIGM_WORKBENCH_TOKEN';

/** A setting the server cannot start with; the message says which and how to fix it. */
export class WorkbenchConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbenchConfigError';
  }
}

/** Options with every default applied and checked. */
export interface ResolvedOptions {
  readonly host: string;
  /** As `Host` headers spell them (lower case, IPv6 in brackets). */
  readonly allowedHosts: readonly string[];
  readonly port: number;
  readonly token: string | undefined;
  readonly recompute: RecomputeMode;
  readonly pollMs: number;
  readonly rebuildFrom: RebuildThreshold | null;
  readonly limits: WorkbenchLimits;
  readonly log: boolean;
  readonly onInternalError: InternalErrorListener | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Refuses external recompute on the embedded database: PGlite opens in one process only, so no `paradigm
 * run --follow` could open it beside the server, and saved patterns would never get their forms.
 * `paradigm serve` checks it before opening the database; `startWorkbench` does not, since a caller
 * that hands it an open PGlite may drain the queue in its own process.
 *
 * @throws {@link WorkbenchConfigError} for `external` on `pglite`.
 */
export function assertRecomputeFits(recompute: RecomputeMode, dialect: Dialect): void {
  if (recompute === 'external' && dialect === 'pglite') {
    throw new WorkbenchConfigError(
      'external recompute needs PostgreSQL (DATABASE_URL): the embedded database (PGlite) opens in one process only, so no `paradigm run --follow` ' +
        'could compute the forms beside this server. Use in-process recompute (the default), or point DATABASE_URL at PostgreSQL.',
    );
  }
}

/**
 * Applies the defaults and checks the options; the one place the workbench reads its environment.
 *
 * @throws {@link WorkbenchConfigError} for a non-loopback host without a token, a bad port, a token
 *   that is too short or has white space at an end, an allowed host that is no host name, or a limit
 *   that is not a positive integer.
 */
export function resolveOptions(options: WorkbenchOptions, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const host = options.host ?? WORKBENCH_DEFAULTS.host;
  const port = options.port ?? WORKBENCH_DEFAULTS.port;
  const token = options.token ?? (env[TOKEN_VARIABLE] || undefined);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new WorkbenchConfigError(`port ${port} is not a port number; use an integer from 0 (any free port) to 65535.`);
  }
  if (token !== undefined && token.length > 0 && token.trim() === '') {
    throw new WorkbenchConfigError('the write token is only white space; use a secret of at least 16 characters (e.g. `openssl rand -hex 16`).');
  }
  // HTTP drops white space around a header's value, so no Authorization header could carry such a token.
  if (token !== undefined && token.trim() !== token) {
    throw new WorkbenchConfigError(
      'the write token starts or ends with white space, which HTTP drops from the Authorization header, so every write would be refused; ' +
        'remove it (a line break read from a file, say).',
    );
  }
  if (token !== undefined && token.length < 16) {
    throw new WorkbenchConfigError(`the write token is ${token.length} characters long; use at least 16 (e.g. \`openssl rand -hex 16\`).`);
  }
  if (!isLoopback(host) && token === undefined) {
    throw new WorkbenchConfigError(
      `refusing to listen on ${host} without a write token: anyone who reaches that address could change the lexicon. ` +
        `Set ${TOKEN_VARIABLE} to a secret of at least 16 characters, or bind 127.0.0.1.`,
    );
  }
  const allowedHosts = (options.allowedHosts ?? []).map((name) => {
    const hostname = hostHeaderName(name);
    if (hostname === undefined) {
      throw new WorkbenchConfigError(`allowed host ${JSON.stringify(name)} is not a host name or address; give a bare name such as paradigm.example.org or 192.0.2.7, without a port or path.`);
    }
    return hostname;
  });
  const limits = { ...WORKBENCH_DEFAULTS.limits, ...options.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) throw new WorkbenchConfigError(`limit ${name} is ${value}; use a positive integer.`);
  }
  const pollMs = options.pollMs ?? WORKBENCH_DEFAULTS.pollMs;
  if (!Number.isInteger(pollMs) || pollMs <= 0) throw new WorkbenchConfigError(`pollMs is ${pollMs}; use a positive number of milliseconds.`);
  const rebuildFrom = options.rebuildFrom === undefined ? REBUILD_THRESHOLD : options.rebuildFrom;
  if (rebuildFrom !== null && (!Number.isInteger(rebuildFrom.minimumLexemes) || rebuildFrom.minimumLexemes < 1 || !(rebuildFrom.share >= 0 && rebuildFrom.share <= 1))) {
    throw new WorkbenchConfigError(
      `rebuildFrom is ${JSON.stringify(rebuildFrom)}; use a positive integer of lexemes (minimumLexemes) and a share of the lexicon from 0 to 1, or null for never.`,
    );
  }
  return {
    host,
    allowedHosts,
    port,
    token,
    recompute: options.recompute ?? WORKBENCH_DEFAULTS.recompute,
    pollMs,
    rebuildFrom,
    limits,
    log: options.log ?? false,
    onInternalError: options.onInternalError,
  };
}
