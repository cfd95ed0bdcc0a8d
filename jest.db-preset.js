// Jest settings for projects whose tests open a database: the shared preset, plus persistence's test
// harness. globalSetup finds PostgreSQL once per run (DATABASE_URL, else 127.0.0.1:5432, else a throwaway
// server it starts) and never skips; the environment loads PGlite outside Jest's module sandbox, where its
// dynamic import fails (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG).
const path = require('node:path');
const testing = path.join(__dirname, 'packages/persistence/src/testing');
module.exports = {
  ...require('./jest.preset.js'),
  globalSetup: path.join(testing, 'global-setup.ts'),
  globalTeardown: path.join(testing, 'global-teardown.ts'),
  testEnvironment: path.join(testing, 'jest-environment.ts'),
};
