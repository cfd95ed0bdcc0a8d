import type { AddressInfo } from 'node:net';
import { type Database, openDatabase } from '@paradigm/persistence';
import type { FastifyInstance } from 'fastify';
import { resolveOptions, type WorkbenchOptions } from '../config/workbench-options';
import { GrammarCache } from '../data/grammar-cache';
import { QueueWatcher } from '../events/queue-watcher';
import { WorkbenchEvents } from '../events/workbench-events';
import { ImportRunner } from '../import/import-runner';
import { RecomputeLoop } from '../recompute/recompute-loop';
import { builtPage, DEFAULT_PAGE_DIR } from './built-page';
import type { WorkbenchContext } from '../routes/workbench-context';

/** A running workbench. */
export interface Workbench {
  /** Where it listens, e.g. `http://127.0.0.1:5180`. */
  readonly url: string;
  readonly server: FastifyInstance;
  readonly context: WorkbenchContext;
  /** Stops listening, rolls back an import in flight, lets the recompute batch in flight commit, closes the database if it opened it. */
  close(): Promise<void>;
}

/** How often the queue depth is read while a page listens. */
const QUEUE_WATCH_MS = 250;

/**
 * Starts the workbench: the JSON API and the page, and (by default) the recompute loop in this process.
 *
 * @example
 * const workbench = await startWorkbench({ port: 0 });
 * console.log(workbench.url); // http://127.0.0.1:41234
 * await workbench.close();
 *
 * @throws {@link WorkbenchConfigError} before opening anything, for options it cannot start with
 *   (above all: a non-loopback host without a token) and when the page is not built.
 */
export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const resolved = resolveOptions(options);
  const pageDir = builtPage(options.pageDir ?? DEFAULT_PAGE_DIR);
  const db: Database = options.database ?? (await openDatabase(options.open));
  const events = new WorkbenchEvents();
  const queue = new QueueWatcher(db, events, QUEUE_WATCH_MS);
  const loop = resolved.recompute === 'in-process' ? new RecomputeLoop(db, events, { pollMs: resolved.pollMs, rebuildFrom: resolved.rebuildFrom, onError: (error) => server.log.error({ err: error }, 'recompute failed'), onNotice: (line) => server.log.info(line) }) : undefined;
  const kick = () => loop?.kick();
  const context: WorkbenchContext = { db, options: resolved, events, grammars: new GrammarCache(db), queue, imports: new ImportRunner(db, events, kick), kick };
  // Fastify and the routes (some 170 modules) load here, not with the package: a CLI that only describes
  // `serve` in its help imports this package without starting a server.
  // (`require`, not `import()`: under tsx's CommonJS hook a dynamic import cannot load a .ts file.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildServer } = require('./build-server') as typeof import('./build-server');
  const server = await buildServer(context, pageDir);
  // Each committed batch or rebuild changes the depth: publish it with the forms, even when unchanged.
  // The periodic read may have published it between the commit and the event (a page ignores the depth
  // while every form is being rebuilt), and one who waits for the queue after the forms waits for an event.
  events.subscribe((event) => {
    if (event.name === 'forms' || event.name === 'rebuilt') void queue.check(true);
  });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // The import first: requests waiting for the lexicon it holds are answered once it rolls back.
      const importStopped = context.imports.stop();
      await server.close();
      await importStopped;
      // And one an upload in flight started meanwhile (it rolls back at its first chunk).
      await context.imports.stop();
      await loop?.stop();
      await queue.stop();
      if (!options.database) await db.close();
    })());
  try {
    await server.listen({ host: resolved.host, port: resolved.port });
  } catch (error) {
    await close();
    throw error;
  }
  loop?.start();
  const address = server.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}`, server, context, close };
}
