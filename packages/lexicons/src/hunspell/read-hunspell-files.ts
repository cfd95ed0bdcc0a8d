import { basename } from 'node:path';
import { fileProblem } from '../file-problem';
import { readDictionaryFile } from '../read-dictionary-file';
import { HunspellImportError } from './hunspell-import-error';
import type { HunspellFiles } from './parse-hunspell';

function readOne(path: string, kind: '.aff' | '.dic'): Uint8Array {
  try {
    return readDictionaryFile(path);
  } catch (error) {
    throw new HunspellImportError(path, 0, `${fileProblem(error, kind)}; give the path of an existing ${kind} file (a dictionary is an .aff and a .dic file)`);
  }
}

/** Reads an .aff/.dic pair from disk for {@link parseHunspell}; errors name the file that is missing or unreadable. */
export function readHunspellFiles(affPath: string, dicPath: string): HunspellFiles {
  return {
    aff: readOne(affPath, '.aff'),
    dic: readOne(dicPath, '.dic'),
    affName: basename(affPath),
    dicName: basename(dicPath),
  };
}
