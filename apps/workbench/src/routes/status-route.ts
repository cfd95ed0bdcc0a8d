import type { FastifyInstance } from 'fastify';
import { readStatus } from '../data/read-status';
import type { WorkbenchContext } from '../server/workbench-context';

/** `GET /api/status`: counts, queue depth, recent failures, and how this server runs. */
export function statusRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get('/api/status', async () => ({
    ...(await readStatus(ctx.db)),
    database: ctx.db.description,
    recompute: ctx.options.recompute,
    writesNeedToken: ctx.options.token !== undefined,
    import: ctx.imports.progress ?? null,
  }));
}
