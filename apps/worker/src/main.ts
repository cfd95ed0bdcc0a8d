#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { type Database, databaseUrlFromEnvironment, openDatabase } from '@paradigm/persistence';
import {
  chooseProgress,
  type ConnectionSettings,
  DatabaseUnavailableError,
  formatSummary,
  hasFailures,
  hooksFromEnvironment,
  installShutdown,
  isDatabaseUnavailable,
  limitHeapGrowth,
  runWorker,
  type SummaryCommands,
  withWorkerSessionSettings,
  workerSessionSettings,
} from '@paradigm/recompute';
import { HELP_TEXT } from './cli/help-text';
import type { CommandLineConfig } from './cli/command-line-config';
import { parseCommandLine } from './cli/parse-command-line';
import { UsageError } from './cli/usage-error';

/** Exit codes, as `--help` lists them. */
export const EXIT = { ok: 0, failures: 1, usage: 2, database: 3, interrupted: 130 } as const;

/** What the summary tells the reader to run next. */
export const SUMMARY_COMMANDS: SummaryCommands = {
  run: 'worker run',
  fill: 'Seed it first: pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts',
};

/** The CLI: parses `argv`, runs, prints the summary; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let config: CommandLineConfig;
  let connection: ConnectionSettings;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'help') {
      process.stdout.write(HELP_TEXT);
      return EXIT.ok;
    }
    config = parsed.config;
    connection = parsed.connection;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`worker: ${error.message}\n`);
    return EXIT.usage;
  }

  const log = (line: string) => process.stderr.write(`worker: ${line}\n`);
  const shutdown = installShutdown(config.shutdownTimeoutMs, log);
  let db: Database;
  try {
    // One connection per concurrent batch, plus one for reading.
    const url = withWorkerSessionSettings(databaseUrlFromEnvironment(), workerSessionSettings(connection));
    db = await openDatabase({
      ...(url ? { url } : {}),
      maxConnections: config.concurrency + 1,
      timeouts: { connectTimeoutMs: connection.connectTimeoutMs, queryTimeoutMs: connection.queryTimeoutMs, keepAliveInitialDelayMs: connection.keepAliveMs },
    });
  } catch (error) {
    shutdown.dispose();
    log((error as Error).message);
    return EXIT.database;
  }
  const resume = config.command === 'run' ? 'run `worker run` again: it carries on from the queue' : 'run the recompute again';
  // `pg` emits 'error' on a checked-out client whose server goes away between queries (e.g. while a
  // batch is being computed); nothing can await that, so it arrives here. The server has already rolled
  // the transaction back.
  const onUncaught = (error: Error) => {
    if (!isDatabaseUnavailable(error)) throw error;
    log(new DatabaseUnavailableError(db.description, resume, error).message);
    process.exit(EXIT.database);
  };
  process.on('uncaughtException', onUncaught);
  try {
    const reconnect = { initialMs: connection.reconnectInitialMs, maxMs: connection.reconnectMaxMs, log };
    // A lost notification session is not reported: the loops go on polling, and when the whole database
    // went away the reconnection (which says so) opens a new one.
    const report = await runWorker(db, config, { progress: chooseProgress(config.progress), signal: shutdown.signal, hooks: hooksFromEnvironment(), reconnect });
    process.stdout.write(formatSummary(report, SUMMARY_COMMANDS));
    if (config.reportFile) writeFileSync(config.reportFile, JSON.stringify(report, null, 2) + '\n');
    if (report.interrupted) return EXIT.interrupted;
    return hasFailures(report) ? EXIT.failures : EXIT.ok;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (shutdown.signal.aborted) {
      log(`interrupted while the database ${db.description} was unreachable; ${resume}.`);
      return EXIT.interrupted;
    }
    log(new DatabaseUnavailableError(db.description, resume, error).message);
    return EXIT.database;
  } finally {
    shutdown.dispose();
    await closeWithin(db, 5000);
    process.off('uncaughtException', onUncaught);
  }
}

/** Closing a pool whose server vanished can wait on dead sockets; never let it hold the exit. */
async function closeWithin(db: Database, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([db.close().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

if (require.main === module) {
  limitHeapGrowth();
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`worker: unexpected error (a bug; please report it): ${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(70);
    },
  );
}
