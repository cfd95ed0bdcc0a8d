import { CONNECTION_DEFAULTS } from '@paradigm/recompute';
import { parseCommandLine, UsageError } from '../src';

const error = (argv: string[]) => {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no UsageError for ${argv.join(' ')}`);
};

describe('command line', () => {
  it('reads every flag of recompute, with --use-copy as --method copy', () => {
    expect(parseCommandLine(['recompute', '--use-copy', '--lexemes', '3,1,3', '--batch-size', '50', '--batch-forms', '900', '--concurrency', '4', '--progress', 'lines'])).toEqual({
      kind: 'config',
      config: { command: 'recompute', method: 'copy', batchSize: 50, batchForms: 900, concurrency: 4, progress: 'lines', shutdownTimeoutMs: 10000, selection: { kind: 'ids', ids: [1, 3] } },
      connection: CONNECTION_DEFAULTS,
    });
  });

  it('reads --all alone as the one-process rebuild, and --all --shared as the shared one', () => {
    const selection = (argv: string[]) => {
      const parsed = parseCommandLine(argv);
      return parsed.kind === 'config' && parsed.config.command === 'recompute' ? parsed.config.selection : undefined;
    };
    expect(selection(['recompute', '--all'])).toEqual({ kind: 'all' });
    expect(selection(['recompute', '--all', '--shared'])).toEqual({ kind: 'all', shared: true });
  });

  it('defaults recompute to the first 1000 lexemes with the copy writer', () => {
    expect(parseCommandLine(['recompute'])).toEqual({
      kind: 'config',
      config: { command: 'recompute', method: 'copy', batchSize: 1000, batchForms: 50000, concurrency: 2, progress: 'auto', shutdownTimeoutMs: 10000, selection: { kind: 'first', limit: 1000 } },
      connection: CONNECTION_DEFAULTS,
    });
  });

  it('reads run --follow', () => {
    expect(parseCommandLine(['run', '--follow', '--poll-ms', '200', '--method', 'unnest'])).toEqual({
      kind: 'config',
      config: { command: 'run', method: 'unnest', batchSize: 1000, batchForms: 50000, concurrency: 2, progress: 'auto', shutdownTimeoutMs: 10000, follow: true, pollMs: 200, retryFailed: false },
      connection: CONNECTION_DEFAULTS,
    });
  });

  it('reads when run rebuilds: the default threshold, --rebuild-from N lexemes at the same share, or never', () => {
    const rebuildAt = (argv: string[]) => {
      const parsed = parseCommandLine(argv);
      return parsed.kind === 'config' && parsed.config.command === 'run' ? parsed.config.rebuildAt : 'not run';
    };
    expect(rebuildAt(['run'])).toBeUndefined();
    expect(rebuildAt(['run', '--rebuild-from', '250'])).toEqual({ share: 0.3, minimumLexemes: 250 });
    expect(rebuildAt(['run', '--no-rebuild'])).toBeNull();
  });

  it('reads the connection limits, 0 turning a limit off', () => {
    const parsed = parseCommandLine([
      'run', '--connect-timeout-ms', '1500', '--query-timeout-ms', '0', '--statement-timeout-ms', '0', '--idle-in-transaction-timeout-ms', '2000',
      '--tcp-user-timeout-ms', '5000', '--keepalive-ms', '3000', '--reconnect-initial-ms', '100', '--reconnect-max-ms', '900',
    ]);
    expect(parsed.kind === 'config' && parsed.connection).toEqual({
      connectTimeoutMs: 1500, queryTimeoutMs: 0, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 2000, tcpUserTimeoutMs: 5000, keepAliveMs: 3000, reconnectInitialMs: 100, reconnectMaxMs: 900,
    });
  });

  it('names the flag and the valid values in every error', () => {
    expect(error(['recompute', '--method', 'fast'])).toBe('--method expects one of copy, unnest, insert; got "fast".');
    expect(error(['recompute', '--batch-size', '0'])).toBe('--batch-size expects a positive integer; got "0".');
    expect(error(['recompute', '--concurrency', 'two'])).toBe('--concurrency expects a positive integer up to 64 (each batch holds a database connection of its own); got "two".');
    expect(error(['run', '--concurrency', '65'])).toBe('--concurrency expects a positive integer up to 64 (each batch holds a database connection of its own); got "65".');
    expect(error(['recompute', '--progress', 'loud'])).toBe('--progress expects one of auto, bar, lines, none; got "loud".');
    expect(error(['recompute', '--lexemes', '1,x'])).toBe('--lexemes expects comma-separated positive lexeme ids like 1,2,3; got "x" in "1,x".');
    expect(error(['recompute', '--all', '--limit', '5'])).toBe('--limit and --all cannot be combined: choose --limit N, --all or --lexemes id,id,...');
    expect(error(['recompute', '--use-copy', '--method', 'insert'])).toBe('--use-copy means --method copy, but --method insert was also given; pass one of them.');
    expect(error(['run', '--all'])).toBe('--all belongs to `recompute`, not `run`. See --help.');
    expect(error(['recompute', '--shared'])).toBe('--shared goes with --all: every lexeme, in a rebuild several processes share.');
    expect(error(['run', '--shared'])).toBe('--shared belongs to `recompute`, not `run`. See --help.');
    expect(error(['recompute', '--follow'])).toBe('--follow belongs to `run`, not `recompute`. See --help.');
    expect(error(['run', '--rebuild-from', '0'])).toBe('--rebuild-from expects a positive integer; got "0".');
    expect(error(['run', '--no-rebuild', '--rebuild-from', '5'])).toBe('--no-rebuild and --rebuild-from contradict each other: give one. See --help.');
    expect(error(['recompute', '--all', '--rebuild-from', '5'])).toBe('--rebuild-from belongs to `run`, not `recompute`. See --help.');
    expect(error(['regenerate'])).toBe('Expected one command, recompute or run; got "regenerate". See --help.');
    expect(error(['run', '--connect-timeout-ms', '1.5'])).toBe('--connect-timeout-ms expects a whole number of milliseconds, 0 for no limit; got "1.5".');
    expect(error(['run', '--query-timeout-ms', '1000', '--statement-timeout-ms', '2000'])).toBe(
      '--query-timeout-ms (1000) must be 0 or above --statement-timeout-ms (2000): the server should cancel a slow statement (a clear error, the session kept) before the client drops the connection.',
    );
    expect(error(['run', '--reconnect-initial-ms', '5000', '--reconnect-max-ms', '1000'])).toBe('--reconnect-initial-ms (5000) must be positive and at most --reconnect-max-ms (1000).');
    expect(error(['run', '--fast'])).toBe(
      "Unknown option '--fast'. Valid flags: --help, --limit, --all, --shared, --lexemes, --follow, --poll-ms, --retry-failed, --no-rebuild, --rebuild-from, --method, --use-copy, --batch-size, --batch-forms, --concurrency, --progress, --shutdown-timeout-ms, --report, --connect-timeout-ms, --query-timeout-ms, --statement-timeout-ms, --idle-in-transaction-timeout-ms, --tcp-user-timeout-ms, --keepalive-ms, --reconnect-initial-ms, --reconnect-max-ms. See --help.",
    );
  });

  it('answers --help before anything else', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
  });
});
