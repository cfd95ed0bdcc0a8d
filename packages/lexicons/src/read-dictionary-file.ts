import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/** The code of the error {@link readDictionaryFile} throws for a device, which `fileProblem` words. */
export const NOT_A_FILE = 'EPARADIGMNOTFILE';

/** The code of Node's error for a file past the 2 GiB `readFileSync` reads at most (a real .dix or .dic is tens of MB). */
export const TOO_LARGE = 'ERR_FS_FILE_TOO_LARGE';

/**
 * The bytes of a dictionary file: a regular file or a pipe (`<(zcat fr.dic.gz)`, standard input), not
 * a device. A device would be read without end (`/dev/zero`, `/dev/urandom`) or wait on a terminal, so it
 * is refused with an error whose `code` is {@link NOT_A_FILE}; other errors are `readFileSync`'s.
 */
export function readDictionaryFile(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) {
      throw Object.assign(new Error(`${path} is a device, not a file`), { code: NOT_A_FILE });
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
