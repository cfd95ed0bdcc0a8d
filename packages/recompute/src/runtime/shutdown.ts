/** What {@link installShutdown} hands back. */
export interface Shutdown {
  /** Aborted on the first SIGINT/SIGTERM: stop claiming, let the batch in flight finish. */
  readonly signal: AbortSignal;
  /** Removes the handlers (call when the run is over). */
  dispose(): void;
}

/**
 * First SIGINT or SIGTERM: abort `signal` (stop claiming; the batch in flight commits or rolls back)
 * and start a `timeoutMs` timer after which the process exits anyway; a second signal exits at once.
 * Exit code 130 either way. Connections are not closed on the forced path: the server rolls back the
 * open transaction when the socket goes, which is exactly the crash-safety guarantee.
 */
export function installShutdown(timeoutMs: number, log: (line: string) => void, exit: (code: number) => never = process.exit): Shutdown {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      log(`${name} again: exiting now; the open transaction is rolled back by the server.`);
      exit(130);
    }
    log(`${name}: stopping after the batch in flight (up to ${timeoutMs} ms); send ${name} again to exit now.`);
    controller.abort();
    timer = setTimeout(() => {
      log(`Still busy after ${timeoutMs} ms: exiting; the open transaction is rolled back by the server.`);
      exit(130);
    }, timeoutMs);
    timer.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
