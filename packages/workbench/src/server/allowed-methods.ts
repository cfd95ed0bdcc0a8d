import type { FastifyInstance } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods the API answers at `path` (a concrete path such as `/api/patterns/noun`), in a fixed
 * order; empty when no route of the API has that path. Only `/api/` paths are looked up, and the page's
 * files (a GET of any path, the `*` route) are no route of the API.
 */
export function allowedMethods(app: FastifyInstance, path: string): string[] {
  if (!path.startsWith('/api/')) return [];
  return METHODS.filter((method) => {
    const route = app.findRoute({ method, url: path });
    return route !== null && !('*' in (route.params as Record<string, string>));
  });
}
