import { fileProblem } from '../file-problem';
import { readDictionaryFile } from '../read-dictionary-file';
import { ApertiumFileError } from './apertium-file-error';
import { decodeDix } from './dix-encoding';

/**
 * The text of a .dix file for {@link parseApertium}, decoded as lt-expand decodes it (see
 * {@link decodeDix}: a byte order mark, the XML declaration's encoding, else UTF-8).
 *
 * @throws {@link ApertiumFileError} naming the file: missing, a directory, unreadable, empty, or not
 * text in the encoding it declares (with the line and column).
 */
export function readApertiumFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readDictionaryFile(path);
  } catch (error) {
    throw new ApertiumFileError(path, 0, 0, `${fileProblem(error, '.dix')}; give the path of an Apertium monolingual dictionary (.dix)`);
  }
  return decodeDix(bytes, path);
}
