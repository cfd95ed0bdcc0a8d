import { parseArgs } from 'node:util';
import { WRITER_NAMES, type WriterName } from '@paradigm/persistence';
import {
  type CommonConfig,
  CONNECTION_DEFAULTS,
  type ConnectionSettings,
  DEFAULTS,
  type LexemeSelection,
  MAX_CONCURRENCY,
  PROGRESS_MODES,
  type ProgressMode,
  REBUILD_THRESHOLD,
  type RunConfig,
} from '@paradigm/recompute';
import type { CommandLineConfig, ProcessSettings } from './command-line-config';
import { UsageError } from './usage-error';

/** What the command line asked for: a run, or the help text. */
export type ParsedCommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'config'; readonly config: CommandLineConfig; readonly connection: ConnectionSettings };

/** The flag of each {@link ConnectionSettings} value (milliseconds; 0 turns a limit off). */
const CONNECTION_FLAGS = {
  'connect-timeout-ms': 'connectTimeoutMs',
  'query-timeout-ms': 'queryTimeoutMs',
  'statement-timeout-ms': 'statementTimeoutMs',
  'idle-in-transaction-timeout-ms': 'idleInTransactionTimeoutMs',
  'tcp-user-timeout-ms': 'tcpUserTimeoutMs',
  'keepalive-ms': 'keepAliveMs',
  'reconnect-initial-ms': 'reconnectInitialMs',
  'reconnect-max-ms': 'reconnectMaxMs',
} as const satisfies Record<string, keyof ConnectionSettings>;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  limit: { type: 'string' },
  all: { type: 'boolean' },
  shared: { type: 'boolean' },
  lexemes: { type: 'string' },
  follow: { type: 'boolean' },
  'poll-ms': { type: 'string' },
  'retry-failed': { type: 'boolean' },
  'no-rebuild': { type: 'boolean' },
  'rebuild-from': { type: 'string' },
  method: { type: 'string' },
  'use-copy': { type: 'boolean' },
  'batch-size': { type: 'string' },
  'batch-forms': { type: 'string' },
  concurrency: { type: 'string' },
  progress: { type: 'string' },
  'shutdown-timeout-ms': { type: 'string' },
  report: { type: 'string' },
  ...(Object.fromEntries(Object.keys(CONNECTION_FLAGS).map((flag) => [flag, { type: 'string' }])) as Record<keyof typeof CONNECTION_FLAGS, { type: 'string' }>),
} as const;

const COMMANDS = ['recompute', 'run'] as const;
const RECOMPUTE_ONLY = ['limit', 'all', 'shared', 'lexemes'] as const;
const RUN_ONLY = ['follow', 'poll-ms', 'retry-failed', 'no-rebuild', 'rebuild-from'] as const;

/**
 * Turns `argv` (without node and the script) into a validated {@link CommandLineConfig}. Every mistake is a
 * {@link UsageError} naming the flag and the values it accepts.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const flags = Object.keys(OPTIONS).map((name) => `--${name}`).join(', ');
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, '')}. Valid flags: ${flags}. See --help.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1 || !(COMMANDS as readonly string[]).includes(positionals[0])) {
    const got = positionals.length === 0 ? 'nothing' : JSON.stringify(positionals.join(' '));
    throw new UsageError(`Expected one command, recompute or run; got ${got}. See --help.`);
  }
  const command = positionals[0] as (typeof COMMANDS)[number];
  const foreign = command === 'recompute' ? RUN_ONLY : RECOMPUTE_ONLY;
  for (const flag of foreign) {
    if (values[flag] !== undefined) {
      throw new UsageError(`--${flag} belongs to \`${command === 'recompute' ? 'run' : 'recompute'}\`, not \`${command}\`. See --help.`);
    }
  }

  const common = commonConfig(values);
  const connection = connectionSettings(values);
  if (command === 'run') {
    return {
      kind: 'config',
      connection,
      config: {
        ...common,
        command,
        follow: values.follow ?? false,
        pollMs: positiveInteger('--poll-ms', values['poll-ms'], DEFAULTS.pollMs),
        retryFailed: values['retry-failed'] ?? false,
        ...rebuildAt(values['no-rebuild'] ?? false, values['rebuild-from']),
      },
    };
  }
  return { kind: 'config', config: { ...common, command, selection: selection(values) }, connection };
}

/** `run`'s `rebuildAt`: none (the default threshold), `null` (`--no-rebuild`), or the default share from `--rebuild-from` lexemes. */
function rebuildAt(never: boolean, from: string | undefined): Pick<RunConfig, 'rebuildAt'> {
  if (never && from !== undefined) throw new UsageError('--no-rebuild and --rebuild-from contradict each other: give one. See --help.');
  if (never) return { rebuildAt: null };
  if (from === undefined) return {};
  return { rebuildAt: { ...REBUILD_THRESHOLD, minimumLexemes: positiveInteger('--rebuild-from', from, REBUILD_THRESHOLD.minimumLexemes) } };
}

function connectionSettings(values: Partial<Record<keyof typeof CONNECTION_FLAGS, string>>): ConnectionSettings {
  const settings = { ...CONNECTION_DEFAULTS } as Record<keyof ConnectionSettings, number>;
  for (const [flag, key] of Object.entries(CONNECTION_FLAGS) as [keyof typeof CONNECTION_FLAGS, keyof ConnectionSettings][]) {
    settings[key] = nonNegativeInteger(`--${flag}`, values[flag], CONNECTION_DEFAULTS[key]);
  }
  const { queryTimeoutMs, statementTimeoutMs, reconnectInitialMs, reconnectMaxMs } = settings;
  if (queryTimeoutMs > 0 && (statementTimeoutMs === 0 || queryTimeoutMs <= statementTimeoutMs)) {
    throw new UsageError(
      `--query-timeout-ms (${queryTimeoutMs}) must be 0 or above --statement-timeout-ms (${statementTimeoutMs || 'off'}): ` +
        'the server should cancel a slow statement (a clear error, the session kept) before the client drops the connection.',
    );
  }
  if (reconnectInitialMs === 0 || reconnectMaxMs < reconnectInitialMs) {
    throw new UsageError(`--reconnect-initial-ms (${reconnectInitialMs}) must be positive and at most --reconnect-max-ms (${reconnectMaxMs}).`);
  }
  return settings;
}

function commonConfig(values: {
  method?: string;
  'use-copy'?: boolean;
  'batch-size'?: string;
  'batch-forms'?: string;
  concurrency?: string;
  progress?: string;
  'shutdown-timeout-ms'?: string;
  report?: string;
}): CommonConfig & ProcessSettings {
  if (values['use-copy'] && values.method !== undefined && values.method !== 'copy') {
    throw new UsageError(`--use-copy means --method copy, but --method ${values.method} was also given; pass one of them.`);
  }
  const method = oneOf('--method', values.method ?? (values['use-copy'] ? 'copy' : DEFAULTS.method), WRITER_NAMES) as WriterName;
  return {
    method,
    batchSize: positiveInteger('--batch-size', values['batch-size'], DEFAULTS.batchSize),
    batchForms: positiveInteger('--batch-forms', values['batch-forms'], DEFAULTS.batchForms),
    concurrency: positiveInteger('--concurrency', values.concurrency, DEFAULTS.concurrency, { max: MAX_CONCURRENCY, why: 'each batch holds a database connection of its own' }),
    progress: oneOf('--progress', values.progress ?? DEFAULTS.progress, PROGRESS_MODES) as ProgressMode,
    shutdownTimeoutMs: positiveInteger('--shutdown-timeout-ms', values['shutdown-timeout-ms'], DEFAULTS.shutdownTimeoutMs),
    ...(values.report !== undefined ? { reportFile: values.report } : {}),
  };
}

function selection(values: { limit?: string; all?: boolean; shared?: boolean; lexemes?: string }): LexemeSelection {
  const given = (['limit', 'all', 'lexemes'] as const).filter((flag) => values[flag] !== undefined);
  if (given.length > 1) {
    throw new UsageError(`--${given[0]} and --${given[1]} cannot be combined: choose --limit N, --all or --lexemes id,id,...`);
  }
  if (values.shared && !values.all) throw new UsageError('--shared goes with --all: every lexeme, in a rebuild several processes share.');
  if (values.all) return values.shared ? { kind: 'all', shared: true } : { kind: 'all' };
  if (values.lexemes !== undefined) {
    const parts = values.lexemes.split(',').map((part) => part.trim());
    const ids = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
    const bad = parts.find((_, i) => !Number.isSafeInteger(ids[i]) || ids[i] < 1);
    if (bad !== undefined) {
      throw new UsageError(`--lexemes expects comma-separated positive lexeme ids like 1,2,3; got ${JSON.stringify(bad)} in ${JSON.stringify(values.lexemes)}.`);
    }
    return { kind: 'ids', ids: [...new Set(ids)].sort((a, b) => a - b) };
  }
  return { kind: 'first', limit: positiveInteger('--limit', values.limit, DEFAULTS.limit) };
}

/** `raw` as an integer from 1 (to `bound.max`, whose reason `bound.why` gives), else `fallback` when the flag is not given. */
function positiveInteger(flag: string, raw: string | undefined, fallback: number, bound?: { readonly max: number; readonly why: string }): number {
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || (bound !== undefined && value > bound.max)) {
    throw new UsageError(`${flag} expects a positive integer${bound ? ` up to ${bound.max} (${bound.why})` : ''}; got ${JSON.stringify(raw)}.`);
  }
  return value;
}

function nonNegativeInteger(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value > 2_147_483_647) {
    throw new UsageError(`${flag} expects a whole number of milliseconds, 0 for no limit; got ${JSON.stringify(raw)}.`);
  }
  return value;
}

function oneOf(flag: string, raw: string, allowed: readonly string[]): string {
  if (!allowed.includes(raw)) {
    throw new UsageError(`${flag} expects one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}.`);
  }
  return raw;
}
