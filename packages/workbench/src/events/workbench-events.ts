/** The queue's depth: lexemes waiting, pattern changes waiting to be expanded, lexemes that failed. */
export interface QueueDepth {
  readonly queued: number;
  readonly patternChanges: number;
  readonly failed: number;
}

/** Where an upload's import is. */
export type ImportProgress =
  | { readonly state: 'parsing'; readonly source: string }
  | { readonly state: 'storing'; readonly source: string; readonly lexemes: number; readonly total: number }
  | { readonly state: 'stored'; readonly source: string; readonly patterns: number; readonly lexemes: number }
  | { readonly state: 'failed'; readonly source: string; readonly message: string };

/** What the server tells the page without being asked (sent as server-sent events of these names). */
export interface WorkbenchEventMap {
  /** The queue's depth changed. */
  queue: QueueDepth;
  /** The forms of these lexemes were just replaced. */
  forms: { readonly lexemeIds: readonly number[] };
  /** A pattern was saved. */
  pattern: { readonly id: number; readonly name: string };
  import: ImportProgress;
}

export type WorkbenchEventName = keyof WorkbenchEventMap;
export type WorkbenchEvent = { [K in WorkbenchEventName]: { readonly name: K; readonly data: WorkbenchEventMap[K] } }[WorkbenchEventName];
type Listener = (event: WorkbenchEvent) => void;

/**
 * Fan-out of {@link WorkbenchEvent}s to the open event streams. Small on purpose: one listener per
 * connected page, and publishing never waits for them.
 */
export class WorkbenchEvents {
  private readonly listeners = new Set<Listener>();

  publish<K extends WorkbenchEventName>(name: K, data: WorkbenchEventMap[K]): void {
    const event = { name, data } as WorkbenchEvent;
    for (const listener of this.listeners) listener(event);
  }

  /** Calls `listener` for every event from now on; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}
