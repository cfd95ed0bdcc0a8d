// Shared Jest settings: the TypeScript sources transformed by @swc/jest (type-stripping only, as
// ts-jest with isolatedModules did: typechecking is the `typecheck` target's job), workspace packages
// resolved to their sources (the same mapping as tsconfig.base.json paths), so tests never need a prior
// build.
const path = require('node:path');
const root = __dirname;
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@paradigm/core$': path.join(root, 'packages/paradigm-core/src/index.ts'),
    '^@paradigm/persistence$': path.join(root, 'packages/persistence/src/index.ts'),
    '^@paradigm/persistence/testing$': path.join(root, 'packages/persistence/src/testing/index.ts'),
    '^@paradigm/lexicons$': path.join(root, 'packages/lexicons/src/index.ts'),
    '^@paradigm/recompute$': path.join(root, 'packages/recompute/src/index.ts'),
    '^@paradigm/recompute/testing$': path.join(root, 'packages/recompute/src/testing/index.ts'),
    '^@paradigm/recompute/heap-growth$': path.join(root, 'packages/recompute/src/runtime/heap-growth.ts'),
    '^@paradigm/lexicons/testing$': path.join(root, 'packages/lexicons/src/testing/index.ts'),
    '^@paradigm/lexicons/bounded-expansion$': path.join(root, 'packages/lexicons/src/bounded-expansion/index.ts'),
    '^@paradigm/workbench$': path.join(root, 'packages/workbench/src/index.ts'),
  },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  // Jest's default on 2 cores is 1 worker: the database and worker tests spend most of their time
  // waiting on PostgreSQL and child processes, so two files at a time overlap those waits.
  maxWorkers: 2,
  // Only a hung test should reach it: tests wait for conditions, never for times, and a test that takes
  // a second on a quiet machine takes a minute while CI runs every project's tests on two cores. A test
  // with a longer bound of its own (a whole dictionary through an oracle) sets it.
  testTimeout: 300_000,
};
