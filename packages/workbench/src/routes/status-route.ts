import type { FastifyInstance } from 'fastify';
import { lexiconStatus } from '@paradigm/persistence';
import type { WorkbenchContext } from './workbench-context';

/** How many failures (the first by lexeme id) the status lists; `queue.failed` counts them all. */
const RECENT_FAILURES = 20;

/** `GET /api/status`: counts, queue depth, the first failures with their reasons, the form limit (null: none), and how this server runs. */
export function statusRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get('/api/status', async () => {
    const status = await lexiconStatus(ctx.db, RECENT_FAILURES);
    return {
      lexemes: status.lexemes,
      patterns: status.patterns,
      forms: status.forms,
      queue: { queued: status.queuedLexemes, patternChanges: status.queuedPatterns, failed: status.failed },
      failures: status.failures,
      formLimit: status.formLimit,
      database: ctx.db.description,
      recompute: ctx.options.recompute,
      writesNeedToken: ctx.options.token !== undefined,
      import: ctx.imports.progress ?? null,
    };
  });
}
