import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { type FileHandle, open, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CommandFailure } from './command-failure';
import { EXIT } from './context';

/** A file a command writes: its path and its text, in chunks (a stream from the database, say). */
export interface OutputFile {
  readonly path: string;
  readonly chunks: Iterable<string> | AsyncIterable<string>;
}

const A_FOLDER = 'it is a folder; give a file path';
const NO_FOLDER = 'its folder does not exist; create the folder or give another path';
/** A device, pipe or socket: the rename that puts the new file in place would replace it (root may replace /dev/null). */
const NOT_A_FILE = 'is a device, pipe or socket, not a file; give the path of a file';

/** Why a file (or the folder for it) could not be written, in words and with the fix. */
export function writeProblem(file: string, error: unknown): CommandFailure {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? NO_FOLDER
      : code === 'EISDIR'
        ? A_FOLDER
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied; give a path you can write to'
          : code === 'EROFS'
            ? 'the file system is read-only; give a path you can write to'
            : code === 'ENOSPC' || code === 'EDQUOT'
              ? 'no space left on the disk (or over quota); free space or give a path on another disk (nothing was replaced)'
              : (error as Error).message;
  return new CommandFailure(EXIT.problems, `cannot write ${file}: ${why}`);
}

/** The refusal for `existing` files: each named, with the two ways on. */
function existingFilesProblem(existing: readonly string[]): CommandFailure {
  const named = existing.length === 1 ? `${existing[0]} exists` : `${existing.slice(0, -1).join(', ')} and ${existing.at(-1)} exist`;
  return new CommandFailure(EXIT.problems, `${named}; pass --force to replace ${existing.length === 1 ? 'it' : 'them'}, or choose another path`);
}

/** What `path` names, a dangling symbolic link included; undefined when nothing (or its folder does not exist). */
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw writeProblem(path, error);
  }
}

/** Whether `path` is a folder, or a link to one. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  return entryAt(path) !== undefined;
}

/**
 * Refuses, naming every one of `paths` that exists, unless `force`: a command checks this before it opens
 * the database or writes anything. A folder in a file's place (or a link to one), and a file whose folder
 * does not exist, are refused even with `force`.
 *
 * @throws {@link CommandFailure} (exit 1) naming the files.
 */
export function refuseExistingFiles(paths: readonly string[], force: boolean): void {
  const existing = paths.filter((path) => {
    const entry = entryAt(path);
    if (entry === undefined && !isFolder(dirname(resolve(path)))) throw new CommandFailure(EXIT.problems, `cannot write ${path}: ${NO_FOLDER}`);
    if (entry?.isDirectory()) throw new CommandFailure(EXIT.problems, `cannot write ${path}: ${A_FOLDER}`);
    if (entry?.isSymbolicLink()) writeTarget(path); // a link that cannot be written through is refused now
    else if (entry && !entry.isFile()) throw new CommandFailure(EXIT.problems, `cannot write ${path}: it ${NOT_A_FILE}`);
    return entry !== undefined;
  });
  if (existing.length > 0 && !force) throw existingFilesProblem(existing);
}

/** How many links {@link writeTarget} follows before it gives up, as the kernel does (Linux's limit). */
const MAX_LINKS = 40;

/**
 * The file that writing `path` writes, as shell redirection does: `path` itself, or where the
 * symbolic link `path` leads (through every link on the way), so that the link stays and its target
 * gets the new content. A dangling link leads to the path its last link names: that file is created.
 */
function writeTarget(path: string): string {
  if (!entryAt(path)?.isSymbolicLink()) return path;
  let at = path;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    try {
      at = resolve(realpathSync(dirname(at)), readlinkSync(at));
    } catch (error) {
      throw writeProblem(path, error);
    }
    const entry = entryAt(at);
    if (entry?.isSymbolicLink()) continue;
    if (entry?.isDirectory()) throw new CommandFailure(EXIT.problems, `cannot write ${path}: it links to the folder ${at}; give a file path`);
    if (entry && !entry.isFile()) throw new CommandFailure(EXIT.problems, `cannot write ${path}: it links to ${at}, which ${NOT_A_FILE}`);
    if (entry) return realpathSync(at);
    if (!entryAt(dirname(at))?.isDirectory()) throw new CommandFailure(EXIT.problems, `cannot write ${path}: it links to ${at}, whose folder does not exist`);
    return at;
  }
  throw new CommandFailure(EXIT.problems, `cannot write ${path}: it is a symbolic link that leads through more than ${MAX_LINKS} links (a loop?)`);
}

/** A name beside `file` (the same folder, so the rename that puts it in place stays on one file system). */
function temporaryPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** The process id in a name {@link temporaryPath} gave a temporary file of `file`, or undefined for any other name. */
function temporaryFileProcess(file: string, name: string): number | undefined {
  const prefix = `.${basename(file)}.`;
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(\d+)-[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : undefined;
}

/** Whether no process `pid` runs on this machine (a pid in use by another user's process counts as running). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes the temporary files of `file` left by exports that were killed while they wrote (SIGKILL, the
 * machine out of memory): those named after a process that no longer runs. One of a process that runs,
 * an export writing the same file now, stays. A folder shared with other machines is not looked after:
 * there a process id names a process of this machine only.
 */
function removeLeftTemporaryFiles(file: string): void {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return; // the files are written; a folder that cannot be listed keeps what it holds
  }
  for (const name of names) {
    const pid = temporaryFileProcess(file, name);
    if (pid !== undefined && pid !== process.pid && isGone(pid)) rmSync(join(dirname(file), name), { force: true });
  }
}

/** Writes `file.chunks` to a new file at `path`, synced to disk, unless `signal` stops it; an error of the chunks' own source passes through. */
async function writeNew(path: string, file: OutputFile, signal: AbortSignal): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    throw writeProblem(file.path, error);
  }
  try {
    for await (const chunk of file.chunks) {
      signal.throwIfAborted();
      try {
        await handle.write(chunk);
      } catch (error) {
        throw writeProblem(file.path, error);
      }
    }
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** What a signal's handlers need to know of the files being written. */
interface Interruption {
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * While files are written: the first SIGINT or SIGTERM aborts `signal` with a {@link CommandFailure} (exit
 * 130) that says nothing was written, so the writing stops at its next chunk and the temporary files are
 * removed as after any failure (and the database is closed as usual); a second one removes `temporary`
 * at once and exits 130, for a chunk that does not come. Without handlers the signal would end the
 * process where it stands, leaving each half-written temporary file behind.
 */
function interruptOnSignal(temporary: readonly string[]): Interruption {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    const stopped = `export interrupted by ${name}: no file was written or replaced`;
    if (!controller.signal.aborted) {
      controller.abort(new CommandFailure(EXIT.interrupted, stopped));
      return;
    }
    for (const path of temporary) rmSync(path, { force: true });
    process.stderr.write(`paradigm: ${name} again: ${stopped}\n`);
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/**
 * Writes every file, all or nothing: each goes to a temporary file in its folder, and only when all are
 * written are they renamed into place, so a failure part way (a value the format cannot hold, a full disk,
 * a killed process) leaves the files that were there as they were. Without `force`, a file that appeared since
 * {@link refuseExistingFiles} is refused, not replaced; with it, a replaced file's permissions are kept.
 * SIGINT or SIGTERM (Ctrl-C) before the renames stops it the same way, with exit 130 (see {@link interruptOnSignal});
 * the renames themselves are not interrupted.
 *
 * @throws {@link CommandFailure} naming a file that cannot be written or that exists, or saying the export
 * was interrupted; an error of the chunks' own source passes through. Either way the temporary files are
 * removed. A killed process leaves its `.NAME.PID-HEX.tmp`: once the files are in place, those of the same
 * names whose process is gone are removed too ({@link removeLeftTemporaryFiles}).
 */
export async function writeFiles(files: readonly OutputFile[], force: boolean): Promise<void> {
  const targets = files.map((file) => writeTarget(file.path));
  const temporary = targets.map(temporaryPath);
  const interruption = interruptOnSignal(temporary);
  try {
    for (const [i, file] of files.entries()) await writeNew(temporary[i]!, file, interruption.signal);
    interruption.signal.throwIfAborted();
    if (!force) {
      const appeared = files.map((file) => file.path).filter(exists);
      if (appeared.length > 0) throw existingFilesProblem(appeared);
    }
    // Synchronous from here to the last rename: no signal handler runs between two of them, so Ctrl-C
    // cannot leave one file of the export replaced and another not.
    for (const [i, file] of files.entries()) {
      try {
        const replaced = entryAt(targets[i]!);
        if (replaced?.isFile()) chmodSync(temporary[i]!, replaced.mode & 0o7777);
        renameSync(temporary[i]!, targets[i]!);
      } catch (error) {
        throw error instanceof CommandFailure ? error : writeProblem(file.path, error);
      }
    }
  } finally {
    interruption.dispose();
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
  }
  for (const target of targets) removeLeftTemporaryFiles(target);
}
