import type { Workbench } from '../../src';

/** A parsed server-sent event. */
export interface ReceivedEvent {
  /** The event's `id`: larger for each later event of the server. */
  readonly id: number;
  readonly name: string;
  readonly data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Reads `GET /api/events` as a client would; `next(predicate)` waits (boundedly) for a matching event. */
export async function openEventStream(workbench: Workbench) {
  const abort = new AbortController();
  const response = await fetch(`${workbench.url}/api/events`, { signal: abort.signal });
  const received: ReceivedEvent[] = [];
  const waiters: { predicate: (event: ReceivedEvent) => boolean; resolve: (event: ReceivedEvent) => void }[] = [];
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          const id = /^id: (.*)$/m.exec(block)?.[1];
          if (name === undefined || data === undefined || id === undefined) continue;
          const event = { id: Number(id), name, data: JSON.parse(data) };
          received.push(event);
          for (const waiter of [...waiters]) {
            if (waiter.predicate(event)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve(event);
            }
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    contentType: response.headers.get('content-type'),
    received,
    /** The first event from now (or already received after `since`) that matches; fails after 60 s. */
    next(predicate: (event: ReceivedEvent) => boolean, since = 0): Promise<ReceivedEvent> {
      const seen = received.slice(since).find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within 60 s; received: ${JSON.stringify(received)}`)), 60_000);
        waiters.push({ predicate, resolve: (event) => (clearTimeout(timer), resolve(event)) });
      });
    },
    async close() {
      abort.abort();
      await reading;
    },
  };
}
