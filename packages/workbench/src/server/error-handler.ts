import { isDatabaseUnavailable, rootMessage } from '@paradigm/recompute';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ResolvedOptions } from '../config/workbench-options';
import { HttpError } from '../routes/http-error';
import { allowedMethods } from './allowed-methods';

/**
 * Every error leaves as JSON `{ error: "..." }`, never a stack trace: the request's own mistakes (bad
 * input, too large, unknown route, a method the route does not take) with their 4xx status and Fastify's message; a database that cannot
 * be reached (refused, went away, does not accept connections, timed out) as 503 with its own words
 * and `database` (persistence's description, without a password), since the one using the page can
 * act on it; anything else as 500 with a generic message, the details going to the server's log only.
 * Both of the latter go to the log and to `onInternalError`.
 */
export function installErrorHandler(app: FastifyInstance, { limits, onInternalError }: Pick<ResolvedOptions, 'limits' | 'onInternalError'>, database: string): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send({ error: error.message, ...error.details });
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send({ error: `the request body is larger than the limit of ${limits.bodyBytes} bytes` });
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') return reply.status(413).send({ error: `an uploaded file is larger than the limit of ${limits.uploadFileBytes} bytes` });
    const status = error.statusCode ?? 500;
    if (error.validation) return reply.status(400).send({ error: `invalid request: ${error.message}` });
    if (status >= 400 && status < 500) return reply.status(status).send({ error: error.message });
    request.log.error({ err: error }, 'request failed');
    onInternalError?.(error, { method: request.method, url: request.url });
    if (isDatabaseUnavailable(error)) {
      return reply.status(503).send({ error: `the database ${database} cannot be reached: ${rootMessage(error)}. Check that it is running and accepts connections, then try again` });
    }
    return reply.status(500).send({ error: 'internal error: the server could not complete the request; its log has the details' });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = allowedMethods(app, path);
    if (allowed.length === 0) return reply.status(404).send({ error: `no route ${request.method} ${path}` });
    return reply
      .status(405)
      .header('allow', allowed.join(', '))
      .send({ error: `${path} does not take ${request.method}; it takes ${allowed.join(', ')}` });
  });
}
