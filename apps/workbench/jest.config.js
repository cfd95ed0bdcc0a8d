const path = require('node:path');
const preset = require('../../jest.db-preset.js');
// The recompute loop comes from the worker app, resolved to its sources like the packages.
module.exports = {
  ...preset,
  displayName: 'workbench',
  rootDir: __dirname,
  testTimeout: 120000,
  moduleNameMapper: { ...preset.moduleNameMapper, '^@paradigm/worker$': path.join(__dirname, '../worker/src/index.ts') },
};
