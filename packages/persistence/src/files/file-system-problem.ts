/**
 * The errno numbers of PGlite's WebAssembly runtime (Emscripten's, which are WASI's), for the codes
 * {@link fileSystemProblem} puts in words. Its file system turns a Node error into an `ErrnoError` that
 * carries only such a number: no `code`, no `message`.
 */
const PGLITE_ERRNO_CODES: Readonly<Record<number, string>> = { 2: 'EACCES', 19: 'EDQUOT', 51: 'ENOSPC', 63: 'EPERM', 69: 'EROFS' };

/** What a failing file system call says, for the codes whose cause and fix are known. */
const PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device: free space on it, or choose a folder on another disk',
  EDQUOT: 'the disk quota is used up: free space within it, or choose a folder on another disk',
  EROFS: 'the file system is mounted read-only: remount it read-write, or choose a folder on another file system',
  EACCES: 'permission denied: make the folder writable for this user, or choose another folder',
  EPERM: 'permission denied: make the folder writable for this user, or choose another folder',
};

/** The errno code of `error`: Node's `code`, or the name of the number a PGlite `ErrnoError` carries. */
export function errnoCode(error: unknown): string | undefined {
  const { code, errno, name } = (error ?? {}) as { code?: unknown; errno?: unknown; name?: unknown };
  if (typeof code === 'string') return code;
  if (name === 'ErrnoError' && typeof errno === 'number') return PGLITE_ERRNO_CODES[errno] ?? `errno ${errno} of PGlite's file system`;
  return undefined;
}

/**
 * Why a file system call failed, with the fix when it is known (a full disk, a read-only file system,
 * no permission); else its errno code; else what `error` says.
 */
export function fileSystemProblem(error: unknown): string {
  const code = errnoCode(error);
  if (code !== undefined) return PROBLEMS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
