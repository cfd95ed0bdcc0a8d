import NodeEnvironment from 'jest-environment-node';
import { NODE_REQUIRE_GLOBAL } from '../connection/pglite/node-require';
import { openTestDatabases } from './open-test-databases';

/**
 * Jest's node environment plus two things for the database tests:
 * - Node's own `require`, published for `pglite-instance.ts`: PGlite loads its WASM with dynamic
 *   `import()`, which jest's module sandbox rejects (unless node runs with --experimental-vm-modules),
 *   so under jest PGlite is loaded outside the sandbox.
 * - A leak check: a test file that ends with a database from `createTestDatabase` still open fails,
 *   naming it (the global teardown then removes it).
 * Use it as `testEnvironment` in every jest config whose tests open a database.
 */
export default class ParadigmTestEnvironment extends NodeEnvironment {
  private readonly testPath: string;

  constructor(...args: ConstructorParameters<typeof NodeEnvironment>) {
    super(...args);
    this.global[NODE_REQUIRE_GLOBAL] = require;
    this.testPath = args[1].testPath;
  }

  override async teardown(): Promise<void> {
    const open = [...openTestDatabases(this.global)];
    await super.teardown();
    if (open.length > 0) {
      throw new Error(`${this.testPath} left ${open.length} test database(s) open: ${open.join(', ')}. Close every database createTestDatabase() returns, e.g. afterAll(() => db.close()).`);
    }
  }
}
