/**
 * The items of `items` in order, `size` at a time (the last chunk may hold fewer; none when there are no
 * items): a loader holds one chunk of a lexicon at a time, whether it comes as an array or is read from
 * a file as the load goes.
 */
export async function* inChunks<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length < size) continue;
    yield chunk;
    chunk = [];
  }
  if (chunk.length > 0) yield chunk;
}
