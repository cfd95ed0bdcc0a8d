import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../routes/http-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route changes the lexicon: it needs the token (when one is set) and a same-origin caller. */
    write?: boolean;
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Guards the routes marked `config: { write: true }`:
 * - with a token, `Authorization: Bearer <token>` (a header, not a cookie, so another site cannot make
 *   the browser send it); compared in constant time;
 * - a request from a page of another origin (its `Origin` header names another host) is refused even
 *   without a token, so a site open in the same browser cannot post to the loopback server.
 */
export function installWriteGuard(app: FastifyInstance, token: string | undefined): void {
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.routeOptions.config?.write) return;
    const origin = request.headers.origin;
    if (origin !== undefined && !sameOrigin(origin, request.headers.host)) {
      throw new HttpError(403, `writes from another origin (${origin}) are refused; use the workbench's own page`);
    }
    if (expected === undefined) return;
    const given = request.headers.authorization;
    if (given === undefined) throw new HttpError(401, 'this server needs a token for writes: send the header "Authorization: Bearer <token>"');
    if (!timingSafeEqual(digest(given), expected)) throw new HttpError(401, 'wrong token: send the header "Authorization: Bearer <token>" with the token the server was started with');
  });
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
