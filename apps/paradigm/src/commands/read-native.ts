import { NativeFileError, type NativeFiles, readNativeFiles } from '@paradigm/lexicons';
import { CommandFailure } from '../cli/command-failure';
import { EXIT } from '../cli/context';

/** The native files named on the command line, or a failure naming the file and the fix. */
export function readFiles(paths: readonly string[]): NativeFiles {
  try {
    return readNativeFiles(paths);
  } catch (error) {
    if (error instanceof NativeFileError) throw new CommandFailure(EXIT.problems, error.message);
    throw error;
  }
}
