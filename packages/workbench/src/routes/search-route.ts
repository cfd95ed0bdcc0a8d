import type { FastifyInstance } from 'fastify';
import { searchForms } from '../data/search-forms';
import type { WorkbenchContext } from './workbench-context';

/**
 * `GET /api/search?q=PREFIX&limit=&offset=`: stored forms starting with `q`, by form; `more` is false at
 * the offset limit, with a `note` when forms past it start with `q` too.
 */
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
      const page = await searchForms(ctx.db, q.normalize('NFC'), limit, offset);
      // The next page would start past the deepest offset a search may ask for: say so instead of
      // offering a page that would be refused.
      const cap = ctx.options.limits.searchOffset;
      if (page.more && offset + limit > cap) {
        return { query: q, offset, forms: page.forms, more: false, note: `more forms start with "${q}" than a search pages through (offsets up to ${cap}); type a longer prefix to see them` };
      }
      return { query: q, offset, ...page };
    },
  });
}
