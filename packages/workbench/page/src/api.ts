/** The JSON API, as the page uses it. */

export interface FormHit { form: string; lexemeId: number; lemma: string; cell: string; patternId: number; pattern: string | null; analysis: string }
/** `note` says why `more` is false though more forms match: the next page would pass the deepest offset a search pages to. */
export interface SearchPage { query: string; offset: number; forms: FormHit[]; more: boolean; note?: string }
export interface SampleLexeme { id: number; lemma: string; stem: string | null; root: string[] | null; gloss: string | null }
export interface ParadigmTable {
  lexeme: SampleLexeme & { patterns: string[]; queued: boolean; failure: string | null };
  /** One row per cell in the author's order; forms by pattern name. */
  rows: { cell: string; forms: Record<string, string[]> }[];
}
export interface PatternSourceText { id: number; name: string; source: string }
/** `version` names the stored source: a save given it is refused (409) if another save changed the text since. */
export interface PatternContext extends PatternSourceText { version: string; lexemes: number; samples: SampleLexeme[]; continuations: PatternSourceText[] }
export interface SourceProblem { severity: 'error' | 'warning'; code: string; line: number; column: number; message: string }
export interface QueueDepth { queued: number; patternChanges: number; failed: number }
/** An import is one transaction: `storing` (after `waiting` for the lexicon, if another session holds it) until it commits (`imported`) or rolls back (`failed`). */
export type ImportProgress =
  | { state: 'parsing'; source: string }
  | { state: 'waiting'; source: string; message: string }
  | { state: 'storing'; source: string; lexemes: number; total: number; forms: number; failed: number }
  | { state: 'imported'; source: string; patterns: number; lexemes: number; forms: number; patternsLeftOut: { patternId: number; patternName: string; message: string }[] }
  | { state: 'failed'; source: string; message: string; failures: string[] };
/** The lexicon's counts, queue and form limit are null while an import runs (it holds the lexicon until it commits). */
export type Status = {
  database: string; recompute: 'in-process' | 'external'; writesNeedToken: boolean; import: ImportProgress | null;
} & (
  | {
      lexemes: number; patterns: number; forms: number; queue: QueueDepth;
      failures: { lexemeId: number; lemma: string | null; reason: string }[];
      /** The most forms one lexeme may generate; null for no limit. */
      formLimit: number | null;
      /** The rebuild of every form registered now (readers see the old forms until it swaps); null for none. */
      rebuild: Rebuild | null;
    }
  | { lexemes: null; patterns: null; forms: null; queue: null; failures: []; formLimit: null; rebuild: null }
);
/** A rebuild under way in one process, or one that several processes share by ranges of lexemes. */
export type Rebuild =
  | { kind: 'one-process'; pid: number; startedAt: string }
  | { kind: 'shared'; ranges: number; rangesDone: number; startedAt: string };

/** An answer other than 2xx: the server's message, and its details (a save's `errors`). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: Record<string, unknown>) {
    super(message);
  }
}

const TOKEN_KEY = 'paradigm-workbench-token';
export const token = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (value: string): void => sessionStorage.setItem(TOKEN_KEY, value),
};

function authHeaders(): Record<string, string> {
  const value = token.get();
  return value ? { authorization: `Bearer ${value}` } : {};
}

/** What the page says when a request gets no answer at all (fetch's own words are "Failed to fetch"). */
export const UNREACHABLE = 'the server cannot be reached: it stopped, or the network is down; start `paradigm serve` again, then reload';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { ...authHeaders() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, UNREACHABLE, {});
  }
  const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, String(parsed.error ?? `HTTP ${response.status}`), parsed);
  return parsed as T;
}

const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export const api = {
  search: (prefix: string, offset = 0, limit = 50) => call<SearchPage>('GET', `/api/search?${q({ q: prefix, offset, limit })}`),
  lexeme: (id: number) => call<ParadigmTable>('GET', `/api/lexemes/${id}`),
  patterns: (prefix = '', offset = 0) => call<{ patterns: { id: number; name: string; lexemes: number }[]; more: boolean }>('GET', `/api/patterns?${q({ prefix, offset })}`),
  pattern: (name: string) => call<PatternContext>('GET', `/api/patterns/${encodeURIComponent(name)}`),
  savePattern: (name: string, source: string, version: string) =>
    call<{ id: number; name: string; created: boolean; changed: boolean; version: string; queueEvent: number | null }>('PUT', `/api/patterns/${encodeURIComponent(name)}`, { source, version }),
  status: () => call<Status>('GET', '/api/status'),
  /** Uploads a dictionary with upload progress (fetch has none): resolves to the server's answer. */
  upload(form: FormData, onProgress: (sent: number, total: number) => void): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', '/api/import');
      for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
      request.upload.onprogress = (event) => onProgress(event.loaded, event.total);
      request.onload = () => {
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(request.responseText);
        } catch {
          /* not JSON: reported by status below */
        }
        if (request.status >= 200 && request.status < 300) resolve(body);
        else reject(new ApiError(request.status, String(body.error ?? `HTTP ${request.status}`), body));
      };
      request.onerror = () => reject(new ApiError(0, 'the upload failed: the server cannot be reached', {}));
      request.send(form);
    });
  },
};

/**
 * `forms`: these lexemes' forms were replaced; `rebuilding`: every lexeme's are being replaced, `rebuilt`: they were, at once;
 * `saving`: a save of the pattern `name` waits for the lexicon, which another session holds (`message` names it).
 */
type EventMap = {
  queue: QueueDepth;
  forms: { lexemeIds: number[] };
  rebuilding: Record<string, never>;
  rebuilt: { lexemes: number; forms: number };
  pattern: { id: number; name: string };
  saving: { name: string; message: string };
  import: ImportProgress;
};
/** `id` orders the server's events: a later event has a larger one. */
type Handler<K extends keyof EventMap> = (data: EventMap[K], id: number) => void;
const handlers: { [K in keyof EventMap]?: Set<Handler<K>> } = {};
let source: EventSource | undefined;
const events = (): EventSource => (source ??= new EventSource('/api/events'));

/**
 * Tells `handler` false when the page's event stream is cut (the server stopped: the browser then tries
 * again every few seconds) and true when it is open again; returns the function that stops.
 */
export function onConnection(handler: (connected: boolean) => void): () => void {
  const opened = () => handler(true);
  const failed = () => {
    if (events().readyState !== EventSource.OPEN) handler(false);
  };
  events().addEventListener('open', opened);
  events().addEventListener('error', failed);
  return () => (events().removeEventListener('open', opened), events().removeEventListener('error', failed));
}

/** Listens to one kind of server event (one EventSource for the page); returns the function that stops. */
export function onServerEvent<K extends keyof EventMap>(name: K, handler: Handler<K>): () => void {
  let set = handlers[name] as Set<Handler<K>> | undefined;
  if (!set) {
    set = new Set();
    (handlers as Record<string, unknown>)[name] = set;
    const all = set;
    events().addEventListener(name, (event) => {
      const message = event as MessageEvent<string>;
      const data = JSON.parse(message.data) as EventMap[K];
      for (const h of all) h(data, Number(message.lastEventId));
    });
  }
  set.add(handler);
  return () => set!.delete(handler);
}
