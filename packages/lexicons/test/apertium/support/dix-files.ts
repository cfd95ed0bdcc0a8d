import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An XML declaration naming `encoding`, on a line of its own. */
export function declared(encoding: string): string {
  return `<?xml version="1.0" encoding="${encoding}"?>\n`;
}

/**
 * A folder for the .dix files of one test file, made before its tests and removed after them: `write`
 * stores bytes as the next `N.dix` and returns its path.
 */
export function dixFiles(prefix: string): { readonly dir: () => string; readonly write: (bytes: Buffer) => string } {
  let dir = '';
  let count = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir: () => dir,
    write: (bytes) => {
      const path = join(dir, `${++count}.dix`);
      writeFileSync(path, bytes);
      return path;
    },
  };
}
