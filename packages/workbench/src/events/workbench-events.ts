import type { PatternProblem } from '@paradigm/recompute';

/** The queue's depth: lexemes waiting, pattern changes waiting to be expanded, lexemes that failed. */
export interface QueueDepth {
  readonly queued: number;
  readonly patternChanges: number;
  readonly failed: number;
}

/**
 * Where an upload's import is. It is one transaction: until it is `imported`, readers see the old
 * lexicon and forms (or wait for the commit), and `failed` means it rolled back.
 */
export type ImportProgress =
  | { readonly state: 'parsing'; readonly source: string }
  /**
   * Waiting for the lexicon's tables, which another session's transaction has held for a few seconds
   * (a psql session left open): `message` names those sessions and how to end the wait. `storing`
   * follows once they are granted.
   */
  | { readonly state: 'waiting'; readonly source: string; readonly message: string }
  /**
   * `lexemes` of `total` stored with their `forms`; `failed` of them could not be generated, which
   * rolls the import back at its end (it goes on only to name the others). Once every lexeme is in,
   * the forms' indexes are built before the commit.
   */
  | { readonly state: 'storing'; readonly source: string; readonly lexemes: number; readonly total: number; readonly forms: number; readonly failed: number }
  /** Committed: the lexicon and every form it generates, indexed; `patternsLeftOut` did not compile, so their lexemes have none of their forms. */
  | { readonly state: 'imported'; readonly source: string; readonly patterns: number; readonly lexemes: number; readonly forms: number; readonly patternsLeftOut: readonly PatternProblem[] }
  /** Rolled back, the old lexicon and forms as they were: `message` says why; `failures` names each entry that could not be generated. */
  | { readonly state: 'failed'; readonly source: string; readonly message: string; readonly failures: readonly string[] };

/** What the server tells the page without being asked (sent as server-sent events of these names). */
export interface WorkbenchEventMap {
  /** The queue's depth changed. */
  queue: QueueDepth;
  /** The forms of these lexemes were just replaced. */
  forms: { readonly lexemeIds: readonly number[] };
  /** A rebuild of every lexeme's forms started (the queue holds most of the lexicon): readers see the old forms until `rebuilt`. */
  rebuilding: Record<string, never>;
  /** Every lexeme's forms were just replaced at once (a rebuild): `lexemes` computed, `forms` stored. */
  rebuilt: { readonly lexemes: number; readonly forms: number };
  /** A pattern was saved. */
  pattern: { readonly id: number; readonly name: string };
  /**
   * A save of the pattern `name` has waited a few seconds for the lexicon's tables, which another
   * session's transaction holds (an import, a psql session left open): `message` names those sessions
   * and how to end the wait. The save goes on, and answers, once they are granted.
   */
  saving: { readonly name: string; readonly message: string };
  import: ImportProgress;
}

export type WorkbenchEventName = keyof WorkbenchEventMap;
export type WorkbenchEvent = { [K in WorkbenchEventName]: { readonly name: K; readonly data: WorkbenchEventMap[K] } }[WorkbenchEventName];
/** `id` orders the events of one server: each is larger than every id published before it. */
type Listener = (event: WorkbenchEvent, id: number) => void;

/**
 * Fan-out of {@link WorkbenchEvent}s to the open event streams. Small on purpose: one listener per
 * connected page, and publishing never waits for them.
 */
export class WorkbenchEvents {
  private readonly listeners = new Set<Listener>();
  /**
   * The last id published. Ids start at the server's start time in microseconds, so a page that
   * reconnects to a restarted server sees its events as later than those of the one before.
   */
  private lastId = Date.now() * 1000;

  /** Sends the event to every listener; returns its id. */
  publish<K extends WorkbenchEventName>(name: K, data: WorkbenchEventMap[K]): number {
    const event = { name, data } as WorkbenchEvent;
    const id = ++this.lastId;
    for (const listener of this.listeners) listener(event, id);
    return id;
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
