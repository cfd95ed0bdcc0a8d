import { decodeUtf8Text } from '@paradigm/lexicons';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../routes/http-error';

/**
 * Reads JSON bodies as UTF-8, refusing with 400 (naming the first byte that is not UTF-8 and its
 * offset) a body that is not: decoded as Fastify does by default, such bytes become U+FFFD, and a
 * pattern saved from them would store a different text than was sent (the CLI refuses such files too).
 * Valid bodies go on to Fastify's own JSON parser (its limits and prototype-poisoning checks).
 */
export function installUtf8JsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const decoded = decodeUtf8Text(body as Buffer);
    if (decoded.ok) return parseJson(request, decoded.text, done);
    const { byte = (body as Buffer)[0]!, offset = 0, line, column } = decoded.problem;
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    done(new HttpError(400, `the request body is not UTF-8: byte 0x${hex} at offset ${offset} (line ${line}, column ${column}) is not UTF-8; send the JSON encoded as UTF-8`), undefined);
  });
}
