// A process that runs itself in a bounded worker (`runInBoundedWorker`) which waits until it is ended.
// Its mode (the first argument): `handles` heeds the relayed signals and handles SIGINT and SIGTERM
// (says which, exits 7), and the main thread says `relaying` once it passes both on; `heeds` heeds them
// with no handler, `busy` too but then computes without end, and `deaf` does not heed them; the worker
// says `ready` once set up.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { heedRelayedSignals, runInBoundedWorker } from '../../../src/bounded-expansion';

const mode = process.argv[2];
if (isMainThread) {
  void runInBoundedWorker(__filename, [mode ?? '']).then((code) => process.exit(code));
  const watch = setInterval(() => {
    if (process.listenerCount('SIGINT') === 0 || process.listenerCount('SIGTERM') === 0) return;
    writeSync(1, 'relaying\n');
    clearInterval(watch);
  }, 5);
  watch.unref();
} else {
  setInterval(() => undefined, 60_000);
  if (mode !== 'deaf') heedRelayedSignals();
  if (mode === 'handles') {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        writeSync(1, `handled ${signal}\n`);
        process.exit(7);
      });
    }
  } else {
    writeSync(1, 'ready\n');
    // eslint-disable-next-line no-empty
    if (mode === 'busy') for (;;) {}
  }
}
