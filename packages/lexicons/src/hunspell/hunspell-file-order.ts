import { extname } from 'node:path';

/** The .aff and .dic paths of a dictionary. */
export interface HunspellFilePaths {
  readonly aff: string;
  readonly dic: string;
}

/**
 * The .aff and the .dic of two paths given as `<aff> <dic>`, or the other way round when their names say so
 * (`x.dic x.aff`, the order unmunch takes): a pair given in either order reads the same. Any other pair is
 * taken as given.
 */
export function hunspellFileOrder(first: string, second: string): HunspellFilePaths {
  const swapped = extname(first).toLowerCase() === '.dic' && extname(second).toLowerCase() === '.aff';
  return swapped ? { aff: second, dic: first } : { aff: first, dic: second };
}
