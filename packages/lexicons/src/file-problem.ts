import { NOT_A_FILE, TOO_LARGE } from './read-dictionary-file';

/**
 * Why a dictionary file could not be read, in words, from the error `readDictionaryFile` threw: `.dix file not
 * found`, `.aff file is a directory`, `.dic file cannot be read (EACCES: permission denied)`. Callers add
 * the path and what to give instead; a raw `ENOENT` names neither.
 */
export function fileProblem(error: unknown, kind: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${kind} file not found`;
  if (code === 'EISDIR') return `${kind} file is a directory`;
  if (code === NOT_A_FILE) return `${kind} file is a device, not a file`;
  if (code === TOO_LARGE) return `${kind} file is larger than 2 GiB, more than can be read (is this the right file?)`;
  return `${kind} file cannot be read (${(error as Error)?.message ?? String(error)})`;
}
