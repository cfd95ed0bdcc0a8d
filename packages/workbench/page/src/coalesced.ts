/**
 * `run`, asked for from server events: runs it at once, or, when a run is in flight, once more after it
 * ends (and `gapMs` after that) however many times it was asked meanwhile. A burst of events (a drain
 * announces every batch) then costs one request at a time, not one each: the status page's counts scan
 * the whole forms table, which takes seconds on millions of forms.
 */
export function coalesced(run: () => Promise<void>, gapMs = 0): () => void {
  let running = false;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void run().finally(() => {
      if (!again) {
        running = false;
        return;
      }
      again = false;
      window.setTimeout(() => {
        running = false;
        start();
      }, gapMs);
    });
  };
  return start;
}
