import type { FormRowSink, Grammar, Lexeme } from '@paradigm/core';
import { EntryBytes } from './entry-bytes';
import { generateEntry } from './expand-hunspell';
import type { LeftOut } from './left-out-spellings';

/** How many bytes of text {@link wordBytes} gathers before yielding a chunk (a buffer outside V8's heap). */
export const CHUNK_BYTES = 1 << 16;

/**
 * {@link wordChunks} without an `OCONV` table, as UTF-8 bytes: each entry's words are written into one
 * reusable buffer when the entry ends and de-duplicated there ({@link EntryBytes}), so no chunk is
 * encoded again to be written. Each chunk is valid until the next is asked for.
 */
export function* wordBytes(grammar: Grammar, lexemes: Iterable<Lexeme>, leftOut: LeftOut, chunkBytes = CHUNK_BYTES): Generator<Uint8Array> {
  const words = new EntryBytes(chunkBytes);
  let left: ReadonlySet<string> = new Set();
  const allRows: FormRowSink = { add: (_lexemeId, _patternId, _cell, surface) => { if (surface !== '') words.add(surface); } };
  const checkedRows: FormRowSink = { add: (_lexemeId, _patternId, _cell, surface) => { if (surface !== '' && !left.has(surface)) words.add(surface); } };
  for (const lexeme of lexemes) {
    const spellings = leftOut.of(lexeme);
    if (spellings !== undefined) left = spellings;
    generateEntry(grammar, lexeme, spellings === undefined ? allRows : checkedRows);
    words.nextEntry();
    if (words.full) yield words.take();
  }
  const rest = words.take();
  if (rest.length > 0) yield rest;
}
