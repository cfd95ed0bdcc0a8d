import { existsSync } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { MAX_NAME_BYTES } from '@paradigm/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { eventsRoute } from '../routes/events-route';
import { importRoute } from '../routes/import-route';
import { lexemeRoute } from '../routes/lexeme-route';
import { patternsRoutes } from '../routes/patterns-routes';
import { searchRoute } from '../routes/search-route';
import { statusRoute } from '../routes/status-route';
import { installErrorHandler } from './error-handler';
import { installHostGuard } from './host-guard';
import { installRequestValidation } from './request-validation';
import { installStorableInput } from './storable-input';
import { installUtf8JsonBody } from './utf8-json-body';
import { installWriteGuard } from './write-guard';
import type { WorkbenchContext } from '../routes/workbench-context';

/**
 * The workbench's Fastify instance, routes registered, not listening (tests call `inject` on it).
 * Serves the built page from `pageDir` when that folder exists.
 */
export async function buildServer(ctx: WorkbenchContext, pageDir: string | undefined): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.options.log,
    bodyLimit: ctx.options.limits.bodyBytes,
    // A path parameter is a pattern name at the longest (MAX_NAME_BYTES bytes of UTF-8), each byte
    // percent-encoded in the URL at the worst (3 characters); Fastify's default is 100 characters.
    routerOptions: { maxParamLength: 3 * MAX_NAME_BYTES },
    // Event streams never go idle: close them too when the server stops.
    forceCloseConnections: true,
  });
  installRequestValidation(app);
  installErrorHandler(app, ctx.options, ctx.db.description);
  installHostGuard(app, ctx.options.host, ctx.options.allowedHosts);
  installWriteGuard(app, ctx.options.token);
  installStorableInput(app);
  installUtf8JsonBody(app);
  await app.register(fastifyMultipart, {
    limits: { fileSize: ctx.options.limits.uploadFileBytes, files: 2, fields: 5, fieldSize: 100, parts: 7, headerPairs: 100 },
  });
  for (const route of [searchRoute, lexemeRoute, patternsRoutes, statusRoute, eventsRoute, importRoute]) route(app, ctx);
  if (pageDir !== undefined && existsSync(pageDir)) await app.register(fastifyStatic, { root: pageDir, index: 'index.html' });
  return app;
}
