import { excerpt, MAX_NAME_BYTES } from '@paradigm/core';
import type { ImportedLexicon } from './imported-lexicon';

/**
 * Why `lexicon` cannot be stored, or `undefined` when it can: a pattern name, made from a pardef's or an
 * affix class's name, longer than the database indexes. An Apertium pardef may be named with any text
 * (lt-expand never stores it); every importing command checks this before it opens the database.
 */
export function unstorablePatternName(lexicon: Pick<ImportedLexicon, 'format' | 'source' | 'patterns'>): string | undefined {
  for (const { name } of lexicon.patterns) {
    const bytes = Buffer.byteLength(name, 'utf8');
    if (bytes <= MAX_NAME_BYTES) continue;
    return (
      `${lexicon.source}: the pattern "${excerpt(name)}", named after a ${lexicon.format === 'apertium' ? 'pardef' : 'class'} of the file, is ${bytes} bytes long ` +
      `in UTF-8, longer than the ${MAX_NAME_BYTES} a pattern name may have in the database; shorten that name in the file`
    );
  }
  return undefined;
}
