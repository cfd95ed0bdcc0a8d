import { Option } from 'commander';
import { DEFAULTS, installShutdown } from '@paradigm/recompute';
import { assertRecomputeFits, type RecomputeMode, resolveOptions, startWorkbench, TOKEN_VARIABLE, WORKBENCH_DEFAULTS, WorkbenchConfigError } from '@paradigm/workbench';
import { CommandFailure } from '../cli/command-failure';
import { EXIT } from '../cli/context';
import { addDatabaseOptions, openOptions, withDatabase } from '../cli/database-options';
import { portNumber } from '../cli/number-options';
import { addRebuildOptions, type RebuildFlags, rebuildThreshold } from '../cli/rebuild-options';
import type { Register } from '../cli/register';

interface ServeFlags extends RebuildFlags {
  readonly host: string;
  readonly allowHost: readonly string[];
  readonly port: number;
  readonly token?: string;
  readonly recompute: RecomputeMode;
  readonly dataDir?: string;
}

/** `paradigm serve [--host H] [--allow-host NAME]... [--port P] [--token T] [--recompute MODE] [--rebuild-from N | --no-rebuild]`. */
export const registerServe: Register = (program, context, act) =>
  addDatabaseOptions(
    addRebuildOptions(
      program
        .command('serve')
        .summary('Serve the workbench: a web page to search, browse and edit paradigms')
        .description(
          'Serve the workbench until Ctrl-C: a web page (search forms, a lexeme\'s paradigm table, a pattern editor that checks and previews ' +
            'as you type, status, dictionary upload) and the JSON API it talks to, on the database the other commands use. ' +
            `It binds ${WORKBENCH_DEFAULTS.host} and refuses any other address without a write token; with a token, saving and importing ` +
            'need the header "Authorization: Bearer <token>". By default the server computes the forms of what a save changed itself.',
        )
        .addOption(new Option('--host <address>', `address to bind; any other than loopback needs a token`).default(WORKBENCH_DEFAULTS.host))
        .addOption(
          new Option('--allow-host <name>', 'another name the server answers to, such as this machine\'s DNS name when --host is 0.0.0.0 (repeat for more); any other name in a request\'s Host header is refused')
            .argParser((name: string, names: readonly string[]) => [...names, name])
            .default([]),
        )
        .addOption(new Option('--port <n>', 'port (0 picks a free one)').argParser(portNumber).default(WORKBENCH_DEFAULTS.port))
        .addOption(
          new Option('--token <secret>', `the write token, at least 16 characters (default: ${TOKEN_VARIABLE}; prefer it: other users can read a command line)`),
        )
        .addOption(
          new Option('--recompute <mode>', 'in-process: the server computes changed forms itself (the embedded database allows one process); external: leave it to `paradigm run --follow` (PostgreSQL)')
            .choices(['in-process', 'external'])
            .default(WORKBENCH_DEFAULTS.recompute),
        ),
      ' (PostgreSQL, in-process recompute; on the embedded database the server keeps to batches, as a rebuild would hold its one connection and stall the page)',
    ),
  ).action(
    act(async (flags: ServeFlags) => {
      const options = {
        host: flags.host,
        allowedHosts: flags.allowHost,
        port: flags.port,
        token: flags.token ?? (context.env[TOKEN_VARIABLE] || undefined),
        recompute: flags.recompute,
        rebuildFrom: rebuildThreshold(flags),
      };
      const configError = (error: unknown) => {
        if (error instanceof WorkbenchConfigError) return new CommandFailure(EXIT.usage, error.message);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES') {
          return new CommandFailure(EXIT.usage, `cannot listen on ${flags.host} port ${flags.port} (${code}): pick another --port, or a --host of this machine`);
        }
        // The name of --host did not resolve: a mistyped host, not a database failure (ENOTFOUND is one for a database URL).
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
          const why = code === 'ENOTFOUND' ? 'no such host' : 'the name could not be resolved now';
          return new CommandFailure(EXIT.usage, `cannot listen on ${flags.host}: ${why} (${code}); give --host an address or a name of this machine`);
        }
        return error;
      };
      try {
        // The token rule and the other settings are checked before the database is opened (or an embedded one made).
        resolveOptions(options, context.env);
        assertRecomputeFits(flags.recompute, openOptions(flags, context).url === undefined ? 'pglite' : 'postgres');
      } catch (error) {
        throw configError(error);
      }
      return withDatabase(flags, context, async (db) => {
        // The page gets a generic 500; the one running the server sees what failed.
        const onInternalError = (error: Error, request: { method: string; url: string }) =>
          context.stderr(`paradigm: serve: ${request.method} ${request.url.split('?')[0]} failed: ${error.message}\n`);
        const workbench = await startWorkbench({ ...options, database: db, onInternalError }).catch((error: unknown) => {
          throw configError(error);
        });
        const shutdown = installShutdown(DEFAULTS.shutdownTimeoutMs, (line) => context.stderr(`paradigm: ${line}\n`));
        try {
          await context.stdout(`paradigm: serving ${db.description} at ${workbench.url} (Ctrl-C stops)\n`);
          await new Promise<void>((resolve) => shutdown.signal.addEventListener('abort', () => resolve(), { once: true }));
          const importing = workbench.context.imports.running;
          await workbench.close();
          // An upload's import that the stop rolled back is said here too, where Ctrl-C was pressed, not only on the page.
          const last = workbench.context.imports.progress;
          if (importing && last?.state === 'failed') context.stderr(`paradigm: the import of ${last.source}: ${last.message}\n`);
        } finally {
          shutdown.dispose();
        }
        return EXIT.ok;
      });
    }),
  );
