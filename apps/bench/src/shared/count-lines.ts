/** Newline bytes in `bytes`: a tool's output lines (its output need not be valid UTF-8 line by line). */
export function newlines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

/** Newlines in text chunks (what an expander yields), without joining them. */
export function chunkLines(chunks: Iterable<string>): number {
  let lines = 0;
  for (const chunk of chunks) for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) lines++;
  return lines;
}
