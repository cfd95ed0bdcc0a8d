const path = require('node:path');
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'persistence',
  rootDir: __dirname,
  // Finds PostgreSQL (DATABASE_URL, else 127.0.0.1:5432, else a throwaway server) once per run.
  globalSetup: path.join(__dirname, 'src/testing/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'src/testing/global-teardown.ts'),
  // Loads PGlite outside jest's module sandbox (see src/testing/jest-environment.ts).
  testEnvironment: path.join(__dirname, 'src/testing/jest-environment.ts'),
  testTimeout: 60000,
};
