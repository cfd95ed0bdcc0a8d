import { basename, extname, resolve } from 'node:path';
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

/**
 * Why `affPath` and `dicPath` cannot be one dictionary's .aff and .dic whatever they hold: one file given
 * for both, or a file named for the other role (`x.dic` as the .aff: read as affix rules, a .dic defines
 * none and would import as a lexicon of stems without affixes). Undefined when the names allow the pair.
 */
function misnamedPair(affPath: string, dicPath: string): HunspellImportError | undefined {
  const either = 'give the dictionary\'s .aff file, then its .dic file (the two may come in either order when their names end in .aff and .dic)';
  if (resolve(affPath) === resolve(dicPath)) return new HunspellImportError(affPath, 0, `given as both the .aff and the .dic file; ${either}`);
  if (extname(affPath).toLowerCase() === '.dic') return new HunspellImportError(affPath, 0, `is named as a .dic file but given as the .aff file; ${either}`);
  if (extname(dicPath).toLowerCase() === '.aff') return new HunspellImportError(dicPath, 0, `is named as an .aff file but given as the .dic file; ${either}`);
  return undefined;
}

/**
 * Reads an .aff/.dic pair from disk for {@link parseHunspell}; errors name the file that is missing or
 * unreadable, or given twice, or named for the other role.
 */
export function readHunspellFiles(affPath: string, dicPath: string): HunspellFiles {
  const misnamed = misnamedPair(affPath, dicPath);
  if (misnamed) throw misnamed;
  return {
    aff: readOne(affPath, '.aff'),
    dic: readOne(dicPath, '.dic'),
    affName: basename(affPath),
    dicName: basename(dicPath),
  };
}
