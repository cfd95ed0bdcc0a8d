/** Where a profiled frame's time counts. */
export type Category = 'compute' | 'persist' | 'idle' | 'startup' | 'other';

/** A frame's function name and source location, split out of `--prof-process`'s frame text. */
export interface Frame {
  readonly name: string;
  /** `path:line:column` for JavaScript frames, else undefined. */
  readonly location?: string;
  readonly isJavaScript: boolean;
}

const JS_FRAME = /^JS: [*~^+]?(.*?)\s*((?:\/|node:|file:)\S*:\d+:\d+)?$/;

/** Splits `JS: *name /file.js:1:2` into name and location; other frames keep their text as name. */
export function parseFrame(text: string): Frame {
  const m = JS_FRAME.exec(text);
  if (!m) return { name: text, isJavaScript: false };
  return { name: m[1] || '(anonymous)', location: m[2], isJavaScript: true };
}

// Paths as pnpm lays them out (node_modules/.pnpm/pg@8/node_modules/pg/...) and as the workspace's own
// packages appear in built JS (packages/paradigm-core/dist/...).
const COMPUTE = [/\/packages\/paradigm-core\//, /\/node_modules\/@paradigm\/core\//];
const PERSIST = [
  /\/packages\/persistence\//, /\/node_modules\/@paradigm\/persistence\//,
  /\/node_modules\/pg\//, /\/node_modules\/pg-[a-z-]+\//, /\/node_modules\/@electric-sql\/pglite\//,
  /\/node_modules\/kysely\//, /\/node_modules\/postgres-[a-z]+\//,
];

/**
 * The category of a frame: paradigm-core's files are compute; persistence, pg, pg-copy-streams, kysely
 * and PGlite are persist; the event loop's wait for I/O (`epoll_pwait`) is idle. WebAssembly frames are persist too: the only WebAssembly in the worker is
 * PGlite's Postgres.
 */
export function categorise(frame: Frame): Category {
  // The event loop blocked in the kernel waiting for I/O: in the worker, that is waiting for the database.
  if (!frame.isJavaScript && /^(epoll_p?wait|uv__io_poll|kevent)\b/.test(frame.name)) return 'idle';
  if (frame.location) {
    if (COMPUTE.some((r) => r.test(frame.location!))) return 'compute';
    if (PERSIST.some((r) => r.test(frame.location!))) return 'persist';
  }
  if (/^wasm-function|\bwasm\b/i.test(frame.name)) return 'persist';
  return 'other';
}

// Node's module loader: compiling and resolving modules, its builtins included. A short run spends most of
// its ticks here (1000 lexemes: the recompute itself takes 0.4 s), which is start-up, not the worker's work.
const LOADER = /^(compileForInternalLoader|requireBuiltin|wrapSafe|Module\._resolveFilename|Module\._findPath|Module\._extensions\.\.json|tryPackage|readPackageScope|resolveExports|toRealPath)$/;

/** True for frames of Node's module loader (see {@link LOADER}). */
export function isLoaderFrame(frame: Frame): boolean {
  return frame.isJavaScript && LOADER.test(frame.name);
}
