import type { FastifyInstance } from 'fastify';
import type { WorkbenchContext } from './workbench-context';

/** A comment line every so often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/**
 * `GET /api/events`: server-sent events (`queue`, `forms`, `rebuilding`, `rebuilt`, `pattern`, `saving`,
 * `import`, each with a JSON `data` line and an `id`, larger for each later event). The current queue
 * depth is sent first, so a page never starts from a stale value.
 */
export function eventsRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get('/api/events', (request, reply) => {
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    out.write('retry: 1000\n\n');
    const unsubscribe = ctx.events.subscribe((event, id) => out.write(`id: ${id}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`));
    const heartbeat = setInterval(() => out.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    ctx.queue.start();
    void ctx.queue.check(true);
  });
}
