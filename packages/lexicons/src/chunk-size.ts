/**
 * How many characters of text the expansions gather before yielding a chunk to be written. Writing
 * flattens a chunk into one string; at 2 bytes a character (accented or non-Latin text) a 64 Ki chunk is
 * 128 KiB, which V8 puts in its large-object space, freed only by full collections: on fr that took the
 * `expand` process to 195 MB peak and 6.7 s of CPU, against 120 MB and 4.2 s with 32 Ki chunks (16 Ki: no
 * better). Large enough that one write per chunk, not per line, is what the process pays.
 */
export const CHUNK_CHARS = 1 << 15;
