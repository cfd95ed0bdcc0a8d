import Ajv from 'ajv';
import type { FastifyInstance } from 'fastify';

/** What both validators share: unknown properties refused (not dropped), the first error reported, defaults filled in. */
const SHARED = { removeAdditional: false, allErrors: false, useDefaults: true } as const;

/**
 * Validates each part of a request against its route's JSON schema. A query string and path parameters
 * are text, so they are read as the numbers their schema asks for (`?limit=20`). A JSON body's values
 * are taken as sent: `{"source": 123}` is refused as "body/source must be string", where coercion would
 * have stored the text "123" as a pattern's source.
 */
export function installRequestValidation(app: FastifyInstance): void {
  const fromText = new Ajv({ ...SHARED, coerceTypes: true });
  const asSent = new Ajv({ ...SHARED, coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? asSent : fromText).compile(schema));
}
