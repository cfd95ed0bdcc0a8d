import { LARGEST_LEXEME_ID } from '@paradigm/core';
import type { FastifyInstance } from 'fastify';
import { readParadigmTable } from '../data/paradigm-table';
import { HttpError } from './http-error';
import type { WorkbenchContext } from './workbench-context';

/** `GET /api/lexemes/:id`: the lexeme and its paradigm table. */
export function lexemeRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get<{ Params: { id: number } }>('/api/lexemes/:id', {
    schema: { params: { type: 'object', properties: { id: { type: 'integer', minimum: 1, maximum: LARGEST_LEXEME_ID } } } },
    handler: async (request) => {
      const table = await readParadigmTable(ctx.db, request.params.id);
      if (!table) throw new HttpError(404, `no lexeme with id ${request.params.id}; search for a form to find its lexeme`);
      return table;
    },
  });
}
