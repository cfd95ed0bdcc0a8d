import { runningWorkersStderr } from './spawn-worker';

/** How often {@link until} says what it still waits for. */
const REPORT_EVERY_MS = 60_000;

/**
 * Reads `read` every 100 ms until `done` holds for what it read; resolves to that. There is no bound of
 * its own: on this shared 2-core machine a worker process takes up to a minute to start under a load of
 * 25-30, so a wait that never ends is ended by the test's timeout, never by a count of tries. Once a
 * minute it prints where it was called from, the last value it read and what the worker processes still
 * running last wrote to stderr, so that a test ended by its timeout shows which wait did not end, and on what.
 */
export async function until<R>(read: () => Promise<R>, done: (value: R) => boolean): Promise<R> {
  const calledFrom = new Error('still waiting').stack?.split('\n').slice(2, 4).join('\n') ?? '';
  const started = performance.now();
  let reported = started;
  let value = await read();
  while (!done(value)) {
    if (performance.now() - reported >= REPORT_EVERY_MS) {
      reported = performance.now();
      const seconds = Math.round((reported - started) / 1000);
      console.warn(`until: still waiting after ${seconds} s; last read ${JSON.stringify(value)}\n${calledFrom}\nworkers running:\n${runningWorkersStderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
