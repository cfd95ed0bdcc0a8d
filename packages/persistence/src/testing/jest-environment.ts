import NodeEnvironment from 'jest-environment-node';
import { NODE_REQUIRE_GLOBAL } from '../connection/pglite/node-require';

/**
 * Jest's node environment plus Node's own `require`, published for `pglite-instance.ts`: PGlite loads
 * its WASM with dynamic `import()`, which jest's module sandbox rejects (unless node runs with
 * --experimental-vm-modules), so under jest PGlite is loaded outside the sandbox.
 * Use it as `testEnvironment` in every jest config whose tests open PGlite.
 */
export default class ParadigmTestEnvironment extends NodeEnvironment {
  constructor(...args: ConstructorParameters<typeof NodeEnvironment>) {
    super(...args);
    this.global[NODE_REQUIRE_GLOBAL] = require;
  }
}
