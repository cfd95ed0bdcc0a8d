import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errnoCode, fileSystemProblem } from './file-system-problem';

/** A folder {@link makeFolder} could not make: `path` is the level that failed, `code` its errno code. */
export class FolderError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    reason: string,
  ) {
    super(`cannot make the folder ${path}: ${reason}`);
    this.name = 'FolderError';
  }
}

/**
 * Makes the folder `path` and whichever of its parents are missing, returning those it made, innermost
 * first (none when it exists). It finds the nearest ancestor that exists, checks that it is a folder, then
 * makes each missing level in turn. Node's `mkdirSync(path, { recursive: true })` loops forever under
 * `/proc`, where `mkdir` says ENOENT for the new folder and EEXIST for its parent, and on a read-only
 * file system it may report ENOENT instead of EROFS; here the real cause is named.
 *
 * @throws {@link FolderError} naming the level that could not be made, why, and the fix.
 */
export function makeFolder(path: string): string[] {
  const missing: string[] = [];
  let at = path;
  for (;;) {
    const kind = entryKind(at);
    if (kind === 'folder') break;
    if (kind === 'other') throw new FolderError(at, 'ENOTDIR', 'it is a file, not a folder; give a folder');
    const parent = dirname(at);
    if (parent === at) throw new FolderError(at, 'ENOENT', 'it does not exist');
    missing.push(at);
    at = parent;
  }
  for (let i = missing.length - 1; i >= 0; i -= 1) makeLevel(missing[i]!);
  return missing;
}

/** Makes `path`, whose parent is a folder; one that another process made meanwhile will do. */
function makeLevel(path: string): void {
  try {
    mkdirSync(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST' && entryKind(path) === 'folder') return;
    if (code === 'EEXIST') throw new FolderError(path, 'ENOTDIR', 'it is a file, not a folder; give a folder');
    // Its parent is a folder, so ENOENT means the file system takes no new folders there (/proc, /sys).
    if (code === 'ENOENT') throw new FolderError(path, code, `the file system of ${dirname(path)} does not take new folders; choose a folder on another file system`);
    throw new FolderError(path, code, fileSystemProblem(error));
  }
}

/** What is at `path`: a folder, something else, or nothing (nor a folder to hold it: ENOENT, ENOTDIR). */
function entryKind(path: string): 'folder' | 'other' | 'none' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'none';
    throw new FolderError(path, code, fileSystemProblem(error));
  }
}
