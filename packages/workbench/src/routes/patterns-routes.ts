import { MAX_NAME_BYTES } from '@paradigm/core';
import { lockWaitText } from '@paradigm/recompute';
import type { FastifyInstance } from 'fastify';
import { checkPattern, listPatterns, readPatternContext, savePattern, type SourceProblem } from '../data/patterns';
import { HttpError } from './http-error';
import type { WorkbenchContext } from './workbench-context';

// In characters, which are at least one byte each: the parser refuses a name of more than MAX_NAME_BYTES bytes.
const NAME = { type: 'string', minLength: 1, maxLength: MAX_NAME_BYTES } as const;
const SOURCE = { type: 'string', maxLength: 200_000 } as const;

/**
 * A name as the pattern parser reads it from a source, and so as it is stored: in NFC. A URL may spell
 * "é" as e and a combining accent (NFD), which would match no stored name, nor the name in the text.
 */
const storedName = (name: string) => name.normalize('NFC');

/** Why a save given the version the editor opened was refused. */
const CONFLICT = {
  changed: (name: string) =>
    `pattern "${name}" was not saved: it changed since it was opened (another save stored other text); reload it to see that text, then make your change again`,
  deleted: (name: string) =>
    `pattern "${name}" was not saved: it was deleted since it was opened (a load or import replaced the patterns); reload to see what is stored`,
};

/**
 * `GET /api/patterns?prefix=` (`more` false at the offset limit, with a `note` when patterns past it
 * start with the prefix too), `GET /api/patterns/:name` (with the editor's preview context),
 * `POST /api/patterns/check` (errors of a source, nothing stored) and `PUT /api/patterns/:name` (store;
 * given the `version` the GET returned, only if the stored source still has it).
 */
export function patternsRoutes(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.get<{ Querystring: { prefix: string; limit: number; offset: number } }>('/api/patterns', {
    schema: {
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          prefix: { type: 'string', maxLength: MAX_NAME_BYTES, default: '' },
          limit: { type: 'integer', minimum: 1, maximum: ctx.options.limits.searchPage, default: 50 },
          offset: { type: 'integer', minimum: 0, maximum: ctx.options.limits.searchOffset, default: 0 },
        },
      },
    },
    handler: async (request) => {
      const { prefix, limit, offset } = request.query;
      const page = await listPatterns(ctx.db, prefix, limit, offset);
      // As a search does: the next page would start past the deepest offset the list may be asked for.
      const cap = ctx.options.limits.searchOffset;
      if (page.more && offset + limit > cap) {
        const which = prefix === '' ? 'there are more patterns' : `more patterns start with "${prefix}"`;
        return { ...page, more: false, note: `${which} than the list pages through (offsets up to ${cap}); type a ${prefix === '' ? '' : 'longer '}prefix of their names to see them` };
      }
      return page;
    },
  });

  app.get<{ Params: { name: string } }>('/api/patterns/:name', {
    schema: { params: { type: 'object', properties: { name: NAME } } },
    handler: async (request) => {
      const name = storedName(request.params.name);
      const context = await readPatternContext(ctx.db, ctx.grammars, name);
      if (!context) throw new HttpError(404, `no pattern named "${name}"; GET /api/patterns lists them`);
      return context;
    },
  });

  app.post<{ Body: { name: string; source: string } }>('/api/patterns/check', {
    schema: { body: { type: 'object', required: ['name', 'source'], additionalProperties: false, properties: { name: NAME, source: SOURCE } } },
    handler: async (request) => ({ problems: await checkPattern(ctx.grammars, storedName(request.body.name), request.body.source) }),
  });

  app.put<{ Params: { name: string }; Body: { source: string; version?: string } }>('/api/patterns/:name', {
    config: { write: true },
    schema: {
      params: { type: 'object', properties: { name: NAME } },
      body: { type: 'object', required: ['source'], additionalProperties: false, properties: { source: SOURCE, version: { type: 'string', maxLength: 100 } } },
    },
    handler: async (request) => {
      const name = storedName(request.params.name);
      const refuse = (errors: readonly SourceProblem[]) =>
        new HttpError(422, `pattern "${name}" was not saved: it has ${errors.length} error(s); fix them and save again`, { errors });
      const errors = (await checkPattern(ctx.grammars, name, request.body.source)).filter((problem) => problem.severity === 'error');
      if (errors.length > 0) throw refuse(errors);
      // Checked again as it is stored: a save beside this one may have changed the patterns since.
      const saved = await savePattern(ctx.db, name, request.body.source, request.body.version, (holders) =>
        ctx.events.publish('saving', { name, message: lockWaitText(holders, ctx.db.description, 'save', 'stopping the workbench stops it') }),
      );
      if ('errors' in saved) throw refuse(saved.errors);
      if ('conflict' in saved) throw new HttpError(409, CONFLICT[saved.conflict](name), { conflict: saved.conflict });
      // The depth first: once kicked, the recompute loop holds PGlite's one connection for its first batch.
      const queueEvent = await ctx.queue.check(true);
      if (saved.changed) {
        ctx.events.publish('pattern', { id: saved.id, name: saved.name });
        ctx.kick();
      }
      // The page may get this save's forms and the depth after them before this answer: from this id on,
      // the `queue` events it got count the save's change.
      return { ...saved, queueEvent: queueEvent ?? null };
    },
  });
}
