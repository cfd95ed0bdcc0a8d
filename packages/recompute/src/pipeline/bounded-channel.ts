/**
 * A first-in first-out channel holding at most `capacity` items: `push` waits while it is full, so a
 * fast producer (fetch, compute) cannot run ahead of a slow consumer (persist) and memory stays flat
 * whatever the lexicon size.
 */
export class BoundedChannel<T> {
  private readonly items: T[] = [];
  private readonly takers: Array<(result: IteratorResult<T>) => void> = [];
  private readonly pushers: Array<() => void> = [];
  private closed = false;

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new Error(`BoundedChannel capacity must be at least 1, got ${capacity}`);
  }

  /** Waits for room, then adds `item`. Pushing to a closed channel is a bug. */
  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.pushers.push(resolve));
    }
    if (this.closed) throw new Error('push to a closed BoundedChannel');
    const taker = this.takers.shift();
    if (taker) taker({ value: item, done: false });
    else this.items.push(item);
  }

  /** No more items: takers drain what is left, then get `done`. */
  close(): void {
    this.closed = true;
    for (const taker of this.takers.splice(0)) taker({ value: undefined, done: true });
    for (const pusher of this.pushers.splice(0)) pusher();
  }

  /** The next item, or `done` once the channel is closed and empty. */
  take(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined || this.items.length > 0) {
      this.pushers.shift()?.();
      return Promise.resolve({ value: item as T, done: false });
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.takers.push(resolve));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const next = await this.take();
      if (next.done) return;
      yield next.value;
    }
  }
}
