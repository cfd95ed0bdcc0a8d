import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { countLexemes, readFormLimit } from '@paradigm/persistence';
import { emptyingImportText } from '@paradigm/recompute';
import { DictionaryError, parseDictionary, type UploadedDictionary } from '../import/import-dictionary';
import { HttpError } from './http-error';
import type { WorkbenchContext } from './workbench-context';

/** The multipart fields and files an upload may have. */
const FIELDS = new Set(['format', 'replace', 'strict']);
const FILES: Record<'hunspell' | 'apertium', readonly string[]> = { hunspell: ['aff', 'dic'], apertium: ['dix'] };

/**
 * `POST /api/import` (multipart: `format` = hunspell|apertium, files `aff` + `dic` or `dix`, `replace`
 * = true to replace a non-empty lexicon, `strict` = true to read a Hunspell pair strictly): parses the files now (400 with the importer's message if they
 * are not a dictionary), then imports it in the background and answers 202: the lexicon and every form
 * it generates, in one transaction, as `paradigm import` does. Its progress, then whether it committed
 * (`imported`) or rolled back (`failed`, naming the entries that could not be generated), comes as
 * `import` events and in `GET /api/status`. One import at a time: another upload is refused with 409.
 */
export function importRoute(app: FastifyInstance, ctx: WorkbenchContext): void {
  app.post('/api/import', {
    config: { write: true },
    handler: async (request, reply) => {
      if (!request.isMultipart()) throw new HttpError(415, 'send the dictionary as multipart/form-data: a "format" field and the files "aff" + "dic" (hunspell) or "dix" (apertium)');
      if (ctx.imports.running) throw busy();
      const fields: Record<string, string> = {};
      const files: Record<string, { name: string; bytes: Uint8Array }> = {};
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (!['aff', 'dic', 'dix'].includes(part.fieldname)) {
              part.file.resume();
              throw new HttpError(400, `unexpected file field "${part.fieldname}"; send "aff" and "dic", or "dix"`);
            }
            files[part.fieldname] = { name: safeName((part as MultipartFile).filename, part.fieldname), bytes: await part.toBuffer() };
          } else {
            if (!FIELDS.has(part.fieldname)) throw new HttpError(400, `unexpected field "${part.fieldname}"; the fields are ${[...FIELDS].join(', ')}`);
            fields[part.fieldname] = String(part.value);
          }
        }
      } catch (error) {
        // The multipart reader's own errors (no boundary, a body cut short) carry no status: they are the upload's fault.
        if (error instanceof HttpError || (error as { statusCode?: number }).statusCode !== undefined) throw error;
        throw new HttpError(400, `the upload is not well-formed multipart/form-data (${(error as Error).message}); send it as a form, e.g. curl -F format=hunspell -F aff=@x.aff -F dic=@x.dic`);
      }
      // Before the lexicon is read: an import in flight holds it until it commits.
      if (ctx.imports.running) throw busy();
      const format = fields.format;
      if (format !== 'hunspell' && format !== 'apertium') throw new HttpError(400, `field "format" is ${JSON.stringify(format ?? null)}; use "hunspell" or "apertium"`);
      const missing = FILES[format].filter((name) => !files[name]);
      if (missing.length > 0) throw new HttpError(400, `a ${format} import needs the file(s) ${FILES[format].map((f) => `"${f}"`).join(' and ')}; missing: ${missing.join(', ')}`);
      const upload: UploadedDictionary =
        format === 'hunspell' ? { format, aff: files.aff, dic: files.dic, strict: fields.strict === 'true' } : { format, dix: files.dix };

      const existing = await countLexemes(ctx.db);
      if (existing > 0 && fields.replace !== 'true') {
        throw new HttpError(409, `the lexicon has ${existing} lexemes; an import replaces them all: send the field replace=true to confirm`);
      }
      let lexicon;
      try {
        lexicon = parseDictionary(upload, await readFormLimit(ctx.db));
      } catch (error) {
        if (error instanceof DictionaryError) throw new HttpError(400, error.message);
        throw error;
      }
      const emptying = emptyingImportText(lexicon.source, lexicon.lexemeCount, existing, ctx.db.description);
      if (emptying !== undefined) throw new HttpError(400, emptying);
      // Again, with no wait between the check and the start: another upload may have started one while this was read.
      if (ctx.imports.running) throw busy();
      // The import's events after `importEvent` may reach the page before this answer.
      const importEvent = ctx.imports.start(lexicon);
      return reply.status(202).send({ source: lexicon.source, format: lexicon.format, patterns: lexicon.patterns.length, lexemes: lexicon.lexemeCount, importEvent });
    },
  });
}

const busy = () => new HttpError(409, 'an import is already running; wait for it to finish (GET /api/status shows its progress)');

/** The uploaded file's base name, for messages only; the field name when the client sent none. */
function safeName(filename: string | undefined, field: string): string {
  const base = (filename ?? '').split(/[\\/]/).pop() ?? '';
  return base.length > 0 && base.length <= 200 ? base : `upload.${field}`;
}
