import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HunspellImportError } from './hunspell-import-error';
import type { HunspellFiles } from './parse-hunspell';

function readOne(path: string, kind: '.aff' | '.dic'): Uint8Array {
  if (!existsSync(path)) {
    throw new HunspellImportError(path, 0, `${kind} file not found; give the path of an existing ${kind} file (a dictionary is an .aff and a .dic file)`);
  }
  return readFileSync(path);
}

/** Reads an .aff/.dic pair from disk for {@link parseHunspell}; errors name the missing file. */
export function readHunspellFiles(affPath: string, dicPath: string): HunspellFiles {
  return {
    aff: readOne(affPath, '.aff'),
    dic: readOne(dicPath, '.dic'),
    affName: basename(affPath),
    dicName: basename(dicPath),
  };
}
