/**
 * Reads `read` every 100 ms until `done` holds for what it read; resolves to that. There is no bound of
 * its own: on this shared 2-core machine a worker process takes up to a minute to start under a load of
 * 25-30, so a wait that never ends is ended by the test's timeout, never by a count of tries.
 */
export async function until<R>(read: () => Promise<R>, done: (value: R) => boolean): Promise<R> {
  let value = await read();
  while (!done(value)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
