import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/** Global under which the jest test environment (`testing/jest-environment.ts`) publishes Node's `require`. */
export const NODE_REQUIRE_GLOBAL = '__paradigmNodeRequire';

/** Node's own `require`: under jest the one the test environment publishes, elsewhere the plain one. */
function nodeRequire(): NodeJS.Require {
  return ((globalThis as Record<string, unknown>)[NODE_REQUIRE_GLOBAL] as NodeJS.Require | undefined) ?? require;
}

/**
 * The PGlite class, loaded by Node's own module loader. PGlite loads its WASM with dynamic `import()`,
 * which jest's module sandbox rejects; under jest the test environment hands us the real `require`.
 * Elsewhere this is a plain `require`.
 */
export function loadPglite(): typeof PGlite {
  return (nodeRequire()('@electric-sql/pglite') as { PGlite: typeof PGlite }).PGlite;
}

/** The version of the PGlite that {@link loadPglite} loads (from its package.json, which it does not export). */
export function pgliteVersion(): string {
  const entry = nodeRequire().resolve('@electric-sql/pglite');
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}
