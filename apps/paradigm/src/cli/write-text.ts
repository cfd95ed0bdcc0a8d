import { type FileHandle, open } from 'node:fs/promises';
import { CommandFailure } from './command-failure';
import { EXIT } from './context';

/** Why a file (or the folder for it) could not be written, in words and with the fix. */
export function writeProblem(file: string, error: unknown): CommandFailure {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'its folder does not exist; create the folder or give another path'
      : code === 'EISDIR'
        ? 'it is a folder; give a file path'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied; give a path you can write to'
          : (error as Error).message;
  return new CommandFailure(EXIT.problems, `cannot write ${file}: ${why}`);
}

/**
 * Writes the chunks to `file` in order, replacing what it held.
 *
 * @throws {@link CommandFailure} naming the file when it cannot be opened or written; an error of the
 * chunks' own source passes through.
 */
export async function writeText(file: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'w');
  } catch (error) {
    throw writeProblem(file, error);
  }
  try {
    for await (const chunk of chunks) {
      try {
        await handle.write(chunk);
      } catch (error) {
        throw writeProblem(file, error);
      }
    }
  } finally {
    await handle.close();
  }
}
