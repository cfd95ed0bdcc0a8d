import type { PGlite } from '@electric-sql/pglite';

/** Global under which the jest test environment (`testing/jest-environment.ts`) publishes Node's `require`. */
export const NODE_REQUIRE_GLOBAL = '__paradigmNodeRequire';

/**
 * The PGlite class, loaded by Node's own module loader. PGlite loads its WASM with dynamic `import()`,
 * which jest's module sandbox rejects; under jest the test environment hands us the real `require`.
 * Elsewhere this is a plain `require`.
 */
export function loadPglite(): typeof PGlite {
  const outside = (globalThis as Record<string, unknown>)[NODE_REQUIRE_GLOBAL] as NodeJS.Require | undefined;
  const load = outside ?? require;
  return (load('@electric-sql/pglite') as { PGlite: typeof PGlite }).PGlite;
}
