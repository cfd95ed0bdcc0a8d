/** The text of every chunk `chunks` yields (each copied as it comes, valid only until the next), and what it threw after them. */
export function drainChunks(chunks: Iterable<Uint8Array | string>): { text: string; thrown: unknown } {
  const parts: Buffer[] = [];
  let thrown: unknown;
  try {
    for (const chunk of chunks) parts.push(Buffer.from(chunk));
  } catch (error) {
    thrown = error;
  }
  return { text: Buffer.concat(parts).toString('utf8'), thrown };
}
