// Shared Jest settings: ts-jest on the TypeScript sources, workspace packages resolved to their
// sources (the same mapping as tsconfig.base.json paths), so tests never need a prior build.
const path = require('node:path');
const root = __dirname;
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(root, 'tsconfig.base.json'), isolatedModules: true, diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@paradigm/core$': path.join(root, 'packages/paradigm-core/src/index.ts'),
    '^@paradigm/persistence$': path.join(root, 'packages/persistence/src/index.ts'),
    '^@paradigm/persistence/testing$': path.join(root, 'packages/persistence/src/testing/index.ts'),
    '^@paradigm/lexicons$': path.join(root, 'packages/lexicons/src/index.ts'),
  },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
};
