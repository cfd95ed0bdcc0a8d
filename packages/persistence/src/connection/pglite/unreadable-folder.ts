/**
 * What PGlite's WebAssembly runtime says when the server stops on a file it cannot read (a damaged
 * `global/pg_control`): `Aborted(). Build with -sASSERTIONS for more info.`, which tells a reader nothing.
 */
const RUNTIME_ABORT = /^Aborted\(/;

/** Why PGlite could not open a folder, as one short clause. */
function reason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  if (RUNTIME_ABORT.test(message)) return 'PGlite stopped reading its files';
  return message.split('\n')[0]!.replace(/\.+$/, '');
}

/**
 * The error for a folder PGlite failed to open although it is a writable folder on a disk with room:
 * its files are damaged (cut short, overwritten) or were written by another version of PGlite. The
 * folder may hold the user's only copy of a lexicon, so the advice is to move it aside or restore a
 * backup, never to delete it; the underlying error stays as the `cause`.
 */
export function unreadableFolderError(dataDir: string, error: unknown): Error {
  return new Error(
    `The folder ${dataDir} is not a readable database: it is damaged, or was written by another version of PGlite (${reason(error)}). ` +
      'Move it aside or restore it from a backup, then run the command again (a folder that does not exist gets a new, empty database); ' +
      'or set DATABASE_URL to use PostgreSQL.',
    { cause: error },
  );
}
