import { isMainThread, parentPort, type Worker } from 'node:worker_threads';

/**
 * The signals a command may handle: Ctrl-C, a service manager's stop, a closed terminal, and SIGUSR2
 * (a test's paused process goes on at it). Not SIGUSR1, which starts Node's inspector.
 */
const RELAYED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGUSR2'];

/**
 * What each side of the relay posts: the worker which of the signals it has listeners for (whenever that
 * changes), and a signal it no longer has one for; the main thread each signal it receives.
 */
type RelayMessage = { readonly listened: readonly NodeJS.Signals[] } | { readonly unheard: NodeJS.Signals } | { readonly signal: NodeJS.Signals };

/**
 * Only the main thread receives signals, so a command run in a worker would never see its own SIGINT
 * and SIGTERM handlers called (an export's removal of its temporary files, an import's rollback). While
 * the worker has listeners for one of the {@link RELAYED} signals ({@link heedRelayedSignals} says so),
 * the main thread handles it by passing it on; otherwise it leaves it alone, and the signal ends the
 * process at once, as it would without a worker (a worker busy generating could not answer sooner). A
 * signal passed on just as the worker's listener went comes back, and is raised again on the process.
 */
export function relaySignals(worker: Worker): void {
  const relay = (signal: NodeJS.Signals) => worker.postMessage({ signal } satisfies RelayMessage);
  let relayed: readonly NodeJS.Signals[] = [];
  const relayOnly = (signals: readonly NodeJS.Signals[]) => {
    for (const signal of relayed) process.off(signal, relay);
    relayed = signals;
    for (const signal of relayed) process.on(signal, relay);
  };
  worker.on('message', (message: RelayMessage) => {
    if ('listened' in message) relayOnly(message.listened);
    if ('unheard' in message) {
      relayOnly([]);
      process.kill(process.pid, message.unheard);
    }
  });
  worker.on('exit', () => relayOnly([]));
}

/**
 * In a worker started with {@link relaySignals}: tells the main thread which of the {@link RELAYED} signals
 * this thread's `process` has listeners for, as they come and go, and emits to them each one it passes on.
 * Does nothing in the main thread. The port is not kept referenced, so the worker ends when its work does.
 */
export function heedRelayedSignals(): void {
  if (isMainThread || parentPort === null) return;
  const port = parentPort;
  let told = '';
  const tell = () => {
    const listened = RELAYED.filter((signal) => process.listenerCount(signal) > 0);
    if (listened.join() === told) return;
    told = listened.join();
    port.postMessage({ listened } satisfies RelayMessage);
  };
  const relayed = (event: string | symbol) => RELAYED.includes(event as NodeJS.Signals);
  // `newListener` comes before the listener is added, `removeListener` after it is removed.
  process.on('newListener', (event) => relayed(event) && queueMicrotask(tell));
  process.on('removeListener', (event) => relayed(event) && tell());
  port.on('message', (message: RelayMessage) => {
    if (!('signal' in message)) return;
    if (process.listenerCount(message.signal) > 0) process.emit(message.signal, message.signal);
    else port.postMessage({ unheard: message.signal } satisfies RelayMessage);
  });
  port.unref();
  tell();
}
