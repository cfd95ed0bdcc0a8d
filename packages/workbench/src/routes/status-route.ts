import type { FastifyInstance } from 'fastify';
import { lexiconStatus } from '@paradigm/persistence';
import type { WorkbenchContext } from './workbench-context';

/** How many failures (the first by lexeme id) the status lists; `queue.failed` counts them all. */
const RECENT_FAILURES = 20;

/**
 * `GET /api/status`: counts, queue depth, the first failures with their reasons, the form limit (null:
 * none), the rebuild of every form registered (null: none; see `rebuildStatus`), how this server runs,
 * and the latest import's progress. While an import runs, the lexicon's
 * counts, queue and form limit are null and `failures` empty, answered at once: the import's transaction
 * holds the lexicon's tables (on PGlite, the one connection) until it commits, and `import` says how far
 * it is.
 */
export function statusRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get('/api/status', async () => {
    const server = { database: ctx.db.description, recompute: ctx.options.recompute, writesNeedToken: ctx.options.token !== undefined };
    if (ctx.imports.running) {
      return { lexemes: null, patterns: null, forms: null, queue: null, failures: [], formLimit: null, rebuild: null, ...server, import: ctx.imports.progress ?? null };
    }
    const status = await lexiconStatus(ctx.db, RECENT_FAILURES);
    return {
      lexemes: status.lexemes,
      patterns: status.patterns,
      forms: status.forms,
      queue: { queued: status.queuedLexemes, patternChanges: status.queuedPatterns, failed: status.failed },
      failures: status.failures,
      formLimit: status.formLimit,
      rebuild: status.rebuild,
      ...server,
      // Read after the lexicon: an import that ended meanwhile shows as ended.
      import: ctx.imports.progress ?? null,
    };
  });
}
