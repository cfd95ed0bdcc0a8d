import { type Command, InvalidArgumentError, Option } from 'commander';
import { type Database, databaseUrlFromEnvironment, defaultPgliteDir, type OpenOptions } from '@paradigm/persistence';
import { CLIENT_SESSION_SETTINGS, withWorkerSessionSettings } from '@paradigm/recompute';
import { type CliContext, EXIT } from './context';
import { CommandFailure } from './command-failure';
import { databaseFailure } from './database-failure';

/**
 * The flag every command that opens the database takes. A command group (`import`, `export`) takes it
 * too, for its subcommands: `paradigm import --data-dir DIR hunspell ...` (see `buildProgram`).
 */
export function addDatabaseOptions(command: Command): Command {
  return command.addOption(
    new Option('--data-dir <dir>', 'the embedded database folder when DATABASE_URL is not set (default: PARADIGM_DATA_DIR, else the project default)').argParser(
      folderPath,
    ),
  );
}

/** A folder given on the command line: not empty, which would mean the current folder. */
function folderPath(raw: string): string {
  if (raw.trim() === '') throw new InvalidArgumentError('expects a folder (an empty value would mean the current folder; give "." for that).');
  return raw;
}

/**
 * `--data-dir`, else persistence's default folder (`PARADIGM_DATA_DIR` in the command's environment,
 * else the project's); `DATABASE_URL` wins over both, with the session settings every command's
 * connections carry ({@link CLIENT_SESSION_SETTINGS}: the server ends a statement whose client is gone).
 */
export function openOptions(flags: { readonly dataDir?: string }, context: CliContext): OpenOptions {
  const url = withWorkerSessionSettings(databaseUrlFromEnvironment(), CLIENT_SESSION_SETTINGS);
  return { dataDir: flags.dataDir ?? defaultPgliteDir(context.env), ...(url ? { url } : {}) };
}

/**
 * Opens the database for a command (`extra` adds to the options the flags select), runs `work` on it
 * and closes it; a failure to open, and a database error while `work` runs, is exit 3.
 */
export async function withDatabase<T>(flags: { readonly dataDir?: string }, context: CliContext, work: (db: Database) => Promise<T>, extra: OpenOptions = {}): Promise<T> {
  let db: Database;
  try {
    db = await context.openDatabase({ ...openOptions(flags, context), ...extra });
  } catch (error) {
    throw new CommandFailure(EXIT.database, `cannot open the database: ${(error as Error).message}`);
  }
  try {
    return await work(db);
  } catch (error) {
    throw databaseFailure(db.description, error) ?? error;
  } finally {
    await db.close();
  }
}

/**
 * {@link withDatabase} for a command that only reads the lexicon (status, show, analyse, generate,
 * export): an embedded folder that does not exist is refused (exit 3) rather than made into a new, empty
 * database, which would answer as if the lexicon were empty (a mistyped --data-dir).
 */
export function withExistingDatabase<T>(flags: { readonly dataDir?: string }, context: CliContext, work: (db: Database) => Promise<T>): Promise<T> {
  return withDatabase(flags, context, work, { existing: true });
}
