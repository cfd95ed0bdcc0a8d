import { explainUnstorable, firstUnstorable } from '@paradigm/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../routes/http-error';

const PLACES = { query: 'query parameter', params: 'path parameter', body: 'field' } as const;

/**
 * Refuses, with 400 naming the parameter, a request whose query, path or JSON body holds text that
 * PostgreSQL's text cannot (U+0000, a lone surrogate): sent on to the database it would fail the query
 * as an internal error instead.
 */
export function installStorableInput(app: FastifyInstance): void {
  app.addHook('preHandler', async (request: FastifyRequest) => {
    for (const place of Object.keys(PLACES) as (keyof typeof PLACES)[]) {
      const values = request[place];
      if (values === null || typeof values !== 'object') continue;
      for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
        if (typeof value !== 'string') continue;
        const at = firstUnstorable(value);
        if (at >= 0) throw new HttpError(400, `${PLACES[place]} "${name}" holds ${explainUnstorable(value.charCodeAt(at))}`);
      }
    }
  });
}
