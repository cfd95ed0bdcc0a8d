const path = require('node:path');
const persistence = path.join(__dirname, '../../packages/persistence/src/testing');
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'lexicon',
  rootDir: __dirname,
  // Finds PostgreSQL (DATABASE_URL, else 127.0.0.1:5432, else a throwaway server) once per run.
  globalSetup: path.join(persistence, 'global-setup.ts'),
  globalTeardown: path.join(persistence, 'global-teardown.ts'),
  // Loads PGlite outside jest's module sandbox (see persistence's src/testing/jest-environment.ts).
  testEnvironment: path.join(persistence, 'jest-environment.ts'),
  testTimeout: 120000,
};
