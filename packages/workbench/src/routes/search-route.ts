import type { FastifyInstance } from 'fastify';
import { searchForms } from '../data/search-forms';
import type { WorkbenchContext } from './workbench-context';

/** `GET /api/search?q=PREFIX&limit=&offset=`: stored forms starting with `q`, by form. */
export function searchRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get<{ Querystring: { q: string; limit: number; offset: number } }>('/api/search', {
    schema: {
      querystring: {
        type: 'object',
        required: ['q'],
        additionalProperties: false,
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 200 },
          limit: { type: 'integer', minimum: 1, maximum: ctx.options.limits.searchPage, default: 20 },
          offset: { type: 'integer', minimum: 0, maximum: ctx.options.limits.searchOffset, default: 0 },
        },
      },
    },
    handler: async (request) => {
      const { q, limit, offset } = request.query;
      return { query: q, offset, ...(await searchForms(ctx.db, q.normalize('NFC'), limit, offset)) };
    },
  });
}
