import type { FormRowSink, Grammar, Lexeme } from '@paradigm/core';
import { EntryBytes } from './entry-bytes';
import { generateEntry } from './expand-hunspell';

/** How many bytes of text {@link wordBytes} gathers before yielding a chunk (a buffer outside V8's heap). */
export const CHUNK_BYTES = 1 << 16;

/**
 * {@link wordChunks} without an `OCONV` table, as UTF-8 bytes: each entry's words are written into one
 * reusable buffer when the entry ends and de-duplicated there ({@link EntryBytes}), so no chunk is
 * encoded again to be written. Each chunk is valid until the next is asked for.
 */
export function* wordBytes(grammar: Grammar, lexemes: Iterable<Lexeme>, forbidden: ReadonlySet<string>, chunkBytes = CHUNK_BYTES): Generator<Uint8Array> {
  const words = new EntryBytes(chunkBytes);
  const rows: FormRowSink = forbidden.size === 0
    ? { add: (_lexemeId, _patternId, _cell, surface) => { if (surface !== '') words.add(surface); } }
    : { add: (_lexemeId, _patternId, _cell, surface) => { if (surface !== '' && !forbidden.has(surface)) words.add(surface); } };
  for (const lexeme of lexemes) {
    generateEntry(grammar, lexeme, rows);
    words.nextEntry();
    if (words.full) yield words.take();
  }
  const rest = words.take();
  if (rest.length > 0) yield rest;
}
